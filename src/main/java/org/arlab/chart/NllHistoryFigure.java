package org.arlab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/** Validation NLL per observation against the epoch, for the chosen C and for one Gaussian, over the exact floor. */
public final class NllHistoryFigure implements Figure {
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final XYPlot plot;
    private final ValueMarker exact = new ValueMarker(0);
    private ChartStyle style;

    /** @param style colours and fonts */
    public NllHistoryFigure(ChartStyle style) {
        this.style = style;
        NumberAxis x = new NumberAxis("epoch");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("validation NLL (nats)");
        y.setAutoRangeIncludesZero(false);
        plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, false));
        chart = new JFreeChart("NLL per observation vs epoch", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        dataset.addSeries("C", new double[][] {{}, {}});
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data: the chosen C, then C = 1 (when different) */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * @param c the chosen C
     * @param history {epochs, NLL of C, NLL of C = 1}
     * @param floor the exact conditional NLL, NaN when unknown
     */
    public void show(int c, double[][] history, double floor) {
        chart.setNotify(false);
        while (dataset.getSeriesCount() > 0) {
            dataset.removeSeries(dataset.getSeriesKey(0));
        }
        // long runs: at most about 600 points per line
        int n = history[0].length;
        int stride = Math.max(1, n / 600);
        int m = (n + stride - 1) / stride;
        double[][] a = new double[2][m];
        double[][] b = new double[2][m];
        for (int k = 0; k < m; k++) {
            int i = Math.min(n - 1, k * stride);
            a[0][k] = history[0][i];
            a[1][k] = history[1][i];
            b[0][k] = history[0][i];
            b[1][k] = history[2][i];
        }
        dataset.addSeries("C = " + c, a);
        if (c != 1) {
            dataset.addSeries("C = 1 (one Gaussian)", b);
        }
        plot.clearRangeMarkers();
        if (Double.isFinite(floor)) {
            exact.setValue(floor);
            exact.setLabel("exact conditional " + Format.number(floor));
            plot.addRangeMarker(exact);
        }
        restyle(style);
        chart.setNotify(true);
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesStroke(0, style.stroke(2f));
        r.setSeriesPaint(1, style.series(1));
        r.setSeriesStroke(1, style.stroke(2f));
        exact.setPaint(style.foreground());
        exact.setStroke(style.dashed(1.5f, 5f, 3f));
        exact.setLabelPaint(style.foreground());
        exact.setLabelFont(style.font(java.awt.Font.PLAIN, 11));
        exact.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        exact.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
    }
}
