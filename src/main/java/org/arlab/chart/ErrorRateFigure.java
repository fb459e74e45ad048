package org.arlab.chart;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The absolute error |estimate − exact| against M on log–log axes, for each estimator, beside the line it should
 * follow on average, {@code E|error| = √(2/π)·sd/√M}: a slope of −½.
 */
public final class ErrorRateFigure implements Figure {
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final String[] names;

    /**
     * @param names the estimators' names
     * @param style colours and fonts
     */
    public ErrorRateFigure(String[] names, ChartStyle style) {
        this.names = names.clone();
        LogAxis x = LogAxes.decades("samples M (log scale)", 1);
        LogAxis y = LogAxes.decades("|estimate − exact| (log)", 1e-9);
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, false));
        chart = new JFreeChart("The error falls as 1/√M: slope −½", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        for (String n : names) {
            dataset.addSeries(n + ": |error|", new double[][] {{}, {}});
            dataset.addSeries(n + ": √(2/π)·sd/√M", new double[][] {{}, {}});
        }
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data: for estimator i, its error at 2i and its reference line at 2i + 1 */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * @param index which estimator
     * @param counts M at each point
     * @param means the estimates
     * @param exact the exact value
     * @param sd the estimator's latest per-sample standard deviation (NaN: no reference line)
     */
    public void show(int index, long[] counts, double[] means, double exact, double sd) {
        int n = 0;
        double[][] xy = new double[2][counts.length];
        for (int i = 0; i < counts.length; i++) {
            double e = Math.abs(means[i] - exact);
            if (Double.isFinite(e)) {
                xy[0][n] = counts[i];
                xy[1][n] = Math.max(1e-12, e);
                n++;
            }
        }
        double largest = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, xy[1][i]);
        }
        Axes.allowHugeValues(chart.getXYPlot().getRangeAxis(), largest);
        dataset.addSeries(names[index] + ": |error|", new double[][] {java.util.Arrays.copyOf(xy[0], n),
            java.util.Arrays.copyOf(xy[1], n)});
        if (counts.length > 0 && Double.isFinite(sd) && sd > 0) {
            double m1 = 1;
            double m2 = Math.max(2, counts[counts.length - 1]);
            double k = Math.sqrt(2 / Math.PI) * sd;
            dataset.addSeries(names[index] + ": √(2/π)·sd/√M", new double[][] {{m1, m2}, {k, k / Math.sqrt(m2)}});
        } else {
            dataset.addSeries(names[index] + ": √(2/π)·sd/√M", new double[][] {{}, {}});
        }
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle style) {
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        int[] colours = {0, 3, 2, 4};
        for (int i = 0; i < names.length; i++) {
            Color c = style.series(colours[i % colours.length]);
            r.setSeriesPaint(2 * i, c);
            r.setSeriesStroke(2 * i, style.stroke(1.4f));
            r.setSeriesPaint(2 * i + 1, c);
            r.setSeriesStroke(2 * i + 1, style.dashed(1.8f, 7f, 4f));
        }
    }
}
