package org.arlab.chart;

import org.arlab.core.kl.CumulativeKl;
import org.arlab.core.kl.KlExact;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * KL_T against the horizon T in both directions, with the straight lines κ·T they approach when both models are
 * stationary (MATH.md, problem 2C); for a pair with no closed form, the Monte Carlo curve KL_t(p‖q) with its 95% band
 * from one set of sequences (chain rule: every t at once) and the line κ̂·T of its slope over the second half.
 */
public final class KlCurveFigure implements Figure {
    /** The curves, in order. */
    public enum Curve {
        /** KL_T(p‖q), exact. */
        FORWARD("KL_T(p‖q), exact"),
        /** KL_T(q‖p), exact. */
        REVERSE("KL_T(q‖p), exact"),
        /** κ(p‖q)·T. */
        FORWARD_RATE("κ(p‖q)·T"),
        /** κ(q‖p)·T. */
        REVERSE_RATE("κ(q‖p)·T"),
        /** κ̂·T, κ̂ the Monte Carlo curve's slope over its second half. */
        ESTIMATED_RATE("κ̂·T, κ̂ = slope of the Monte Carlo curve over T/2..T");

        final String label;

        Curve(String label) {
            this.label = label;
        }
    }

    /** The Monte Carlo curve's legend name. */
    public static final String MONTE_CARLO = "KL_t(p‖q), Monte Carlo ± 95%";
    /** The most points the Monte Carlo curve draws (a long horizon is thinned evenly, its last point kept). */
    static final int MAX_POINTS = 2000;

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final YIntervalSeriesCollection monteCarlo = new YIntervalSeriesCollection();
    private final JFreeChart chart;
    private final NumberAxis linearAxis;
    private ChartStyle style;
    private boolean log;

