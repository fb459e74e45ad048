package org.arlab.chart;

import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A line chart of named curves, each drawn as a line, a dashed line or dots, plus thin unnamed lines (the rollouts of
 * a fan, kept out of the legend), with vertical and horizontal markers: the Neural AR lab's charts. Curves are
 * replaced in place; the thin ones are set all at once.
 */
public final class XyFigure implements Figure {
    /** How a curve is drawn. */
    public enum Look {
        /** A solid line. */
        LINE,
        /** A dashed line. */
        DASHED,
        /** Points without a line. */
        DOTS
    }

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final String[] names;
    private final Look[] looks;
    private final int[] colours;
    private final List<ValueMarker> markers = new ArrayList<>();
    private int thin;
    private ChartStyle style;

    /**
     * @param title the title
     * @param xLabel the x axis label
     * @param yLabel the y axis label
     * @param logY whether the y axis is logarithmic
     * @param names the named curves, in order
     * @param looks how each is drawn
     * @param colours each one's palette index
     * @param style colours and fonts
     */
    public XyFigure(String title, String xLabel, String yLabel, boolean logY, String[] names, Look[] looks,
            int[] colours, ChartStyle style) {
        this.names = names.clone();
        this.looks = looks.clone();
        this.colours = colours.clone();
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        // before the first point (a network not yet trained) an axis reads 0 … 1, not −5×10⁻⁹ … 5×10⁻⁹
        x.setDefaultAutoRange(new org.jfree.data.Range(0, 1));
        ValueAxis y;
        if (logY) {
            y = LogAxes.decades(yLabel, 1e-12);
        } else {
            NumberAxis ny = new NumberAxis(yLabel);
            ny.setAutoRangeIncludesZero(false);
            ny.setDefaultAutoRange(new org.jfree.data.Range(0, 1));
            y = ny;
        }
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, false));
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        for (String n : names) {
            dataset.addSeries(n, new double[][] {{}, {}});
        }
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data: the named curves first, then the thin ones */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /** Sets curve i to the points (x, y); non-finite points (and, on a log axis, values ≤ 0) are left out. */
    public void set(int i, double[] x, double[] y) {
        dataset.addSeries(names[i], finite(x, y));
    }

    /** Replaces the thin unnamed curves (a fan's rollouts), each over the same x. */
    public void setThin(double[] x, double[][] ys) {
        for (int k = 0; k < thin; k++) {
            dataset.removeSeries("\u200b" + k);
        }
        thin = ys.length;
        for (int k = 0; k < thin; k++) {
            dataset.addSeries("\u200b" + k, finite(x, ys[k]));
        }
        restyle(style);
    }

    /** Replaces the markers: vertical ones at xs, horizontal ones at ys (non-finite ones left out), labelled. */
    public void markers(double[] xs, String[] xLabels, double[] ys, String[] yLabels) {
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        plot.clearRangeMarkers();
        markers.clear();
        for (int i = 0; i < xs.length; i++) {
            ValueMarker m = new ValueMarker(xs[i]);
            m.setLabel(xLabels[i]);
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
            markers.add(m);
        }
        for (int i = 0; i < ys.length; i++) {
            if (!Double.isFinite(ys[i])) {
                continue;
            }
            ValueMarker m = new ValueMarker(ys[i]);
            m.setLabel(yLabels[i]);
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m);
            markers.add(m);
        }
        restyle(style);
    }

    /** @return the value of the first horizontal marker, NaN without one (tests) */
    public double firstRangeMarker() {
        var c = chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        return c == null || c.isEmpty() ? Double.NaN : ((ValueMarker) c.iterator().next()).getValue();
    }

    private double[][] finite(double[] x, double[] y) {
        boolean log = chart != null && chart.getXYPlot().getRangeAxis() instanceof org.jfree.chart.axis.LogAxis;
        int n = Math.min(x.length, y.length);
        int k = 0;
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && (!log || y[i] > 0)) {
                xy[0][k] = x[i];
                xy[1][k] = y[i];
                k++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(xy[0], k), java.util.Arrays.copyOf(xy[1], k)};
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < names.length; i++) {
            r.setSeriesPaint(i, style.series(colours[i]));
            r.setSeriesLinesVisible(i, looks[i] != Look.DOTS);
            r.setSeriesShapesVisible(i, looks[i] == Look.DOTS);
            r.setSeriesShape(i, new Ellipse2D.Double(-2, -2, 4, 4));
            r.setSeriesStroke(i, looks[i] == Look.DASHED ? style.dashed(1.8f, 6f, 4f) : style.stroke(1.8f));
        }
        java.awt.Color base = style.series(5);
        java.awt.Color faint = new java.awt.Color(base.getRed(), base.getGreen(), base.getBlue(), 90);
        for (int k = 0; k < thin; k++) {
            int i = names.length + k;
            r.setSeriesPaint(i, faint);
            r.setSeriesStroke(i, style.stroke(0.8f));
            r.setSeriesShapesVisible(i, false);
            r.setSeriesLinesVisible(i, true);
            r.setSeriesVisibleInLegend(i, false);
        }
        for (ValueMarker m : markers) {
            m.setPaint(style.foreground());
            m.setStroke(style.dashed(1.2f, 5f, 4f));
            m.setLabelPaint(style.foreground());
            m.setLabelFont(style.font(java.awt.Font.PLAIN, 11));
            m.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        }
    }
}
