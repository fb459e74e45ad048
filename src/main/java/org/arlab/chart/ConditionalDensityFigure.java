package org.arlab.chart;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYDataset;

import org.arlab.core.neural.Predictive;

/**
 * The conditional density at one x or t (MATH.md, problem 3): the mixture, each component π_c N(μ_c, σ_c²) dashed,
 * the exact conditional when the generator is known, and the histogram of the true next value behind them.
 */
public final class ConditionalDensityFigure implements Figure {
    private final DefaultXYDataset curves = new DefaultXYDataset();
    private final DefaultIntervalXYDataset bars = new DefaultIntervalXYDataset();
    private final JFreeChart chart;
    private final XYPlot plot;
    private final ValueMarker observed = new ValueMarker(0);
    private ChartStyle style;
    private int components;

    /** @param style colours and fonts */
    public ConditionalDensityFigure(ChartStyle style) {
        this.style = style;
        NumberAxis x = new NumberAxis("t");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("density");
        plot = new XYPlot(curves, x, y, new XYLineAndShapeRenderer(true, false));
        XYBarRenderer r = new XYBarRenderer(0);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        plot.setDataset(1, bars);
        plot.setRenderer(1, r);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        chart = new JFreeChart("Conditional density", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the curves: the mixture first, then its components, then the exact density when shown */
    public DefaultXYDataset curves() {
        return curves;
    }

    /**
     * @param title the title
     * @param xLabel the value's name
     * @param ys where the curves are evaluated (ascending)
     * @param p the model's conditional
     * @param exact the exact density on ys, or null
     * @param histogram densities over equal bins of [lo, hi], or null
     * @param range {lo, hi}
     * @param seen the value observed there, NaN for none
     */
    public void show(String title, String xLabel, double[] ys, Predictive p, double[] exact, double[] histogram,
            double[] range, double seen) {
        chart.setNotify(false);
        chart.setTitle(title);
        plot.getDomainAxis().setLabel(xLabel);
        while (curves.getSeriesCount() > 0) {
            curves.removeSeries(curves.getSeriesKey(0));
        }
        int fine = 4 * ys.length;
        double[] xs = new double[fine];
        double[] total = new double[fine];
        for (int k = 0; k < fine; k++) {
            xs[k] = ys[0] + (ys[ys.length - 1] - ys[0]) * k / (fine - 1);
            total[k] = Math.exp(p.logDensity(xs[k]));
        }
        curves.addSeries("mixture p(· | past)", new double[][] {xs, total});
        double[] w = p.weights();
        double[] mu = p.means();
        double[] sd = p.sds();
        components = w.length;
        for (int c = 0; c < w.length; c++) {
            double[] v = new double[fine];
            for (int k = 0; k < fine; k++) {
                double r = (xs[k] - mu[c]) / sd[c];
                v[k] = w[c] * Math.exp(-0.5 * r * r) / (sd[c] * Math.sqrt(2 * Math.PI));
            }
            curves.addSeries("π" + DensityMapFigure.sub(c + 1) + " N(μ" + DensityMapFigure.sub(c + 1) + ", σ"
                    + DensityMapFigure.sub(c + 1) + "²)", new double[][] {xs.clone(), v});
        }
        if (exact != null) {
            curves.addSeries("exact conditional", new double[][] {ys.clone(), exact.clone()});
        }
        if (histogram == null) {
            bars.addSeries("true next value (histogram)", new double[6][0]);
        } else {
            int b = histogram.length;
            double width = (range[1] - range[0]) / b;
            double[][] d = new double[6][b];
            for (int k = 0; k < b; k++) {
                d[1][k] = range[0] + k * width;
                d[2][k] = range[0] + (k + 1) * width;
                d[0][k] = 0.5 * (d[1][k] + d[2][k]);
                d[3][k] = histogram[k];
                d[4][k] = histogram[k];
                d[5][k] = histogram[k];
            }
            bars.addSeries("true next value (histogram)", d);
        }
        plot.clearDomainMarkers();
        if (Double.isFinite(seen)) {
            observed.setValue(seen);
            plot.addDomainMarker(observed);
        }
        plot.getDomainAxis().setRange(ys[0], ys[ys.length - 1]);
        restyle(style);
        chart.setNotify(true);
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesStroke(0, style.stroke(2.5f));
        for (int c = 0; c < components; c++) {
            r.setSeriesPaint(c + 1, MixtureColours.of(c));
            r.setSeriesStroke(c + 1, style.dashed(1.5f, 5f, 3f));
        }
        r.setSeriesPaint(components + 1, style.foreground());
        r.setSeriesStroke(components + 1, style.dashed(2f, 2f, 2f));
        plot.getRenderer(1).setSeriesPaint(0, style.dark() ? new Color(0x55, 0x60, 0x6E) : new Color(0xC8, 0xD1,
                0xDA));
        observed.setPaint(new Color(0xE69F00));
        observed.setStroke(style.stroke(1.5f));
    }
}
