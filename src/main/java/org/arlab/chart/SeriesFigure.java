package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.arlab.core.ar.ArModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * The figure of a series against time, with its model mean as a dashed line. Built once; {@link #show} replaces
 * the data in place so that the chart repaints once per update instead of being rebuilt. The dataset is the series'
 * own array ({@link SeriesData}) and the line is decimated as it is drawn, per pixel column of the view
 * ({@link EnvelopeRenderer}): 10⁶ values draw as fast as a thousand, every column shows the true minimum and maximum
 * of its values, and a zoom into fewer values than pixels shows every one. The value axis fits the values in view.
 * A zoom stays within the series' time span and belongs to one series: every new series is shown whole, on both axes.
 */
public final class SeriesFigure implements Figure {
    /** The key of the only data series. */
    public static final String KEY = "y";
    /** Buckets of the min–max decimation that picks a symmetric log threshold for a long series. */
    public static final int BUCKETS = 2000;
    /**
     * Above this many values in view the line is drawn without anti-aliasing: a dense band looks the same, and Java2D
     * draws it ten times faster (36 → 3 ms for 4000 points at 1200 × 700).
     */
    public static final int SMOOTH_LIMIT = 1000;

    private final SeriesData dataset = new SeriesData(KEY);
    private final EnvelopeRenderer renderer = new EnvelopeRenderer();
    private final JFreeChart chart;
    private final NumberAxis xAxis = new NumberAxis("time t");
    private final ValueMarker meanMarker = new ValueMarker(0);
    private ChartStyle style;
    private double[] values = new double[0];
    private double first = 1;
    private boolean updating;
    /** The linear value axis, and whether the symmetric log one stands in for it (series that explode). */
    private final NumberAxis linearAxis;
    private boolean symlog;
    private double meanValue = Double.NaN;

    /**
     * @param style the colours and fonts to use
     */
    public SeriesFigure(ChartStyle style) {
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("value yₜ");
        y.setAutoRangeIncludesZero(false);
        linearAxis = y;
        XYPlot plot = new SeriesPlot(dataset, xAxis, y, renderer);
        plot.setDomainPannable(true);
        chart = new JFreeChart("Series", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        meanMarker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        meanMarker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(meanMarker);
        xAxis.addChangeListener(e -> followView());
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

    /** @return the data shown (the series itself, on the symmetric log scale when it is on), for tests */
    public SeriesData dataset() {
        return dataset;
    }

    /** @return the indices of the values the latest drawing joined, in order of time (for tests) */
    public int[] drawnIndices() {
        return renderer.kept();
    }

    /**
     * Shows a new series, whole.
     *
     * @param title the chart title
     * @param series all the values (kept, not copied: callers must not change them)
     * @param firstT the time of series[0]
     * @param mean the model mean to mark, or NaN for none
     */
    public void show(String title, double[] series, double firstT, double mean) {
        updating = true;
        chart.setNotify(false);
        try {
            this.values = series;
            this.first = firstT;
            chart.setTitle(title);
            style.apply(chart);
            meanValue = mean;
            if (symlog) {
                useSymlog();
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
            dataset.set(series, firstT);
            chart.setAntiAlias(smooth());
        } finally {
            chart.setNotify(true);
            updating = false;
        }
    }

    /**
     * After a zoom or pan: the value axis fits the values now in view (the dataset did not change, so the plot would
     * not ask), and a stretch of few enough values is drawn smooth.
     */
    private void followView() {
        if (updating) {
            return;
        }
        boolean smooth = smooth();
        if (chart.getAntiAlias() != smooth) {
            chart.setAntiAlias(smooth);
        }
        ValueAxis y = chart.getXYPlot().getRangeAxis();
        if (y.isAutoRange()) {
            y.configure();
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
                useSymlog();
            } else {
                chart.getXYPlot().setRangeAxis(linearAxis);
                dataset.setSymlog(Double.NaN);
            }
            style.apply(chart);
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

    /**
     * A symmetric log axis whose threshold suits the series: from all its values when it is short, else from the
     * extremes of {@link #BUCKETS} stretches of it (what the chart showed before it decimated per pixel column).
     */
    private void useSymlog() {
        double[] sample = values.length <= 2 * BUCKETS ? values : Decimation.minMax(values, 1, BUCKETS)[1];
        double c = SymlogAxis.thresholdFor(sample);
        if (!(chart.getXYPlot().getRangeAxis() instanceof SymlogAxis a) || a.threshold() != c) {
            chart.getXYPlot().setRangeAxis(new SymlogAxis("value yₜ (symmetric log scale)", c));
            style.apply(chart);
        }
        dataset.setSymlog(c);
    }

    private double threshold() {
        return chart.getXYPlot().getRangeAxis() instanceof SymlogAxis a ? a.threshold() : 1;
    }

    /** @return whether few enough values are in view to draw the line anti-aliased */
    private boolean smooth() {
        long inView = values.length;
        if (!xAxis.isAutoRange()) {
            Range r = xAxis.getRange();
            inView = (long) Math.min(values.length - 1, Math.floor(r.getUpperBound() - first))
                    - (long) Math.max(0, Math.ceil(r.getLowerBound() - first)) + 1;
        }
        return inView <= SMOOTH_LIMIT;
    }

    /** Applies a new style (theme switch, presentation mode). */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        chart.setAntiAlias(smooth());
        renderer.setSeriesPaint(0, style.series(0));
        renderer.setSeriesStroke(0, style.stroke(1.2f));
        meanMarker.setPaint(style.series(1));
        meanMarker.setStroke(style.dashed(1.2f, 6f, 4f));
        meanMarker.setLabelPaint(style.foreground());
        meanMarker.setLabelFont(style.font(Font.PLAIN, 11));
        meanMarker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
    }
}
