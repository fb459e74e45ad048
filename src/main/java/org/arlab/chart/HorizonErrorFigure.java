package org.arlab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Error against horizon h on log–log axes: the empirical mean squared error of free-running prediction for the true
 * and the fitted model, the theory σ² Σ_{j&lt;h} ψ_j², and the teacher-forced one-step level σ² as a reference line
 * (MATH.md, problem 2E).
 */
public final class HorizonErrorFigure implements Figure {
    /** The curves, in order. */
    public enum Curve {
        /** Theory for the true model. */
        THEORY("theory σ²Σψ² (innovation noise)"),
        /** Empirical MSE when predicting with the true model. */
        TRUE_MODEL("empirical MSE, true model"),
        /** Empirical MSE when predicting with the fitted model. */
        FITTED_MODEL("empirical MSE, fitted model"),
        /** The fitted model's squared bias: the parameter-estimation part. */
        BIAS("fitted model's squared bias (estimation error)");

        final String label;

        Curve(String label) {
            this.label = label;
        }
    }

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final ValueMarker oneStep = new ValueMarker(1);
    private final LogAxis yAxis = LogAxes.decades("mean squared error", 1e-6);
    private ChartStyle style;

    /** @param style colours and fonts */
    public HorizonErrorFigure(ChartStyle style) {
        LogAxis x = LogAxes.decades("horizon h (steps)", 1);
        // room above the curves (they level off at the process variance, and sat on the chart's top edge)
        yAxis.setUpperMargin(0.35);
        yAxis.setLowerMargin(0.1);
        XYPlot plot = new XYPlot(dataset, x, yAxis, new XYLineAndShapeRenderer(true, false));
        plot.addRangeMarker(oneStep);
        chart = new JFreeChart("Error accumulates with the horizon", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
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
     * @param values values for h = 1..H (index h − 1); values ≤ 0 are drawn at the axis floor
     */
    public void set(Curve curve, double[] values) {
        double[][] xy = new double[2][values.length];
        for (int h = 0; h < values.length; h++) {
            xy[0][h] = h + 1;
            xy[1][h] = Math.max(1e-12, Math.min(1e300, values[h]));
        }
        dataset.addSeries(curve.label, xy);
    }

    /** Marks the teacher-forced one-step error variance σ². */
    public void setOneStepLevel(double sigma2) {
        oneStep.setValue(sigma2);
        oneStep.setLabel("one step, teacher forced: σ² = " + Format.number(sigma2));
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        // Okabe–Ito colours far apart (the theory and the fitted model's MSE were vermillion beside pink): theory in
        // the text colour, dashed; true model blue; fitted model orange; bias green, dotted; σ² sky blue
        r.setSeriesPaint(Curve.THEORY.ordinal(), style.series(7));
        r.setSeriesStroke(Curve.THEORY.ordinal(), style.dashed(2f, 7f, 4f));
        r.setSeriesPaint(Curve.TRUE_MODEL.ordinal(), style.series(0));
        r.setSeriesStroke(Curve.TRUE_MODEL.ordinal(), style.stroke(1.5f));
        r.setSeriesPaint(Curve.FITTED_MODEL.ordinal(), style.series(4));
        r.setSeriesStroke(Curve.FITTED_MODEL.ordinal(), style.stroke(2f));
        r.setSeriesPaint(Curve.BIAS.ordinal(), style.series(2));
        r.setSeriesStroke(Curve.BIAS.ordinal(), style.dashed(1.6f, 2f, 3f));
        oneStep.setPaint(style.series(5));
        oneStep.setStroke(style.dashed(1.5f, 8f, 3f));
        oneStep.setLabelPaint(style.foreground());
        oneStep.setLabelFont(style.font(java.awt.Font.PLAIN, 11));
        oneStep.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        // under the line at the right end, where the MSE curves have risen above it (it sat on them at the left)
        oneStep.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
        oneStep.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
    }
}
