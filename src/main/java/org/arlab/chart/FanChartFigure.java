package org.arlab.chart;

import java.awt.Color;

import org.arlab.core.horizon.HorizonExperiment;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fan chart of free-running generation (MATH.md, problem 2E): the 95%, 80% and 50% bands of M rollouts per step,
 * their median, a few sample paths, and the theoretical 95% band mean ± 1.96·√(σ² Σ_{j&lt;h} ψ_j²); after the training
 * data, with the true continuation and the teacher-forced one-step predictions drawn over it.
 */
public final class FanChartFigure implements Figure {
    /** Training values shown before the rollouts start, in the window and in exports. */
    public static final int HISTORY = 60;

    /** Line series, in order. */
    public enum Line {
        /** The end of the training data. */
        HISTORY("training data (end)"),
        /** The true continuation. */
        TRUTH("true continuation"),
        /** Teacher-forced predictions. */
        TEACHER_FORCED("one-step prediction (teacher forcing)"),
        /** Median of the rollouts. */
        MEDIAN("median of rollouts"),
        /** Theory band, upper. */
        THEORY_UPPER("theory: mean ± 1.96·√(σ²Σψ²)"),
        /** Theory band, lower. */
        THEORY_LOWER("theory lower");

        final String label;

        Line(String label) {
            this.label = label;
        }
    }

    private final YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    private final DefaultXYDataset lines = new DefaultXYDataset();
    private final DefaultXYDataset paths = new DefaultXYDataset();
    private final JFreeChart chart;
    private ChartStyle style;

    /** @param style colours and fonts */
    public FanChartFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("time t (rollouts start after the training data)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("value yₜ");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(bands, x, y, new DeviationRenderer(false, false));
        plot.setDataset(1, paths);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.setDataset(2, lines);
        plot.setRenderer(2, new XYLineAndShapeRenderer(true, false));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        chart = new JFreeChart("Free-running generation: fan of rollouts", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        for (Line l : Line.values()) {
            lines.addSeries(l.label, new double[][] {{}, {}});
        }
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the bands: series 0 = 95%, 1 = 80%, 2 = 50% */
    public YIntervalSeriesCollection bands() {
        return bands;
    }

    /** @return the lines, one series per {@link Line} */
    public DefaultXYDataset lines() {
        return lines;
    }

    /**
     * @param t times of the rollout steps
     * @param q quantiles[k][h] at 2.5, 10, 25, 50, 75, 90, 97.5%
     * @param samplePaths a few rollouts [r][h]
     */
    public void showFan(double[] t, double[][] q, double[][] samplePaths) {
        chart.setNotify(false);
        bands.removeAllSeries();
        String[] names = {"95% of rollouts", "80%", "50%"};
        for (int b = 0; b < 3; b++) {
            YIntervalSeries s = new YIntervalSeries(names[b]);
            for (int h = 0; h < t.length; h++) {
                s.add(t[h], q[3][h], q[b][h], q[6 - b][h]);
            }
            bands.addSeries(s);
        }
        while (paths.getSeriesCount() > 0) {
            paths.removeSeries(paths.getSeriesKey(0));
        }
        for (int r = 0; r < samplePaths.length; r++) {
            paths.addSeries("sample path " + (r + 1), new double[][] {t.clone(), samplePaths[r].clone()});
        }
        set(Line.MEDIAN, new double[][] {t.clone(), q[3].clone()});
        restyleSeries();
        chart.setNotify(true);
    }

    /** Sets one of the lines ({x, y}; empty arrays to hide it). */
    public void set(Line line, double[][] xy) {
        lines.addSeries(line.label, xy);
    }

    /**
     * Shows a Horizon experiment: the last training values, the fan of rollouts, the true continuation, the
     * teacher-forced predictions and the theory band mean ± 1.96·√(σ²Σψ²).
     *
     * @param e the experiment
     * @param historyLength how many training values to show before the rollouts start
     */
    public void show(HorizonExperiment e, int historyLength) {
        int n = e.nTrain();
        int h = e.fan().horizon();
        double[] y = e.series();
        int from = Math.max(0, n - historyLength);
        double[][] history = new double[2][n - from];
        for (int t = from; t < n; t++) {
            history[0][t - from] = t + 1;
            history[1][t - from] = y[t];
        }
        double[] times = new double[h];
        double[] truth = new double[h];
        double[] upper = new double[h];
        double[] lower = new double[h];
        for (int k = 0; k < h; k++) {
            times[k] = n + k + 1;
            truth[k] = y[n + k];
            double half = 1.96 * Math.sqrt(e.theoryVariance()[k]);
            upper[k] = e.trueMean()[k] + half;
            lower[k] = e.trueMean()[k] - half;
        }
        showFan(times, e.fan().quantiles(), e.fan().paths());
        set(Line.HISTORY, history);
        set(Line.TRUTH, new double[][] {times.clone(), truth});
        set(Line.TEACHER_FORCED, new double[][] {times.clone(), e.teacherForced().clone()});
        set(Line.THEORY_UPPER, new double[][] {times.clone(), upper});
        set(Line.THEORY_LOWER, new double[][] {times.clone(), lower});
        chart.setTitle(String.format(java.util.Locale.ROOT, "Fitted model generating alone: %s rollouts of %d steps",
                Format.count(e.fan().rollouts()), h));
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        restyleSeries();
    }

    private void restyleSeries() {
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer dev = (DeviationRenderer) plot.getRenderer(0);
        Color fan = style.series(0);
        dev.setAlpha(0.22f);
        for (int b = 0; b < 3; b++) {
            dev.setSeriesPaint(b, fan);
            dev.setSeriesFillPaint(b, fan);
            dev.setSeriesVisibleInLegend(b, true);
        }
        XYLineAndShapeRenderer pr = (XYLineAndShapeRenderer) plot.getRenderer(1);
        Color path = style.dark() ? new Color(180, 190, 200, 110) : new Color(90, 90, 90, 90);
        for (int r = 0; r < paths.getSeriesCount(); r++) {
            pr.setSeriesPaint(r, path);
            pr.setSeriesStroke(r, style.stroke(0.8f));
            pr.setSeriesVisibleInLegend(r, r == 0);
        }
        XYLineAndShapeRenderer lr = (XYLineAndShapeRenderer) plot.getRenderer(2);
        lr.setSeriesPaint(Line.HISTORY.ordinal(), style.foreground());
        lr.setSeriesStroke(Line.HISTORY.ordinal(), style.stroke(1.2f));
        lr.setSeriesPaint(Line.TRUTH.ordinal(), style.series(7));
        lr.setSeriesStroke(Line.TRUTH.ordinal(), style.stroke(1.4f));
        lr.setSeriesPaint(Line.TEACHER_FORCED.ordinal(), style.series(2));
        lr.setSeriesStroke(Line.TEACHER_FORCED.ordinal(), style.dashed(1.4f, 4f, 3f));
        lr.setSeriesPaint(Line.MEDIAN.ordinal(), style.series(0));
        lr.setSeriesStroke(Line.MEDIAN.ordinal(), style.stroke(2f));
        lr.setSeriesPaint(Line.THEORY_UPPER.ordinal(), style.series(1));
        lr.setSeriesStroke(Line.THEORY_UPPER.ordinal(), style.dashed(1.6f, 7f, 4f));
        lr.setSeriesPaint(Line.THEORY_LOWER.ordinal(), style.series(1));
        lr.setSeriesStroke(Line.THEORY_LOWER.ordinal(), style.dashed(1.6f, 7f, 4f));
        lr.setSeriesVisibleInLegend(Line.THEORY_LOWER.ordinal(), false);
    }
}
