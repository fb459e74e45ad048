package org.arlab.chart;

import java.awt.Font;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Order selection: AIC and BIC against the order p (MATH.md, "Order selection"), with the chosen order marked.
 */
public final class CriterionFigure implements Figure {
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final ValueMarker chosen = new ValueMarker(0);
    private final org.jfree.chart.title.TextTitle sample = new org.jfree.chart.title.TextTitle("");
    private ChartStyle style;

    /** The chart's title. */
    public static final String TITLE = "AIC, BIC by order";

    /** @param style colours and fonts */
    public CriterionFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("order p");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("criterion (lower is better)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(true, true));
        plot.addDomainMarker(chosen);
        // short: on a projector (1280 × 720) it shares the width with two other charts (issue 17)
        chart = new JFreeChart(TITLE, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(0, sample);
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data (series "AIC" and "BIC") */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * @param orders the orders compared
     * @param aic AIC per order
     * @param bic BIC per order
     * @param selected the chosen order
     * @param criterion "AIC" or "BIC", for the marker's label
     * @param sampleNote which sample every order is fitted on (the subtitle), e.g. "all on t = 9..500 (N = 492)"
     */
    public void show(int[] orders, double[] aic, double[] bic, int selected, String criterion, String sampleNote) {
        chart.setNotify(false);
        sample.setText(sampleNote);
        double[] x = new double[orders.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = orders[i];
        }
        dataset.addSeries("AIC", new double[][] {x, aic.clone()});
        dataset.addSeries("BIC", new double[][] {x.clone(), bic.clone()});
        chosen.setValue(selected);
        chosen.setLabel(criterion + ": p = " + selected);
        boolean rightHalf = x.length > 0 && selected > (x[0] + x[x.length - 1]) / 2;
        chosen.setLabelAnchor(rightHalf ? org.jfree.chart.ui.RectangleAnchor.TOP_LEFT
                : org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        chosen.setLabelTextAnchor(rightHalf ? org.jfree.chart.ui.TextAnchor.TOP_RIGHT
                : org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        chart.setNotify(true);
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        sample.setFont(style.font(java.awt.Font.PLAIN, 10));
        sample.setPaint(style.foreground());
        sample.setMaximumLinesToDisplay(2);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, style.series(i));
            r.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
            r.setSeriesStroke(i, style.stroke(1.5f));
        }
        sample.setPaint(style.foreground());
        sample.setFont(style.font(Font.PLAIN, 11));
        chosen.setPaint(style.series(2));
        chosen.setStroke(style.stroke(2f));
        chosen.setLabelPaint(style.foreground());
        chosen.setLabelFont(style.font(Font.BOLD, 11));
        chosen.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
    }
}
