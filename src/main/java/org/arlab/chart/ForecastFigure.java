package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;

import org.arlab.core.ar.Forecast;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fitted model over its data: the series, the one-step predictions ŷ_t (each made from the true past), and after
 * the end an h-step forecast with its 95% band.
 */
public final class ForecastFigure implements Figure {
    private final DefaultXYDataset lines = new DefaultXYDataset();
    private final YIntervalSeriesCollection band = new YIntervalSeriesCollection();
    private final JFreeChart chart;
    private ChartStyle style;

    /** @param style colours and fonts */
    public ForecastFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("time t");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("value yₜ");
        y.setAutoRangeIncludesZero(false);
        DeviationRenderer dev = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(band, x, y, dev);
        plot.setDataset(1, lines);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        chart = new JFreeChart("Data, one-step predictions and forecast", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        lines.addSeries("data", new double[][] {{}, {}});
        lines.addSeries("one-step prediction ŷₜ", new double[][] {{}, {}});
        band.addSeries(new YIntervalSeries("forecast with 95% band"));
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return data (series 0) and one-step predictions (series 1) */
    public DefaultXYDataset lines() {
        return lines;
    }

    /** @return the forecast with its band */
    public YIntervalSeriesCollection band() {
        return band;
    }

    /**
     * @param data {t, y} of the data (decimated if long)
     * @param predictions {t, ŷ} of the one-step predictions
     * @param forecastT times of the forecast steps
     * @param mean forecast means
     * @param lower lower 95% limits
     * @param upper upper 95% limits
     */
    public void show(double[][] data, double[][] predictions, double[] forecastT, double[] mean, double[] lower,
            double[] upper) {
        chart.setNotify(false);
        lines.addSeries("data", data);
        lines.addSeries("one-step prediction ŷₜ", predictions);
        YIntervalSeries s = new YIntervalSeries("forecast with 95% band");
        for (int i = 0; i < forecastT.length; i++) {
            s.add(forecastT[i], mean[i], lower[i], upper[i]);
        }
        band.removeAllSeries();
        band.addSeries(s);
        boolean dense = data[0].length > SeriesFigure.SMOOTH_LIMIT;
        chart.setAntiAlias(!dense);
        restyleSeries();
        chart.setNotify(true);
    }

    /**
     * Shows a fitted series: the data and the one-step predictions (decimated to {@link SeriesFigure#BUCKETS}
     * buckets), the forecast with its 95% band after the last value, and a title naming the fit.
     *
     * @param seriesName the series' name
     * @param y the series
     * @param predictions the one-step predictions ŷ_t for t = p+1..n
     * @param order p
     * @param method how the model was fitted, e.g. "least squares"
     * @param f the forecast from the end of the series
     */
    public void show(String seriesName, double[] y, double[] predictions, int order, String method, Forecast f) {
        int h = f.mean().length;
        double[] ft = new double[h];
        for (int k = 0; k < h; k++) {
            ft[k] = y.length + k + 1;
        }
        show(Decimation.minMax(y, 1, SeriesFigure.BUCKETS), Decimation.minMax(predictions, order + 1,
                SeriesFigure.BUCKETS), ft, f.mean(), f.lower(), f.upper());
        chart.setTitle(String.format(java.util.Locale.ROOT, "%s: AR(%d) by %s, one-step predictions and %d-step "
                + "forecast", seriesName, order, method, h));
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
        Color c = style.series(2);
        dev.setSeriesPaint(0, c);
        dev.setSeriesFillPaint(0, c);
        dev.setAlpha(0.25f);
        dev.setSeriesStroke(0, style.stroke(2f));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer(1);
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesStroke(0, style.stroke(1.2f));
        r.setSeriesPaint(1, style.series(1));
        r.setSeriesStroke(1, style.dashed(1.2f, 4f, 3f));
    }
}
