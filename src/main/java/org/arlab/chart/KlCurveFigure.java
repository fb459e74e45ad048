package org.arlab.chart;

import org.arlab.core.kl.KlExact;
import org.jfree.chart.JFreeChart;
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

    /** @param style colours and fonts */
    public KlCurveFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("horizon T (steps)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("KL divergence (nats)");
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
            dataset.addSeries(curve.label, new double[][] {{0, horizon}, {0, kappa * horizon}});
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
