package org.arlab.chart;

import org.arlab.core.kl.KlExact;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * KL_T against the horizon T in both directions, with the straight lines κ·T they approach when both models are
 * stationary (MATH.md, problem 2C).
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
        REVERSE_RATE("κ(q‖p)·T");

        final String label;

        Curve(String label) {
            this.label = label;
        }
    }

    private final DefaultXYDataset dataset = new DefaultXYDataset();
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
     * @param curve {@link Curve#FORWARD_RATE} or {@link Curve#REVERSE_RATE}
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
    }
}
