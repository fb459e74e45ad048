package org.arlab.chart;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;

/** A histogram of samples (as a density), with the exact mean and the running estimate marked. */
public final class HistogramFigure implements Figure {
    private final DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
    private final JFreeChart chart;
    private final ValueMarker exact = new ValueMarker(0);
    private final ValueMarker estimate = new ValueMarker(0);

    /**
     * @param title the title
     * @param xLabel what is counted
     * @param style colours and fonts
     */
    public HistogramFigure(String title, String xLabel, ChartStyle style) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("density");
        XYBarRenderer r = new XYBarRenderer(0.04);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        XYPlot plot = new XYPlot(dataset, x, y, r);
        plot.addDomainMarker(exact);
        plot.addDomainMarker(estimate);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        dataset.addSeries("samples", new double[6][0]);
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the bars */
    public DefaultIntervalXYDataset dataset() {
        return dataset;
    }

    /**
     * @param counts the bins' counts
     * @param lo the left end of the first bin
     * @param hi the right end of the last bin
     * @param total all samples (including those outside the bins), so that the bars are a density
     */
    public void show(long[] counts, double lo, double hi, long total) {
        int n = counts.length;
        double w = (hi - lo) / n;
        double[][] data = new double[6][n];
        for (int i = 0; i < n; i++) {
            double a = lo + i * w;
            double d = total == 0 ? 0 : counts[i] / (total * w);
            data[0][i] = a + w / 2;
            data[1][i] = a;
            data[2][i] = a + w;
            data[3][i] = d;
            data[4][i] = d;
            data[5][i] = d;
        }
        dataset.addSeries("samples", data);
    }

    /** Marks the exact mean and the current estimate. */
    public void mark(double exactMean, double estimateValue) {
        exact.setValue(exactMean);
        exact.setLabel("exact " + Format.number(exactMean));
        estimate.setValue(Double.isFinite(estimateValue) ? estimateValue : exactMean);
        estimate.setLabel(Double.isFinite(estimateValue) ? "estimate " + Format.number(estimateValue) : null);
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle style) {
        style.apply(chart);
        XYBarRenderer r = (XYBarRenderer) chart.getXYPlot().getRenderer();
        Color c = style.series(0);
        r.setSeriesPaint(0, new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
        exact.setPaint(style.foreground());
        exact.setStroke(style.dashed(1.6f, 7f, 4f));
        estimate.setPaint(style.series(3));
        estimate.setStroke(style.stroke(2f));
        for (ValueMarker m : new ValueMarker[] {exact, estimate}) {
            m.setLabelPaint(style.foreground());
            m.setLabelFont(style.font(java.awt.Font.PLAIN, 11));
            m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        exact.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        estimate.setLabelAnchor(RectangleAnchor.RIGHT);
    }
}
