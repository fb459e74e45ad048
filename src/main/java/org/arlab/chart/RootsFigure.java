package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The roots of {@code 1 − φ_1 z − … − φ_p z^p} in the complex plane against the unit circle: the model is stationary
 * iff every root lies outside it (MATH.md, "Stationarity"). Both axes share one symmetric range.
 */
public final class RootsFigure implements Figure {
    /** Series index of the roots in the dataset. */
    public static final int ROOTS = 1;

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final JFreeChart chart;
    private final NumberAxis xAxis = new NumberAxis("Re z");
    private final NumberAxis yAxis = new NumberAxis("Im z");
    private final TextTitle subtitle = new TextTitle("stationary iff every root lies outside the unit circle");
    private ChartStyle style;
    private boolean frozen;
    private final EqualAspectPlot plot;

    /** @param style colours and fonts */
    public RootsFigure(ChartStyle style) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        plot = new EqualAspectPlot(dataset, xAxis, yAxis, r);
        chart = new JFreeChart("Roots of 1 − φ₁z − … − φₚzᵖ", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(subtitle);
        int m = 181;
        double[][] circle = new double[2][m];
        for (int i = 0; i < m; i++) {
            double a = 2 * Math.PI * i / (m - 1);
            circle[0][i] = Math.cos(a);
            circle[1][i] = Math.sin(a);
        }
        dataset.addSeries("unit circle", circle);
        dataset.addSeries("roots", new double[][] {{}, {}});
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data (series 0 the unit circle, series {@link #ROOTS} the roots) */
    public DefaultXYDataset dataset() {
        return dataset;
    }

    /**
     * Shows the roots.
     *
     * @param re real parts
     * @param im imaginary parts
     */
    public void show(double[] re, double[] im) {
        chart.setNotify(false);
        dataset.addSeries("roots", new double[][] {re.clone(), im.clone()});
        double max = 1;
        for (int i = 0; i < re.length; i++) {
            max = Math.max(max, Math.hypot(re[i], im[i]));
        }
        if (!frozen) {
            plot.setView(0, 0, Math.min(12, Math.ceil(1.15 * max * 2) / 2 + 0.25));
        }
        chart.setNotify(true);
    }

    /** Keeps the axes where they are while true (during a drag, so the plane does not move under the mouse). */
    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        subtitle.setPaint(style.foreground());
        subtitle.setFont(style.font(Font.PLAIN, 11));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        r.setSeriesPaint(0, style.grid().darker());
        r.setSeriesShapesVisible(0, false);
        r.setSeriesStroke(0, style.stroke(1.5f));
        r.setSeriesPaint(ROOTS, style.series(1));
        r.setSeriesLinesVisible(ROOTS, false);
        r.setSeriesShape(ROOTS, new Ellipse2D.Double(-6, -6, 12, 12));
        if (style.dark()) {
            r.setSeriesPaint(0, style.foreground());
        }
    }
}