    /** @param style colours and fonts */
    public KlCurveFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("horizon T (steps)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("KL divergence (nats)");
        linearAxis = y;
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, false));
        chart = new JFreeChart("KL grows linearly in T at the rate κ", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        for (Curve c : Curve.values()) {
            dataset.addSeries(c.label, new double[][] {{}, {}});
        }
        monteCarlo.addSeries(new YIntervalSeries(MONTE_CARLO, false, true));
        plot.setDataset(1, monteCarlo);
        plot.setRenderer(1, new DeviationRenderer(true, false));
        legend();
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data, one series per {@link Curve} */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /** @return the Monte Carlo curve: one series, KL_t with its 95% band (empty for a pair with a closed form) */
    public YIntervalSeriesCollection monteCarlo() {
        return monteCarlo;
    }

    /**
     * Shows the Monte Carlo curve KL_t(p‖q), t = 1..T, with its 95% band and the line κ̂·T; null clears both.
     *
     * @param c the curve from the sequences so far, or null
     */
    public void showMonteCarlo(CumulativeKl c) {
        YIntervalSeries s = monteCarlo.getSeries(0);
        s.setNotify(false);
        s.clear();
        int n = c == null ? 0 : c.horizon();
        int stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        double largest = 0;
        for (int i = 0; i < n; i++) {
            if (i % stride == 0 || i == n - 1) {
                double m = c.means()[i];
                if (Double.isFinite(m)) {
                    s.add(i + 1, m, c.lower(i), c.upper(i));
                    largest = Math.max(largest, Math.abs(m));
                }
            }
        }
        Axes.allowHugeValues(chart.getXYPlot().getRangeAxis(), largest);
        s.setNotify(true);
        setRate(Curve.ESTIMATED_RATE, c == null ? Double.NaN : c.rate(), n);
        if (log) {
            fitLogAxis();
        }
    }

    /**
     * @param curve which curve
     * @param cumulative KL_1..KL_T (index T − 1); may be shorter than the horizon where it overflowed
     */
    public void set(Curve curve, double[] cumulative) {
        double[][] xy = new double[2][cumulative.length];
        for (int t = 0; t < cumulative.length; t++) {
            xy[0][t] = t + 1;
            xy[1][t] = cumulative[t];
        }
        dataset.addSeries(curve.label, xy);
        legend();
        if (log) {
            fitLogAxis();
        }
    }

    /**
     * Draws KL on a log scale (KL_T ≥ 0): for an explosive p, KL_T runs from about 10⁻² at T = 1 to 10⁴⁰ and more, and
     * on the linear axis everything before the last few steps lies flat on 0. Ticks at whole decades, as many as the
     * height allows, labelled 0.01, 1, 100, 1×10⁴⁰ ({@link ReadableTicks#label}); values of 0 (q = p) are not drawn.
     */
    public void setLog(boolean on) {
        if (on == log) {
            return;
        }
        log = on;
        chart.setNotify(false);
        try {
            if (on) {
                LogAxis axis = new LogAxis("KL divergence (nats, log scale)");
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole decades, fewer when tall
                axis.setAutoTickUnitSelection(true);
                axis.setNumberFormatOverride(new DecadeFormat());
                axis.setMinorTickMarksVisible(true);
                chart.getXYPlot().setRangeAxis(axis);
                fitLogAxis();
            } else {
                chart.getXYPlot().setRangeAxis(linearAxis);
            }
            style.apply(chart);
        } finally {
            chart.setNotify(true);
        }
    }

    /** @return whether KL is drawn on a log scale */
    public boolean log() {
        return log;
    }

    /** The log axis starts a decade below the smallest positive value shown (0 has no place on it). */
    private void fitLogAxis() {
        if (!(chart.getXYPlot().getRangeAxis() instanceof LogAxis axis)) {
            return;
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                double v = dataset.getYValue(s, i);
                if (v > 0 && Double.isFinite(v)) {
                    smallest = Math.min(smallest, v);
                }
            }
        }
        YIntervalSeries mc = monteCarlo.getSeries(0); // the Monte Carlo curve too (its band may reach below 0)
        for (int i = 0; i < mc.getItemCount(); i++) {
            double v = mc.getYValue(i);
            if (v > 0 && Double.isFinite(v)) {
                smallest = Math.min(smallest, v);
            }
        }
        axis.setSmallestValue(Double.isFinite(smallest) ? Math.pow(10, Math.floor(Math.log10(smallest)) - 1) : 1e-3);
        axis.configure();
    }

    /** Labels of whole decades: 0.01, 1, 100, 10 000, 1×10⁴⁰. */
    static final class DecadeFormat extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return toAppendTo.append(ReadableTicks.label(number, Math.abs(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition parsePosition) {
            throw new UnsupportedOperationException("formatting only");
        }
    }

    /**
     * @param curve {@link Curve#FORWARD_RATE}, {@link Curve#REVERSE_RATE} or {@link Curve#ESTIMATED_RATE}
     * @param kappa the rate, or NaN to hide the line (undefined for a model that is not stationary)
     * @param horizon T
     */
    public void setRate(Curve curve, double kappa, int horizon) {
        if (Double.isNaN(kappa)) {
            dataset.addSeries(curve.label, new double[][] {{}, {}});
        } else {
            // a point per step: on the log scale κ·T is a curve, and its value 0 at T = 0 is not drawn
            double[][] xy = new double[2][horizon + 1];
            for (int t = 0; t <= horizon; t++) {
                xy[0][t] = t;
                xy[1][t] = kappa * t;
            }
            dataset.addSeries(curve.label, xy);
        }
        if (log) {
            fitLogAxis();
        }
        legend();
    }

    /** The legend names only the curves that are drawn (a pair with no closed form has no exact ones). */
    private void legend() {
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesVisibleInLegend(i, dataset.getItemCount(i) > 0, false);
        }
        if (plot.getRenderer(1) != null) {
            plot.getRenderer(1).setSeriesVisibleInLegend(0, monteCarlo.getItemCount(0) > 0, false);
        }
        chart.fireChartChanged();
    }

    /** Shows KL_T both ways and the rate lines (hidden where κ is undefined). */
    public void show(KlExact x) {
        set(Curve.FORWARD, x.forward());
        set(Curve.REVERSE, x.reverse());
        setRate(Curve.FORWARD_RATE, x.rate(), x.horizon());
        setRate(Curve.REVERSE_RATE, x.reverseRate(), x.horizon());
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle style) {
        this.style = style;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        r.setSeriesPaint(Curve.FORWARD.ordinal(), style.series(0));
        r.setSeriesStroke(Curve.FORWARD.ordinal(), style.stroke(2.2f));
        r.setSeriesPaint(Curve.REVERSE.ordinal(), style.series(3));
        r.setSeriesStroke(Curve.REVERSE.ordinal(), style.stroke(2.2f));
        r.setSeriesPaint(Curve.FORWARD_RATE.ordinal(), style.series(0));
        r.setSeriesStroke(Curve.FORWARD_RATE.ordinal(), style.dashed(1.3f, 6f, 4f));
        r.setSeriesPaint(Curve.REVERSE_RATE.ordinal(), style.series(3));
        r.setSeriesStroke(Curve.REVERSE_RATE.ordinal(), style.dashed(1.3f, 6f, 4f));
        r.setSeriesPaint(Curve.ESTIMATED_RATE.ordinal(), style.series(0));
        r.setSeriesStroke(Curve.ESTIMATED_RATE.ordinal(), style.dashed(1.3f, 2f, 3f));
        DeviationRenderer d = (DeviationRenderer) chart.getXYPlot().getRenderer(1);
        d.setAlpha(0.22f);
        d.setSeriesPaint(0, style.series(0));
        d.setSeriesFillPaint(0, style.series(0));
        d.setSeriesStroke(0, style.stroke(2.2f));
    }
}
