package org.arlab.chart;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Running Monte Carlo estimates against the number of samples M on a log axis, each with its 95% band
 * (estimate ± 1.96·se), and the exact value as a horizontal line: the estimates wander, then settle.
 */
public final class RunningEstimateFigure implements Figure {
    private final YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    private final JFreeChart chart;
    private final ValueMarker exact = new ValueMarker(0);
    private final String exactLabel;

    /**
     * @param title the title
     * @param yLabel what is estimated
     * @param exactLabel the exact value's name, e.g. "exact KL_T"
     * @param names the estimators' names, in order
     * @param style colours and fonts
     */
    public RunningEstimateFigure(String title, String yLabel, String exactLabel, String[] names, ChartStyle style) {
        this.exactLabel = exactLabel;
        LogAxis x = LogAxes.decades("samples M (log scale)", 1);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        for (String n : names) {
            dataset.addSeries(new YIntervalSeries(n, false, true));
        }
        XYPlot plot = new XYPlot(dataset, x, y, new DeviationRenderer(true, false));
        plot.addRangeMarker(exact);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data, one series per estimator */
    public YIntervalSeriesCollection dataset() {
        return dataset;
    }

    /**
     * Shows an estimator's trace.
     *
     * @param index which estimator
     * @param counts M at each point
     * @param means the estimates
     * @param stdErrors their standard errors (NaN or 0: no band)
     */
    public void show(int index, long[] counts, double[] means, double[] stdErrors) {
        YIntervalSeries s = dataset.getSeries(index);
        s.setNotify(false);
        s.clear();
        double largest = 0;
        for (double m : means) {
            largest = Double.isFinite(m) ? Math.max(largest, Math.abs(m)) : largest;
        }
        Axes.allowHugeValues(chart.getXYPlot().getRangeAxis(), largest);
        for (int i = 0; i < counts.length; i++) {
            double se = Double.isFinite(stdErrors[i]) ? stdErrors[i] : 0;
            if (Double.isFinite(means[i])) {
                s.add(counts[i], means[i], means[i] - 1.96 * se, means[i] + 1.96 * se);
            }
        }
        s.setNotify(true);
    }

    /** Clears every trace. */
    public void clear() {
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            dataset.getSeries(i).clear();
        }
    }

    /** Sets the chart's title (a lab whose target changes meaning: exact value, reference run, or none). */
    public void setTitle(String title) {
        if (!title.equals(chart().getTitle().getText())) {
            chart().getTitle().setText(title); // the same TextTitle: its themed font stays
        }
    }

    /** Marks the exact value (NaN hides it). */
    public void setExact(double value) {
        exact.setValue(Double.isFinite(value) ? value : 0);
        exact.setAlpha(Double.isFinite(value) ? 1f : 0f);
        exact.setLabel(Double.isFinite(value) ? exactLabel + " = " + Format.number(value) : null);
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle style) {
        style.apply(chart);
        DeviationRenderer r = (DeviationRenderer) chart.getXYPlot().getRenderer();
        r.setAlpha(0.22f);
        int[] colours = {0, 3, 2, 4};
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            Color c = style.series(colours[i % colours.length]);
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, style.stroke(1.6f));
        }
        exact.setPaint(style.foreground());
        exact.setStroke(style.dashed(1.6f, 7f, 4f));
        exact.setLabelPaint(style.foreground());
        exact.setLabelFont(style.font(java.awt.Font.BOLD, 12));
        exact.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        exact.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        exact.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    }
}
