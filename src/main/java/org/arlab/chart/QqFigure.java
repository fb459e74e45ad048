package org.arlab.chart;

import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A normal QQ plot of standardised residuals against standard normal quantiles, with the line y = x on which Gaussian
 * residuals fall.
 */
public final class QqFigure implements Figure {
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private ChartStyle style;

    /** The chart's title: short, for a third of a projector's width (issue 17). */
    public static final String TITLE = "Residual QQ plot";

    /** @param style colours and fonts */
    public QqFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("normal quantile");
        NumberAxis y = new NumberAxis("standardised residual");
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(false, true));
        chart = new JFreeChart(TITLE, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        dataset.addSeries("residuals", new double[][] {{}, {}});
        dataset.addSeries("y = x", new double[][] {{}, {}});
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data (series 0 the points, 1 the reference line) */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * @param theoretical the normal quantiles, ascending
     * @param sample the sorted standardised residuals
     */
    public void show(double[] theoretical, double[] sample) {
        chart.setNotify(false);
        dataset.addSeries("residuals", new double[][] {theoretical.clone(), sample.clone()});
        double lo = theoretical.length == 0 ? -3 : Math.min(theoretical[0], sample[0]);
        double hi = theoretical.length == 0 ? 3 : Math.max(theoretical[theoretical.length - 1],
                sample[sample.length - 1]);
        dataset.addSeries("y = x", new double[][] {{lo, hi}, {lo, hi}});
        chart.setNotify(true);
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(1, style.series(1));
        r.setSeriesLinesVisible(1, true);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesStroke(1, style.stroke(1.5f));
    }
}
