package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.arlab.core.ar.ArModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The figure of a series against time, with its model mean as a dashed line. Built once; {@link #show} replaces
 * the data in place so that the chart repaints once per update instead of being rebuilt. Long series are drawn
 * min–max decimated; when the user zooms or pans, the visible stretch is decimated again from the full series, so
 * a zoom into 10⁶ points shows every value once few enough are in view. A zoom stays within the series' time span
 * and belongs to one series: every new series is shown whole, on both axes.
 */
public final class SeriesFigure implements Figure {
    /** The key of the only data series. */
    public static final String KEY = "y";
    /** Buckets of the min–max decimation: about the chart's width in pixels. */
    public static final int BUCKETS = 2000;
    /**
     * Above this many drawn points the line is drawn without anti-aliasing: a dense band looks the same, and Java2D
     * draws it ten times faster (36 → 3 ms for 4000 points at 1200 × 700).
     */
    public static final int SMOOTH_LIMIT = 1000;

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final NumberAxis xAxis = new NumberAxis("time t");
    private final ValueMarker meanMarker = new ValueMarker(0);
    private ChartStyle style;
    private double[] values = new double[0];
    private double first = 1;
    private boolean updating;
    private Range decimatedFor;
    /** The linear value axis, and whether the symmetric log one stands in for it (series that explode). */
    private final NumberAxis linearAxis;
    private boolean symlog;
    /** The points drawn, before the symmetric log (the plot holds them transformed when it is on). */
    private double[][] rawDrawn = {{}, {}};
    private double meanValue = Double.NaN;

    /**
     * @param style the colours and fonts to use
     */
    public SeriesFigure(ChartStyle style) {
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("value yₜ");
        y.setAutoRangeIncludesZero(false);
        linearAxis = y;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(dataset, xAxis, y, renderer);
        plot.setDomainPannable(true);
        chart = new JFreeChart("Series", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        meanMarker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        meanMarker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(meanMarker);
        dataset.addSeries(KEY, new double[][] {{}, {}});
        xAxis.addChangeListener(e -> redecimateVisible());
        TimeZoom.keepWithin(xAxis, () -> values.length > 1 ? new Range(first, first + values.length - 1) : null);
        restyle(style);
    }

    /** @return a title naming the model, the length and the seed of a simulated series */
    public static String title(ArModel model, int n, long seed) {
        StringBuilder title = new StringBuilder("AR(").append(model.order()).append("), φ = (");
        double[] phi = model.phi();
        for (int i = 0; i < phi.length; i++) {
            title.append(i == 0 ? "" : ", ").append(Format.number(phi[i]));
        }
        title.append("), σ = ").append(Format.number(model.sigma()));
        if (model.intercept() != 0) {
            title.append(", c = ").append(Format.number(model.intercept()));
        }
        return title.append(", n = ").append(Format.count(n)).append(", seed ").append(seed).toString();
    }

    /** @return the chart, for a viewer or an export */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data shown, for tests and exports */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * Shows a new series, decimated over its whole length.
     *
     * @param title the chart title
     * @param series all the values (kept, not copied: callers must not change them)
     * @param firstT the time of series[0]
     * @param mean the model mean to mark, or NaN for none
     */
    public void show(String title, double[] series, double firstT, double mean) {
        show(title, series, firstT, Decimation.minMax(series, firstT, BUCKETS), mean);
    }

    /**
     * Shows a new series whose full-length decimation was already computed (off the UI thread).
     *
     * @param drawn {x, y} as from {@link Decimation#minMax(double[], double, int)} with {@link #BUCKETS}
     */
    public void show(String title, double[] series, double firstT, double[][] drawn, double mean) {
        updating = true;
        chart.setNotify(false);
        try {
            this.values = series;
            this.first = firstT;
            chart.setTitle(title);
            style.apply(chart);
            meanValue = mean;
            if (symlog) {
                useSymlog(drawn);
            }
            if (Double.isFinite(mean)) {
                meanMarker.setValue(symlog ? SymlogAxis.forward(mean, threshold()) : mean);
                meanMarker.setLabel("mean μ = " + Format.number(mean));
                meanMarker.setAlpha(1f);
            } else {
                meanMarker.setLabel(null);
                meanMarker.setAlpha(0f);
            }
            TimeZoom.reset(chart.getXYPlot()); // a zoom belongs to one series: the next one is seen whole
            setData(drawn);
            decimatedFor = null;
        } finally {
            chart.setNotify(true);
            updating = false;
        }
    }

    /** Re-decimates the stretch in view after a zoom or pan; restoring the auto range shows everything again. */
    private void redecimateVisible() {
        if (updating || values.length <= 2 * BUCKETS) {
            return;
        }
        Range view = xAxis.isAutoRange() ? null : xAxis.getRange();
        if (view == null ? decimatedFor == null : view.equals(decimatedFor)) {
            return;
        }
        int from = 0;
        int to = values.length;
        if (view != null) {
            from = (int) Math.max(0, Math.floor(view.getLowerBound() - first) - 1);
            to = (int) Math.min(values.length, Math.ceil(view.getUpperBound() - first) + 2);
            if (to <= from) {
                return;
            }
        }
        updating = true;
        try {
            decimatedFor = view;
            setData(Decimation.minMax(values, from, to, first, BUCKETS));
        } finally {
            updating = false;
        }
    }

    private void setData(double[][] xy) {
        rawDrawn = xy;
        chart.setAntiAlias(xy[0].length <= SMOOTH_LIMIT);
        if (symlog) {
            double c = threshold();
            double[] y = new double[xy[1].length];
            for (int i = 0; i < y.length; i++) {
                y[i] = SymlogAxis.forward(xy[1][i], c);
            }
            dataset.addSeries(KEY, new double[][] {xy[0], y});
        } else {
            dataset.addSeries(KEY, xy);
        }
    }

    /**
     * Draws the values on a symmetric log scale ({@link SymlogAxis}: linear near 0, logarithmic beyond, both signs),
     * for a series that explodes: 10⁴² and its first values of about 1 both readable. Off, the linear axis returns.
     */
    public void setSymlog(boolean on) {
        if (on == symlog) {
            return;
        }
        chart.setNotify(false);
        try {
            symlog = on;
            if (on) {
                useSymlog(rawDrawn);
            } else {
                chart.getXYPlot().setRangeAxis(linearAxis);
            }
            style.apply(chart);
            setData(rawDrawn);
            if (Double.isFinite(meanValue)) {
                meanMarker.setValue(on ? SymlogAxis.forward(meanValue, threshold()) : meanValue);
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** @return whether the values are drawn on a symmetric log scale */
    public boolean symlog() {
        return symlog;
    }

    /** A symmetric log axis whose threshold suits these drawn points. */
    private void useSymlog(double[][] drawn) {
        double c = SymlogAxis.thresholdFor(drawn[1]);
        if (!(chart.getXYPlot().getRangeAxis() instanceof SymlogAxis a) || a.threshold() != c) {
            chart.getXYPlot().setRangeAxis(new SymlogAxis("value yₜ (symmetric log scale)", c));
            style.apply(chart);
        }
    }

    private double threshold() {
        return chart.getXYPlot().getRangeAxis() instanceof SymlogAxis a ? a.threshold() : 1;
    }

    /** Applies a new style (theme switch, presentation mode). */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        chart.setAntiAlias(dataset.getItemCount(0) <= SMOOTH_LIMIT);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesStroke(0, style.stroke(1.2f));
        meanMarker.setPaint(style.series(1));
        meanMarker.setStroke(style.dashed(1.2f, 6f, 4f));
        meanMarker.setLabelPaint(style.foreground());
        meanMarker.setLabelFont(style.font(Font.PLAIN, 11));
        meanMarker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
    }
}
