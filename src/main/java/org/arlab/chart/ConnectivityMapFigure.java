package org.arlab.chart;

import java.awt.Font;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Connectivity as a heat map (Distill, "Visualizing memorization in RNNs"; MATH.md, problem 2D): the lag k across,
 * the target t up, colour |∂μ_t/∂x_{t−k}| on a log scale over four decades below the map's largest value (viridis;
 * exactly zero, as a window model beyond p, is left blank, showing the background). Vertical markers as in
 * {@link MemoryCurvesFigure}.
 */
public final class ConnectivityMapFigure implements Figure {
    /** Decades of the colour scale. */
    public static final double DECADES = 4;

    private final JFreeChart chart;
    private final XYPlot plot;
    private final NumberAxis xAxis = new NumberAxis("lag k (steps back)");
    private final NumberAxis yAxis = new NumberAxis("target t");
    private XYDataImageAnnotation heat;
    private BufferedImage image;
    private ChartStyle style;
    private double[] markers = new double[0];
    private String[] labels = new String[0];

    /** @param style colours and fonts */
    public ConnectivityMapFigure(ChartStyle style) {
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        DefaultXYDataset empty = new DefaultXYDataset();
        empty.addSeries("none", new double[][] {{}, {}});
        plot = new XYPlot(empty, xAxis, yAxis, new XYLineAndShapeRenderer(true, false));
        chart = new JFreeChart("Connectivity over t", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the image drawn, or null before the first map */
    public BufferedImage image() {
        return image;
    }

    /** @param title the chart's new title */
    public void setTitle(String title) {
        chart.setTitle(title);
        style.apply(chart);
    }

    /**
     * @param targets the targets t (ascending)
     * @param map |c_t(k)| at [target][k − 1]
     */
    public void show(int[] targets, double[][] map) {
        int ny = targets.length;
        int nx = map.length == 0 ? 0 : map[0].length;
        if (ny == 0 || nx == 0) {
            return;
        }
        double top = 0;
        for (double[] row : map) {
            for (double v : row) {
                top = Math.max(top, v);
            }
        }
        image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        for (int j = 0; j < ny; j++) {
            for (int k = 0; k < nx; k++) {
                double v = map[j][k];
                int argb = v > 0 && top > 0 ? Viridis.argb(1 + Math.log10(v / top) / DECADES) : 0x00000000;
                image.setRGB(k, ny - 1 - j, argb);
            }
        }
        if (heat != null) {
            plot.getRenderer().removeAnnotation(heat);
        }
        double t0 = targets[0];
        double dt = ny > 1 ? (targets[ny - 1] - t0) / (ny - 1) : 1;
        heat = new XYDataImageAnnotation(image, 0.5, t0 - dt / 2, nx, ny * dt, true);
        plot.getRenderer().addAnnotation(heat, org.jfree.chart.ui.Layer.BACKGROUND);
        xAxis.setRange(0.5, nx + 0.5);
        yAxis.setRange(t0 - dt / 2, t0 - dt / 2 + ny * dt);
    }

    /** Sets the vertical markers (NaN positions are skipped). */
    public void setMarkers(double[] at, String[] names) {
        markers = at.clone();
        labels = names.clone();
        drawMarkers();
    }

    private void drawMarkers() {
        plot.clearDomainMarkers();
        for (int i = 0; i < markers.length; i++) {
            if (!Double.isFinite(markers[i])) {
                continue;
            }
            ValueMarker m = new ValueMarker(markers[i]);
            m.setPaint(java.awt.Color.WHITE);
            m.setStroke(style.dashed(1.2f, 3f, 3f));
            m.setLabel(labels[i]);
            m.setLabelFont(style.font(Font.BOLD, 11));
            m.setLabelPaint(java.awt.Color.WHITE);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m, org.jfree.chart.ui.Layer.FOREGROUND);
        }
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        style = newStyle;
        style.apply(chart);
        drawMarkers();
    }
}
