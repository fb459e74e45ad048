package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Named curves over a common x axis for the Memory lab (MATH.md, problem 2D): validation NLL against the epoch,
 * connectivity against the lag, ‖∂h_T/∂h_0‖₂ against T on a log axis, saturation per step, parameter counts. Each
 * curve has a colour index and is solid or dashed (dashed: a closed form or a reference); labelled vertical markers
 * (the window p, the lag L, the truncation k) can be set. A log axis draws values at or below its smallest value
 * there; non-finite values are left out.
 */
public final class MemoryCurvesFigure implements Figure {
    /** How one curve is drawn. */
    public record Curve(String name, int colour, boolean dashed) {
    }

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final Curve[] curves;
    private final boolean logY;
    private ChartStyle style;
    private double[][] markers = new double[0][];
    private String[] markerLabels = new String[0];

    /**
     * @param title the title
     * @param xLabel the x axis label
     * @param yLabel the y axis label
     * @param curves the curves, in legend order
     * @param logY whether y is on a log axis (decades)
     * @param smallest the smallest value a log axis shows
     * @param style colours and fonts
     */
    public MemoryCurvesFigure(String title, String xLabel, String yLabel, Curve[] curves, boolean logY,
            double smallest, ChartStyle style) {
        this.curves = curves.clone();
        this.logY = logY;
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        ValueAxis y;
        if (logY) {
            y = LogAxes.decades(yLabel, smallest);
        } else {
            NumberAxis ny = new NumberAxis(yLabel);
            ny.setAutoRangeIncludesZero(false);
            y = ny;
        }
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, false));
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD); // a closed form over its curve
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        for (Curve c : curves) {
            dataset.addSeries(c.name(), new double[][] {{}, {}});
        }
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data, one series per curve in order */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /** @param title the chart's new title */
    public void setTitle(String title) {
        chart.setTitle(title);
        if (style != null) {
            style.apply(chart);
            restyleSeries();
        }
    }

    /**
     * Shows curve i at the points (x, y), dropping non-finite values (and values ≤ 0 on a log axis).
     */
    public void show(int i, double[] x, double[] y) {
        int n = 0;
        double[][] xy = new double[2][x.length];
        for (int j = 0; j < x.length; j++) {
            if (Double.isFinite(y[j]) && (!logY || y[j] > 0)) {
                xy[0][n] = x[j];
                xy[1][n] = y[j];
                n++;
            }
        }
        dataset.addSeries(curves[i].name(), new double[][] {java.util.Arrays.copyOf(xy[0], n),
                java.util.Arrays.copyOf(xy[1], n)});
    }

    /** Shows curve i at y_j against x = first + j. */
    public void show(int i, double first, double[] y) {
        double[] x = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            x[j] = first + j;
        }
        show(i, x, y);
    }

    /**
     * On a log axis: the y range just covers the given curves (a bound drawn beside them may leave the chart), with
     * one labelled tick every ⌈decades/6⌉ decades, written 1e−12 beyond 10⁻³..10⁴.
     */
    public void fitLogRange(int... which) {
        fitLogRange(0, which);
    }

    /**
     * As {@link #fitLogRange(int...)}, with {@code headroom} more decades above the curves, so that a bound rising
     * beside them shows where it leaves.
     */
    public void fitLogRange(double headroom, int... which) {
        if (!logY) {
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i : which) {
            for (int j = 0; j < dataset.getItemCount(i); j++) {
                double v = dataset.getYValue(i, j);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > 0) || !(lo > 0)) {
            return;
        }
        double a = Math.floor(Math.log10(lo));
        double b = Math.ceil(Math.log10(hi) + headroom);
        if (b <= a) {
            b = a + 1;
        }
        org.jfree.chart.axis.LogAxis y = (org.jfree.chart.axis.LogAxis) chart.getXYPlot().getRangeAxis();
        y.setRange(Math.pow(10, a), Math.pow(10, b));
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(Math.max(1, Math.ceil((b - a) / 6))));
        y.setNumberFormatOverride(new java.text.NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
                double m = Math.abs(number);
                if (m > 0 && (m < 1e-3 || m >= 1e4)) {
                    return to.append(("1e" + Math.round(Math.log10(m))).replace('-', '−'));
                }
                return to.append(PlainNumberFormat.tick(number));
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
                return format((double) number, to, pos);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition pos) {
                return null;
            }
        });
    }

    /** Hides curve i. */
    public void clear(int i) {
        dataset.addSeries(curves[i].name(), new double[][] {{}, {}});
    }

    /** Sets the vertical markers (x positions and their labels); NaN positions are skipped. */
    public void setMarkers(double[] at, String[] labels) {
        markers = new double[][] {at.clone()};
        markerLabels = labels.clone();
        drawMarkers();
    }

    private void drawMarkers() {
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        if (markers.length == 0 || style == null) {
            return;
        }
        for (int i = 0; i < markers[0].length; i++) {
            if (!Double.isFinite(markers[0][i])) {
                continue;
            }
            ValueMarker m = new ValueMarker(markers[0][i]);
            m.setPaint(style.foreground());
            m.setStroke(style.dashed(1f, 3f, 3f));
            m.setLabel(markerLabels[i]);
            m.setLabelFont(style.font(Font.PLAIN, 11));
            m.setLabelPaint(style.foreground());
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        }
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        restyleSeries();
        drawMarkers();
    }

    private void restyleSeries() {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < curves.length; i++) {
            r.setSeriesPaint(i, curves[i].colour() < 0 ? style.foreground() : style.series(curves[i].colour()));
            BasicStroke s = curves[i].dashed() ? style.dashed(1.6f, 6f, 4f) : style.stroke(2.6f);
            r.setSeriesStroke(i, s);
        }
    }
}
