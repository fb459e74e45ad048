package org.arlab.chart;

import org.arlab.core.ar.ArFit;
import org.arlab.core.replicate.DickeyFuller;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * For AR(1): the distribution of n(φ̂ − φ) per method against the normal N(0, n(1 − φ²)) the asymptotic law gives it;
 * at φ = 1 that normal collapses and the Dickey–Fuller distribution, skewed left, takes over: its tabulated 5% point
 * ({@link DickeyFuller}) is marked.
 */
public final class UnitRootFigure implements Figure {
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final ValueMarker table = new ValueMarker(0);
    private ArFit.Method[] shown = new ArFit.Method[0];
    private ChartStyle style;

    /** @param style colours and fonts */
    public UnitRootFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("n(φ̂ − φ)");
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, new NumberAxis("density"), new XYLineAndShapeRenderer(true, false));
        plot.addDomainMarker(table);
        chart = new JFreeChart("n(φ̂ − φ): normal, or Dickey–Fuller near φ = 1", JFreeChart.DEFAULT_TITLE_FONT, plot,
                true);
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data: the normal, then one step line per method */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /** @param s the latest snapshot (AR(1); otherwise the figure shows φ̂₁ alone) */
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
        int n = s.design().n();
        double phi = s.design().truth().phi(1);
        ExperimentSnapshot.Histogram first = s.histograms()[0][0];
        double lo = n * (first.lo() - phi);
        double hi = n * (first.hi() - phi);
        double sd = n * s.asymptoticSd()[0]; // n·sd(φ̂) = √(n(1 − φ²)) for AR(1)
        if (Double.isFinite(sd) && sd > 0) {
            int k = 200;
            double[][] xy = new double[2][k + 1];
            for (int j = 0; j <= k; j++) {
                double x = lo + (hi - lo) * j / k;
                xy[0][j] = x;
                xy[1][j] = SamplingFigures.phi(x / sd) / sd;
            }
            dataset.addSeries("normal N(0, n²σ²Γ⁻¹/n)", xy);
        } else {
            dataset.addSeries("no normal law at φ = 1", new double[][] {{}, {}});
        }
        shown = s.design().methods().toArray(new ArFit.Method[0]);
        for (int m = 0; m < shown.length; m++) {
            ExperimentSnapshot.Histogram h = s.histograms()[m][0];
            int b = h.counts().length;
            double w = (hi - lo) / b;
            double[][] xy = new double[2][2 * b];
            for (int j = 0; j < b; j++) {
                xy[0][2 * j] = lo + j * w;
                xy[0][2 * j + 1] = lo + (j + 1) * w;
                xy[1][2 * j] = h.density(j) / n;
                xy[1][2 * j + 1] = h.density(j) / n;
            }
            dataset.addSeries(SamplingFigures.name(shown[m]), xy);
        }
        boolean unitRoot = s.design().order() == 1 && phi == 1;
        if (unitRoot) {
            int row = DickeyFuller.row(n);
            double v = DickeyFuller.percent5(n, s.design().withIntercept());
            table.setValue(v);
            table.setLabel(" Fuller's 5% point: " + Format.number(v) + " (n = "
                    + (row == Integer.MAX_VALUE ? "∞" : Integer.toString(row)) + ")");
        } else {
            table.setValue(Double.NaN);
            table.setLabel(null);
        }
        restyle(style);
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        r.setSeriesPaint(0, style.foreground());
        r.setSeriesStroke(0, style.dashed(2f, 7f, 4f));
        for (int m = 0; m < shown.length; m++) {
            r.setSeriesPaint(m + 1, SamplingFigures.colour(style, shown[m]));
            r.setSeriesStroke(m + 1, style.stroke(1.6f));
        }
        table.setPaint(style.foreground());
        table.setStroke(style.dashed(1.2f, 3f, 3f));
        table.setLabelPaint(style.foreground());
        table.setLabelFont(style.font(java.awt.Font.PLAIN, 11));
        table.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        table.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
    }
}
