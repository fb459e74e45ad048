package org.arlab.chart;

import org.arlab.core.ar.ArFit;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The experiment against n, for one coefficient: either the RMSE and |bias| of each method on log–log axes beside the
 * asymptotic sd √(σ²[Γ_p⁻¹]ᵢᵢ/n), whose slope is −½ (ERROR), or the coverage of each method's nominal 95% interval
 * beside 0.95 (COVERAGE).
 */
public final class SamplingCurveFigure implements Figure {
    /** Which statistic the figure shows. */
    public enum Kind {
        /** RMSE and |bias| on log–log axes. */
        ERROR,
        /** Coverage of the 95% intervals. */
        COVERAGE
    }

    private final Kind kind;
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final ValueMarker nominal = new ValueMarker(0.95);
    private ArFit.Method[] shown = new ArFit.Method[0];
    private ChartStyle style;

    /**
     * @param kind what to show
     * @param style colours and fonts
     */
    public SamplingCurveFigure(Kind kind, ChartStyle style) {
        this.kind = kind;
        LogAxis x = LogAxes.decades("series length n (log scale)", 10);
        XYPlot plot;
        if (kind == Kind.ERROR) {
            plot = new XYPlot(dataset, x, LogAxes.decades("RMSE and |bias| of φ̂ (log)", 1e-6),
                    new XYLineAndShapeRenderer(true, true));
            chart = new JFreeChart("RMSE (solid, slope −½) and |bias| (dotted) against n", JFreeChart.DEFAULT_TITLE_FONT, plot,
                    true);
        } else {
            NumberAxis y = new NumberAxis("coverage of the 95% intervals");
            y.setAutoRangeIncludesZero(false);
            plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, true));
            plot.addRangeMarker(nominal);
            chart = new JFreeChart("Coverage of φ̂ ± 1.96·se against n", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        }
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * @param s the latest snapshot
     * @param coefficient i, 1..p
     */
    public void show(ExperimentSnapshot s, int coefficient) {
        chart.setNotify(false); // one redraw for the whole update, not one per series
        try {
            draw(s, coefficient);
        } finally {
            chart.setNotify(true);
        }
    }

    private void draw(ExperimentSnapshot s, int coefficient) {
        int i = Math.max(1, Math.min(coefficient, s.design().order())) - 1;
        while (dataset.getSeriesCount() > 0) {
            dataset.removeSeries(dataset.getSeriesKey(0));
        }
        shown = s.design().methods().toArray(new ArFit.Method[0]);
        ExperimentSnapshot.Curve[] curves = s.curves();
        if (kind == Kind.ERROR) {
            double[][] theory = curves.length == 0 ? new double[2][0] : finite(curves[0].n(),
                    curves[0].asymptoticSd()[i], false);
            dataset.addSeries("asymptotic sd (slope −½)", theory);
        }
        double lowest = 1;
        for (int m = 0; m < shown.length; m++) {
            ExperimentSnapshot.Curve c = curves[m];
            String name = SamplingFigures.name(shown[m]);
            if (kind == Kind.ERROR) {
                dataset.addSeries(name, finite(c.n(), c.rmse()[i], false));
                dataset.addSeries(name + ": |bias|", finite(c.n(), c.bias()[i], true));
            } else {
                double[][] xy = finite(c.n(), c.coverage()[i], false);
                for (double v : xy[1]) {
                    lowest = Math.min(lowest, v);
                }
                dataset.addSeries(name, xy);
            }
        }
        if (kind == Kind.COVERAGE) {
            chart.getXYPlot().getRangeAxis().setRange(Math.max(0, Math.min(0.85, lowest - 0.02)), 1.0);
        }
        restyle(style);
    }

    private static double[][] finite(int[] n, double[] v, boolean abs) {
        double[][] xy = new double[2][n.length];
        int k = 0;
        for (int j = 0; j < n.length; j++) {
            double y = abs ? Math.abs(v[j]) : v[j];
            if (Double.isFinite(y) && (!abs || y > 0)) {
                xy[0][k] = n[j];
                xy[1][k] = y;
                k++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(xy[0], k), java.util.Arrays.copyOf(xy[1], k)};
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        int base = 0;
        if (kind == Kind.ERROR) {
            r.setSeriesPaint(0, style.foreground());
            r.setSeriesStroke(0, style.dashed(2f, 7f, 4f));
            r.setSeriesShapesVisible(0, false);
            base = 1;
        }
        java.awt.Shape dot = new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5);
        for (int m = 0; m < shown.length; m++) {
            java.awt.Color c = SamplingFigures.colour(style, shown[m]);
            if (kind == Kind.ERROR) {
                r.setSeriesPaint(base + 2 * m, c);
                r.setSeriesStroke(base + 2 * m, style.stroke(1.6f));
                r.setSeriesShape(base + 2 * m, dot);
                r.setSeriesPaint(base + 2 * m + 1, c);
                r.setSeriesStroke(base + 2 * m + 1, style.dashed(1.2f, 2f, 3f));
                r.setSeriesShape(base + 2 * m + 1, dot);
                r.setSeriesVisibleInLegend(base + 2 * m + 1, false); // the title says which line is which
            } else {
                r.setSeriesPaint(m, c);
                r.setSeriesStroke(m, style.stroke(1.6f));
                r.setSeriesShape(m, dot);
            }
        }
        nominal.setPaint(style.foreground());
        nominal.setStroke(style.dashed(1.4f, 6f, 4f));
        nominal.setLabel("nominal 0.95");
        nominal.setLabelPaint(style.foreground());
        nominal.setLabelFont(style.font(java.awt.Font.PLAIN, 11));
        nominal.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
        nominal.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
    }
}
