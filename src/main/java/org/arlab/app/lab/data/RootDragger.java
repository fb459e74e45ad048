package org.arlab.app.lab.data;

import java.awt.geom.Rectangle2D;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

import org.arlab.chart.RootsFigure;
import org.arlab.core.ar.CharacteristicRoots;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * Lets the user drag a root of the characteristic polynomial in the roots chart: the coefficients (and so the sliders)
 * follow. A complex root drags its conjugate along; a real root stays on the real axis. A move that would need a
 * coefficient outside the sliders' range, or a root too near 0, is not taken.
 */
final class RootDragger {
    /** How near (in pixels) a press must be to grab a root. */
    static final double GRAB_PIXELS = 12;
    /** Sliders span φ in [−LIMIT, LIMIT]. */
    static final double LIMIT = 2;

    private final DataModel model;
    private final ChartViewer viewer;
    private final RootsFigure figure;
    private double[] re;
    private double[] im;
    private int grabbed = -1;
    private int partner = -1;

    RootDragger(DataModel model, ChartViewer viewer, RootsFigure figure) {
        this.model = model;
        this.viewer = viewer;
        this.figure = figure;
        ChartCanvas canvas = viewer.getCanvas();
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(MouseEvent.MOUSE_MOVED, e -> canvas.setCursor(nearest(e.getX(), e.getY()) >= 0
                ? Cursor.HAND : Cursor.DEFAULT));
    }

    private int nearest(double mx, double my) {
        var series = figure.dataset();
        int n = series.getItemCount(RootsFigure.ROOTS);
        Rectangle2D area = dataArea();
        if (area == null) {
            return -1;
        }
        XYPlot plot = figure.chart().getXYPlot();
        int best = -1;
        double bestD = GRAB_PIXELS;
        for (int i = 0; i < n; i++) {
            double px = plot.getDomainAxis().valueToJava2D(series.getXValue(RootsFigure.ROOTS, i), area,
                    plot.getDomainAxisEdge());
            double py = plot.getRangeAxis().valueToJava2D(series.getYValue(RootsFigure.ROOTS, i), area,
                    plot.getRangeAxisEdge());
            double d = Math.hypot(px - mx, py - my);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private Rectangle2D dataArea() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        return info == null ? null : info.getPlotInfo().getDataArea();
    }

    private void pressed(MouseEvent e) {
        if (model.loadedProperty().get() != null) {
            return; // a loaded series' model is fitted, not set by hand
        }
        int i = nearest(e.getX(), e.getY());
        if (i < 0) {
            return;
        }
        var series = figure.dataset();
        int n = series.getItemCount(RootsFigure.ROOTS);
        re = new double[n];
        im = new double[n];
        for (int k = 0; k < n; k++) {
            re[k] = series.getXValue(RootsFigure.ROOTS, k);
            im[k] = series.getYValue(RootsFigure.ROOTS, k);
        }
        if (n != model.orderProperty().get()) {
            return; // a root at infinity (φ_p = 0): the roots do not determine all p coefficients
        }
        grabbed = i;
        partner = -1;
        if (im[i] != 0) {
            for (int k = 0; k < n; k++) {
                if (k != i && Math.abs(re[k] - re[i]) < 1e-9 * Math.max(1, Math.abs(re[i]))
                        && Math.abs(im[k] + im[i]) < 1e-9 * Math.max(1, Math.abs(im[i]))) {
                    partner = k;
                }
            }
        }
        figure.setFrozen(true);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (grabbed < 0) {
            return;
        }
        e.consume();
        Rectangle2D area = dataArea();
        XYPlot plot = figure.chart().getXYPlot();
        double x = plot.getDomainAxis().java2DToValue(e.getX(), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(e.getY(), area, plot.getRangeAxisEdge());
        double[] newRe = re.clone();
        double[] newIm = im.clone();
        newRe[grabbed] = x;
        if (partner >= 0) {
            double yy = Math.abs(y) < 1e-3 ? Math.copySign(1e-3, im[grabbed]) : Math.copySign(y, im[grabbed]);
            newIm[grabbed] = yy;
            newRe[partner] = x;
            newIm[partner] = -yy;
        } else {
            newIm[grabbed] = 0;
        }
        if (Math.hypot(newRe[grabbed], newIm[grabbed]) < 0.25) {
            return;
        }
        double[] phi = new CharacteristicRoots(newRe, newIm).phi();
        for (double v : phi) {
            if (Math.abs(v) > LIMIT) {
                return;
            }
        }
        re = newRe;
        im = newIm;
        for (int i = 0; i < phi.length; i++) {
            phi[i] = Math.round(phi[i] * 100) / 100.0; // the sliders' precision: the title, fields and formulas agree
        }
        model.setPhi(phi);
    }

    private void released(MouseEvent e) {
        if (grabbed >= 0) {
            grabbed = -1;
            figure.setFrozen(false);
            e.consume();
        }
    }
}
