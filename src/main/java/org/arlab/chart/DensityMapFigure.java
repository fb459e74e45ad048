package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A conditional density as a heat map (MATH.md, problem 3): column i is p(y | column i), each column scaled to its
 * own peak (viridis), so a fan over time or Bishop's three branches read at any spread. Over it: the data (points for
 * part 1, the series as a line for part 2), each component's mean μ_c with a line as wide as its weight π_c, and a
 * vertical marker at the probe.
 */
public final class DensityMapFigure implements Figure {
    private final DefaultXYDataset data = new DefaultXYDataset();
    private final DefaultXYDataset means = new DefaultXYDataset();
    private final JFreeChart chart;
    private final XYPlot plot;
    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final ValueMarker probe = new ValueMarker(0);
    private double[][] weights = new double[0][];
    private XYDataImageAnnotation heat;
    private BufferedImage image;
    private ChartStyle style;
    private boolean line;

    /** The means' renderer: segment k of component c drawn 0.5 + 7·π_c(k) wide. */
    private final class WeightedRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        WeightedRenderer() {
            super(true, false);
            setDrawSeriesLineAsPath(false);
        }

        @Override
        public Stroke getItemStroke(int series, int item) {
            double w = series < weights.length && item < weights[series].length ? weights[series][item] : 0.5;
            return new BasicStroke((float) ((0.5 + 7 * w) * style.scale()), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND);
        }
    }

    /** @param style colours and fonts */
    public DensityMapFigure(ChartStyle style) {
        this.style = style;
        xAxis = new NumberAxis("x");
        yAxis = new NumberAxis("t");
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        plot = new XYPlot(data, xAxis, yAxis, new XYLineAndShapeRenderer(false, true));
        plot.setDataset(1, means);
        plot.setRenderer(1, new WeightedRenderer());
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.addDomainMarker(probe);
        chart = new JFreeChart("Conditional density p(t | x)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        data.addSeries("data", new double[][] {{}, {}});
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the heat map drawn now, or null */
    public BufferedImage heatImage() {
        return image;
    }

    /** @return the component means shown: one series per component */
    public DefaultXYDataset means() {
        return means;
    }

    /**
     * Shows a map.
     *
     * @param title the chart title
     * @param xLabel the columns' name
     * @param yLabel the rows' name
     * @param xs the columns, ascending, evenly spaced
     * @param ys the rows, ascending, evenly spaced
     * @param density p at [column][row]
     * @param mu μ_c per column at [c][i]
     * @param pi π_c per column at [c][i]
     * @param px the data's abscissae
     * @param py the data's ordinates
     * @param asLine whether the data is a series (a line) or pairs (points)
     * @param at the probe's abscissa
     */
    public void show(String title, String xLabel, String yLabel, double[] xs, double[] ys, double[][] density,
            double[][] mu, double[][] pi, double[] px, double[] py, boolean asLine, double at) {
        chart.setNotify(false);
        chart.setTitle(title);
        style.apply(chart);
        xAxis.setLabel(xLabel);
        yAxis.setLabel(yLabel);
        int nx = xs.length;
        int ny = ys.length;
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < nx; i++) {
            double peak = 0;
            for (int j = 0; j < ny; j++) {
                peak = Math.max(peak, density[i][j]);
            }
            for (int j = 0; j < ny; j++) {
                double v = peak > 0 ? density[i][j] / peak : 0;
                img.setRGB(i, ny - 1 - j, Viridis.argb(Math.sqrt(v)));
            }
        }
        double dx = nx > 1 ? (xs[nx - 1] - xs[0]) / (nx - 1) : 1;
        double dy = ny > 1 ? (ys[ny - 1] - ys[0]) / (ny - 1) : 1;
        if (heat != null) {
            plot.getRenderer().removeAnnotation(heat);
        }
        image = img;
        heat = new XYDataImageAnnotation(img, xs[0] - dx / 2, ys[0] - dy / 2, xs[nx - 1] - xs[0] + dx,
                ys[ny - 1] - ys[0] + dy, true);
        plot.getRenderer().addAnnotation(heat, org.jfree.chart.ui.Layer.BACKGROUND);
        xAxis.setRange(xs[0] - dx / 2, xs[nx - 1] + dx / 2);
        yAxis.setRange(ys[0] - dy / 2, ys[ny - 1] + dy / 2);
        line = asLine;
        data.addSeries("data", new double[][] {px.clone(), py.clone()});
        while (means.getSeriesCount() > 0) {
            means.removeSeries(means.getSeriesKey(0));
        }
        weights = pi;
        for (int c = 0; c < mu.length; c++) {
            means.addSeries("μ" + sub(c + 1) + " (width ∝ π" + sub(c + 1) + ")", new double[][] {xs.clone(),
                mu[c].clone()});
        }
        probe.setValue(at);
        restyle(style);
        chart.setNotify(true);
    }

    /** @return n as subscript digits */
    static String sub(int n) {
        StringBuilder sb = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            sb.append((char) ('₀' + (ch - '0')));
        }
        return sb.toString();
    }

    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesLinesVisible(0, line);
        r.setSeriesShapesVisible(0, !line);
        r.setSeriesPaint(0, line ? Color.WHITE : new Color(255, 255, 255, 150));
        r.setSeriesStroke(0, style.stroke(1.2f));
        r.setSeriesShape(0, new Ellipse2D.Double(-1.8, -1.8, 3.6, 3.6));
        XYLineAndShapeRenderer m = (XYLineAndShapeRenderer) plot.getRenderer(1);
        for (int c = 0; c < 8; c++) {
            m.setSeriesPaint(c, MixtureColours.of(c));
        }
        probe.setPaint(new Color(0xE69F00));
        probe.setStroke(style.dashed(1.5f, 5f, 3f));
    }
}
