package org.arlab.chart;

import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Sampling step by step from the mixtures (MATH.md, problems 2B and 3): each draw picks a component c with probability
 * π_c, then draws μ_c + σ_c z. The values are joined by a thin line; each point has its component's colour.
 */
public final class MixtureSamplingFigure implements Figure {
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final XYPlot plot;
    private ChartStyle style;
    private int components;

    /** @param style colours and fonts */
    public MixtureSamplingFigure(ChartStyle style) {
        this.style = style;
        NumberAxis x = new NumberAxis("step");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("value");
        y.setAutoRangeIncludesZero(false);
        plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, true));
        chart = new JFreeChart("Sampling step by step: pick a component, then draw", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data: the path, then one series of points per component */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * Shows the first {@code shown} draws.
     *
     * @param joined whether consecutive draws form a path (a series) or are independent draws at one x
     */
    public void show(String title, double[] values, int[] picked, int c, int shown, boolean joined) {
        chart.setNotify(false);
        chart.setTitle(title);
        while (dataset.getSeriesCount() > 0) {
            dataset.removeSeries(dataset.getSeriesKey(0));
        }
        int n = Math.min(shown, values.length);
        double[][] path = new double[2][n];
        for (int k = 0; k < n; k++) {
            path[0][k] = k + 1;
            path[1][k] = values[k];
        }
        dataset.addSeries(joined ? "sampled path" : "draws", joined ? path : new double[][] {{}, {}});
        components = c;
        for (int j = 0; j < c; j++) {
            int count = 0;
            for (int k = 0; k < n; k++) {
                count += picked[k] == j ? 1 : 0;
            }
            double[][] pts = new double[2][count];
            for (int k = 0, i = 0; k < n; k++) {
                if (picked[k] == j) {
                    pts[0][i] = k + 1;
                    pts[1][i++] = values[k];
                }
            }
            dataset.addSeries("component " + (j + 1), pts);
        }
        plot.getDomainAxis().setRange(0, Math.max(10, values.length) + 1);
        restyle(style);
        chart.setNotify(true);
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, style.grid().darker());
        r.setSeriesStroke(0, style.stroke(1f));
        r.setSeriesShapesVisible(0, false);
        for (int c = 0; c < components; c++) {
            r.setSeriesLinesVisible(c + 1, false);
            r.setSeriesShapesVisible(c + 1, true);
            r.setSeriesPaint(c + 1, MixtureColours.of(c).equals(java.awt.Color.WHITE) && !style.dark()
                    ? java.awt.Color.BLACK : MixtureColours.of(c));
            r.setSeriesShape(c + 1, new Ellipse2D.Double(-3, -3, 6, 6));
        }
    }
}
