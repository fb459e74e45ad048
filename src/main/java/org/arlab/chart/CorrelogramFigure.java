package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYBarDataset;

/**
 * A correlogram: sample autocorrelations (or partial autocorrelations) as bars over lags 1..K, the ±1.96/√n band
 * inside which white noise stays 95% of the time, and optionally the model's theoretical values as points
 * (MATH.md, "Diagnostics").
 */
public final class CorrelogramFigure implements Figure {
    private final DefaultXYDataset bars = new DefaultXYDataset();
    private final DefaultXYDataset theory = new DefaultXYDataset();
    private final JFreeChart chart;
    private final ValueMarker upper = new ValueMarker(0);
    private final ValueMarker lower = new ValueMarker(0);
    private final String sampleName;
    private ChartStyle style;

    /**
     * @param title the chart title, e.g. "Sample ACF"
     * @param yLabel the value axis label, e.g. "r(k)"
     * @param sampleName the legend name of the bars
     * @param style colours and fonts
     */
    public CorrelogramFigure(String title, String yLabel, String sampleName, ChartStyle style) {
        this.sampleName = sampleName;
        NumberAxis x = new NumberAxis("lag k");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(-1.05, 1.05);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        XYPlot plot = new XYPlot(new XYBarDataset(bars, 0.5), x, y, barRenderer);
        plot.setDataset(1, theory);
        plot.setRenderer(1, new XYLineAndShapeRenderer(false, true));
        plot.addRangeMarker(upper);
        plot.addRangeMarker(lower);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        bars.addSeries(sampleName, new double[][] {{}, {}});
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the bars' data (series 0), for tests */
    public DefaultXYDataset bars() {
        return bars;
    }

    /** @return the theoretical values (series 0 when shown), for tests */
    public DefaultXYDataset theory() {
        return theory;
    }

    /**
     * Shows values for lags 1..K.
     *
     * @param values r(1..K)
     * @param band the half-width of the white-noise band (1.96/√n), NaN for none
     * @param theoretical the model's values at lags 1..K, or null for none
     * @param theoryName the legend name of the theoretical values
     */
    public void show(double[] values, double band, double[] theoretical, String theoryName) {
        chart.setNotify(false);
        bars.addSeries(sampleName, lags(values));
        while (theory.getSeriesCount() > 0) {
            theory.removeSeries(theory.getSeriesKey(0));
        }
        if (theoretical != null) {
            theory.addSeries(theoryName, lags(theoretical));
        }
        if (Double.isFinite(band)) {
            upper.setValue(band);
            lower.setValue(-band);
            upper.setLabel("±1.96/√n");
            upper.setAlpha(1f);
            lower.setAlpha(1f);
        } else {
            upper.setLabel(null);
            upper.setAlpha(0f);
            lower.setAlpha(0f);
        }
        chart.setNotify(true);
    }

    private static double[][] lags(double[] v) {
        double[][] xy = new double[2][v.length];
        for (int k = 0; k < v.length; k++) {
            xy[0][k] = k + 1;
            xy[1][k] = Math.max(-1.05, Math.min(1.05, v[k]));
        }
        return xy;
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer(0).setSeriesPaint(0, style.series(0));
        XYLineAndShapeRenderer t = (XYLineAndShapeRenderer) plot.getRenderer(1);
        t.setSeriesPaint(0, style.series(1));
        t.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        BasicStroke dashed = style.dashed(1.2f, 5f, 4f);
        for (ValueMarker m : new ValueMarker[] {upper, lower}) {
            m.setPaint(style.series(2));
            m.setStroke(dashed);
            m.setLabelPaint(style.foreground());
            m.setLabelFont(style.font(Font.PLAIN, 10));
            m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        }
    }
}
