package org.arlab.chart;

import java.awt.geom.Ellipse2D;

import org.arlab.core.ar.ArFit;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * For AR(2) (and the first two coefficients of AR(3)): the points (φ̂₁, φ̂₂) of the replications per method, the
 * asymptotic 95% ellipse {@code (φ̂ − φ)ᵀ(σ²Γ⁻¹/n)⁻¹(φ̂ − φ) = χ²₂(0.95) = 5.991} and, for AR(2), the stationarity
 * triangle (MATH.md, "Stationarity").
 */
public final class SamplingScatterFigure implements Figure {
    /** χ²₂'s 95% quantile, −2 log 0.05. */
    static final double CHI2_95 = -2 * Math.log(0.05);
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private ArFit.Method[] shown = new ArFit.Method[0];
    private ChartStyle style;

    /** @param style colours and fonts */
    public SamplingScatterFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("φ̂₁");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("φ̂₂");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(false, true));
        chart = new JFreeChart("(φ̂₁, φ̂₂) with the asymptotic 95% ellipse", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data: the ellipse, the triangle, then the points per method */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /** @param s the latest snapshot */
    public void show(ExperimentSnapshot s) {
        chart.setNotify(false); // one redraw for the whole update, not one per series
        try {
            draw(s);
        } finally {
            chart.setNotify(true);
        }
    }

    private void draw(ExperimentSnapshot s) {
        while (dataset.getSeriesCount() > 0) {
            dataset.removeSeries(dataset.getSeriesKey(0));
        }
        double[][] c = s.asymptoticCovariance();
        double[] phi = s.design().truth().phi();
        if (c != null && phi.length >= 2) {
            dataset.addSeries("asymptotic 95% ellipse", ellipse(phi[0], phi[1], c[0][0], c[0][1], c[1][1]));
        } else {
            dataset.addSeries("asymptotic 95% ellipse", new double[][] {{}, {}});
        }
        if (phi.length == 2) {
            dataset.addSeries("stationarity triangle", new double[][] {{-2, 0, 2, -2}, {-1, 1, -1, -1}});
        } else {
            dataset.addSeries("stationarity triangle", new double[][] {{}, {}});
        }
        shown = s.design().methods().toArray(new ArFit.Method[0]);
        for (int m = 0; m < shown.length; m++) {
            dataset.addSeries(SamplingFigures.name(shown[m]), s.scatter()[m]);
        }
        XYPlot plot = chart.getXYPlot();
        if (c != null && phi.length >= 2) {
            // frame the ellipse with room for the spread of small samples, not the whole triangle
            double rx = 3.2 * Math.sqrt(c[0][0]);
            double ry = 3.2 * Math.sqrt(c[1][1]);
            plot.getDomainAxis().setRange(phi[0] - rx, phi[0] + rx);
            plot.getRangeAxis().setRange(phi[1] - ry, phi[1] + ry);
        } else {
            plot.getDomainAxis().setAutoRange(true);
            plot.getRangeAxis().setAutoRange(true);
        }
        restyle(style);
    }

    /** The 95% ellipse of N((a, b), [[v11, v12], [v12, v22]]) by its Cholesky factor. */
    static double[][] ellipse(double a, double b, double v11, double v12, double v22) {
        double l11 = Math.sqrt(v11);
        double l21 = v12 / l11;
        double l22 = Math.sqrt(Math.max(0, v22 - l21 * l21));
        double r = Math.sqrt(CHI2_95);
        int k = 120;
        double[][] xy = new double[2][k + 1];
        for (int j = 0; j <= k; j++) {
            double t = 2 * Math.PI * j / k;
            double u = r * Math.cos(t);
            double v = r * Math.sin(t);
            xy[0][j] = a + l11 * u;
            xy[1][j] = b + l21 * u + l22 * v;
        }
        return xy;
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < 2; i++) {
            r.setSeriesLinesVisible(i, true);
            r.setSeriesShapesVisible(i, false);
            r.setSeriesPaint(i, style.foreground());
        }
        r.setSeriesStroke(0, style.stroke(2f));
        r.setSeriesStroke(1, style.dashed(1.4f, 6f, 4f));
        for (int m = 0; m < shown.length; m++) {
            java.awt.Color col = SamplingFigures.colour(style, shown[m]);
            r.setSeriesPaint(m + 2, new java.awt.Color(col.getRed(), col.getGreen(), col.getBlue(), 110));
            r.setSeriesShape(m + 2, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
            r.setSeriesLinesVisible(m + 2, false);
            r.setSeriesShapesVisible(m + 2, true);
        }
    }
}
