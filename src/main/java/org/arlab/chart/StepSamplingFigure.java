package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Sequential sampling (MATH.md, problem 2B), one step at a time: the last values drawn, and standing at the next step
 * the density N(f(x_{&lt;k}), σ²) the next value will be drawn from, drawn sideways like a violin.
 */
public final class StepSamplingFigure implements Figure {
    /** How many past values stay in view. */
    public static final int WINDOW = 40;
    /** Width of the density curve's peak, in steps. */
    static final double DENSITY_WIDTH = 4.0;

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final NumberAxis xAxis = new NumberAxis("step k");
    private final NumberAxis yAxis = new NumberAxis("value xₖ");
    private ChartStyle style;

    /** @param style colours and fonts */
    public StepSamplingFigure(ChartStyle style) {
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, r);
        chart = new JFreeChart("Sampling xₖ ~ N(f(x<k), σ²), one step at a time", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        dataset.addSeries("values drawn", new double[][] {{}, {}});
        dataset.addSeries("latest draw", new double[][] {{}, {}});
        dataset.addSeries("density of the next value", new double[][] {{}, {}});
        dataset.addSeries("its mean f(x<k)", new double[][] {{}, {}});
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data shown (series: values, latest, density, mean), for tests */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * Shows the state after k draws.
     *
     * @param drawn x_1..x_k
     * @param nextMean f(x_{&lt;k+1}), the mean of the next value's distribution
     * @param sigma σ
     */
    public void show(double[] drawn, double nextMean, double sigma) {
        show(drawn, 1, drawn.length > 0, nextMean, sigma);
    }

    /**
     * Shows values at steps {@code firstStep, firstStep + 1, …} and the density of the next one.
     *
     * @param values the values in view (the last {@value #WINDOW} are drawn)
     * @param firstStep the step of values[0]
     * @param latest whether the last value is a draw to mark
     * @param nextMean the mean of the next value's distribution
     * @param sigma its standard deviation
     */
    public void show(double[] values, int firstStep, boolean latest, double nextMean, double sigma) {
        chart.setNotify(false);
        int k = values.length;
        int from = Math.max(0, k - WINDOW);
        double[][] past = new double[2][k - from];
        for (int i = from; i < k; i++) {
            past[0][i - from] = firstStep + i;
            past[1][i - from] = values[i];
        }
        dataset.addSeries("values drawn", past);
        dataset.addSeries("latest draw", k == 0 || !latest ? new double[][] {{}, {}}
                : new double[][] {{firstStep + k - 1}, {values[k - 1]}});
        int m = 121;
        double[][] density = new double[2][m];
        double next = firstStep + k;
        for (int j = 0; j < m; j++) {
            double z = -4 + 8.0 * j / (m - 1);
            density[0][j] = next + DENSITY_WIDTH * Math.exp(-0.5 * z * z);
            density[1][j] = nextMean + sigma * z;
        }
        dataset.addSeries("density of the next value", density);
        dataset.addSeries("its mean f(x<k)", new double[][] {{next}, {nextMean}});
        xAxis.setRange(Math.max(firstStep - 0.5, next - WINDOW), next + DENSITY_WIDTH + 1);
        chart.setNotify(true);
    }

    /**
     * Marks where the given values end and the draws begin (a dashed vertical line), or removes the mark.
     *
     * @param x the position of the line (NaN: none)
     * @param label its label
     */
    public void boundary(double x, String label) {
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        if (Double.isFinite(x)) {
            org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(x);
            m.setLabel(label);
            m.setPaint(style.foreground());
            m.setLabelPaint(style.foreground());
            m.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f},
                    0f));
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        }
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesStroke(0, style.stroke(1.2f));
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setSeriesPaint(1, style.series(1));
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(2, style.series(2));
        r.setSeriesStroke(2, style.stroke(2f));
        r.setSeriesShapesVisible(2, false);
        r.setSeriesPaint(3, style.series(2));
        r.setSeriesLinesVisible(3, false);
        r.setSeriesShape(3, new java.awt.Rectangle(-5, -5, 10, 10));
        Color fg = style.foreground();
        chart.getXYPlot().getDomainAxis().setLabelPaint(fg);
    }
}
