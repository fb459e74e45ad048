package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The figure of a series against time, with its model mean as a dashed line. Built once; {@link #show} replaces
 * the data in place so that the chart repaints once per update instead of being rebuilt.
 */
public final class SeriesFigure {
    /** The key of the only data series. */
    public static final String KEY = "y";

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final ValueMarker meanMarker = new ValueMarker(0);
    private ChartStyle style;

    /**
     * @param style the colours and fonts to use
     */
    public SeriesFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("time t");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("value yₜ");
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        chart = new JFreeChart("Series", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        meanMarker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        meanMarker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(meanMarker);
        dataset.addSeries(KEY, new double[][] {{}, {}});
        restyle(style);
    }

    /** @return the chart, for a viewer or an export */
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data shown, for tests and exports */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * Shows new data.
     *
     * @param title the chart title
     * @param xy {x, y} as from {@link Decimation#minMax}
     * @param mean the model mean to mark, or NaN for none
     */
    public void show(String title, double[][] xy, double mean) {
        chart.setNotify(false);
        chart.setTitle(title);
        style.apply(chart);
        if (Double.isFinite(mean)) {
            meanMarker.setValue(mean);
            meanMarker.setLabel("mean μ = " + Format.number(mean));
            meanMarker.setAlpha(1f);
        } else {
            meanMarker.setLabel(null);
            meanMarker.setAlpha(0f);
        }
        dataset.addSeries(KEY, xy);
        chart.setNotify(true);
    }

    /** Applies a new style (theme switch, presentation mode). */
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesStroke(0, new BasicStroke(1.2f));
        meanMarker.setPaint(style.series(1));
        meanMarker.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[] {6f, 4f}, 0f));
        meanMarker.setLabelPaint(style.foreground());
        meanMarker.setLabelFont(style.font(Font.PLAIN, 11));
        meanMarker.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
    }
}
