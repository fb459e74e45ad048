package org.arlab.chart;

import org.arlab.core.ar.ArFit;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The sampling distribution of one φ̂ᵢ: per method a histogram (as a density, drawn as a step line so that the methods
 * overlay), the asymptotic normal N(φᵢ, σ²[Γ_p⁻¹]ᵢᵢ/n) over them, the true φᵢ marked.
 */
public final class SamplingHistogramFigure implements Figure {
    private static final String NORMAL = "asymptotic normal";
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final ValueMarker truth = new ValueMarker(0);
    private ArFit.Method[] shown = new ArFit.Method[0];
    private ChartStyle style;

    /** @param style colours and fonts */
    public SamplingHistogramFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("φ̂");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("density");
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, false));
        plot.addDomainMarker(truth);
        chart = new JFreeChart("Sampling distribution of φ̂ against its asymptotic law", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data: the normal first, then one step line per method */
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
        double phi = s.design().truth().phi(i + 1);
        double sd = s.asymptoticSd()[i];
        ExperimentSnapshot.Histogram first = s.histograms()[0][i];
        if (Double.isFinite(sd)) {
            int k = 200;
            double[][] xy = new double[2][k + 1];
            for (int j = 0; j <= k; j++) {
                double x = first.lo() + (first.hi() - first.lo()) * j / k;
                xy[0][j] = x;
                xy[1][j] = SamplingFigures.phi((x - phi) / sd) / sd;
            }
            dataset.addSeries(NORMAL + " N(φ, σ²Γ⁻¹/n)", xy);
        } else {
            dataset.addSeries("no normal law at a unit root", new double[][] {{}, {}});
        }
        shown = s.design().methods().toArray(new ArFit.Method[0]);
        for (int m = 0; m < shown.length; m++) {
            ExperimentSnapshot.Histogram h = s.histograms()[m][i];
            int b = h.counts().length;
            double w = (h.hi() - h.lo()) / b;
            double[][] xy = new double[2][2 * b];
            for (int j = 0; j < b; j++) {
                xy[0][2 * j] = h.lo() + j * w;
                xy[0][2 * j + 1] = h.lo() + (j + 1) * w;
                xy[1][2 * j] = h.density(j);
                xy[1][2 * j + 1] = h.density(j);
            }
            dataset.addSeries(SamplingFigures.name(shown[m]), xy);
        }
        truth.setValue(phi);
        truth.setLabel("φ" + (char) ('₁' + i) + " = " + Format.number(phi));
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setLabel("φ̂" + (char) ('₁' + i));
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
        truth.setPaint(style.foreground());
        truth.setStroke(style.stroke(1f));
        truth.setLabelPaint(style.foreground());
        truth.setLabelFont(style.font(java.awt.Font.PLAIN, 11));
        truth.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        truth.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
    }
}
