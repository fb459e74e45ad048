package org.arlab.chart;

import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/** A plain line chart of one series with points, for small companion figures (ℓ per iteration). */
public final class LineFigure implements Figure {
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final String key;
    private ChartStyle style;

    /**
     * @param title the title
     * @param xLabel the x axis label
     * @param yLabel the y axis label
     * @param style colours and fonts
     */
    public LineFigure(String title, String xLabel, String yLabel, ChartStyle style) {
        this.key = yLabel;
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, true));
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        dataset.addSeries(key, new double[][] {{}, {}});
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /** Shows the points (x, y). */
    public void show(double[] x, double[] y) {
        dataset.addSeries(key, new double[][] {x.clone(), y.clone()});
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesStroke(0, style.stroke(1.5f));
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    }
}
