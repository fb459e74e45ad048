package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A log-likelihood map over two coefficients (MATH.md, problem 1): a heat map of ℓ − ℓ_max with contour lines, the
 * AR(2) stationarity triangle and the parabola φ₁² + 4φ₂ = 0 below which roots are complex, the true value, the MLE,
 * the 95% likelihood-ratio region (ℓ ≥ ℓ_max − χ²₂(0.95)/2) and Wald ellipse, and a gradient-ascent path.
 */
public final class LikelihoodMapFigure implements Figure {
    /** χ²₂(0.95): the 95% quantile of a chi-square with 2 degrees of freedom, −2 log 0.05. */
    public static final double CHI2_2_95 = -2 * Math.log(0.05);
    /** Contours at ℓ_max minus these. */
    static final double[] CONTOUR_DROPS = {1, 3, 10, 30, 100, 300, 1000, 3000, 10000};

    /** Series of the overlay, in drawing order. */
    public enum Layer {
        /** Contour lines. */
        CONTOURS("contours of ℓ (ℓ̂ − 1, 3, 10, 30, …)"),
        /** Stationarity triangle. */
        TRIANGLE("stationarity triangle"),
        /** Parabola φ₁² + 4φ₂ = 0. */
        PARABOLA("φ₁² + 4φ₂ = 0 (complex roots below)"),
        /** Likelihood-ratio region boundary. */
        LR_REGION("95% likelihood-ratio region"),
        /** Wald ellipse. */
        WALD("95% Wald ellipse"),
        /** Gradient-ascent path. */
        PATH("gradient ascent"),
        /** True value. */
        TRUTH("true φ"),
        /** The MLE. */
        MLE("MLE φ̂");

        final String label;

        Layer(String label) {
            this.label = label;
        }
    }

    private final DefaultXYDataset overlay = new DefaultXYDataset();
    private final JFreeChart chart;
    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final XYPlot plot;
    private XYDataImageAnnotation heat;
    private ChartStyle style;
    private boolean showTriangle = true;
    private org.jfree.data.Range gridX;
    private org.jfree.data.Range gridY;
    /** The colour bar beside the map: ℓ − ℓ̂ from the depth of the colour scale up to 0. */
    private final NumberAxis barAxis = new NumberAxis("ℓ − ℓ̂");
    private final PaintScaleLegend colourBar;
    private double depth = 5;

    /** The map's colours over ℓ − ℓ̂ in [−depth, 0]: viridis, yellow at the top. */
    record Scale(double depth) implements PaintScale {
        @Override
        public double getLowerBound() {
            return -depth;
        }

        @Override
        public double getUpperBound() {
            return 0;
        }

        @Override
        public java.awt.Paint getPaint(double value) {
            return new Color(Viridis.argb(1 + value / depth), true);
        }
    }

    /** @param style colours and fonts */
    public LikelihoodMapFigure(ChartStyle style) {
        xAxis = new NumberAxis("φ₁");
        yAxis = new NumberAxis("φ₂");
        xAxis.setAutoRange(false);
        yAxis.setAutoRange(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        plot = new XYPlot(overlay, xAxis, yAxis, r);
        for (Layer l : Layer.values()) {
            set(l, new double[][] {{}, {}});
        }
        chart = new JFreeChart("Conditional log-likelihood ℓ(φ₁, φ₂)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        barAxis.setRange(-depth, 0);
        colourBar = new PaintScaleLegend(new Scale(depth), barAxis);
        colourBar.setPosition(RectangleEdge.RIGHT);
        colourBar.setAxisLocation(org.jfree.chart.axis.AxisLocation.TOP_OR_RIGHT);
        colourBar.setSubdivisionCount(64);
        chart.addSubtitle(colourBar);
        // JFreeChart's "zoom out" (a drag to the left) turns on the automatic range, which would fit the overlay's
        // lines, not the grid: show the grid instead
        xAxis.addChangeListener(e -> {
            if (xAxis.isAutoRange() || yAxis.isAutoRange()) {
                resetView();
            }
        });
        yAxis.addChangeListener(e -> {
            if (xAxis.isAutoRange() || yAxis.isAutoRange()) {
                resetView();
            }
        });
        restyle(style);
    }

    /** @return the chart */
    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the overlay data: one series per {@link Layer}, in its order */
    public DefaultXYDataset overlay() {
        return overlay;
    }

    /** @return the heat map image currently drawn, or null */
    public BufferedImage heatImage() {
        return heat == null ? null : (BufferedImage) heat.getImage();
    }

    /**
     * Names the axes (for p &gt; 2 the user picks which two coefficients are mapped) and says whether the AR(2)
     * triangle and parabola apply.
     */
    public void setAxes(String xLabel, String yLabel, boolean ar2Geometry) {
        xAxis.setLabel(xLabel);
        yAxis.setLabel(yLabel);
        showTriangle = ar2Geometry;
    }

    /**
     * Shows a likelihood surface.
     *
     * @param title the chart title
     * @param xs grid abscissae (ascending, evenly spaced)
     * @param ys grid ordinates (ascending, evenly spaced)
     * @param z ℓ at (xs[i], ys[j]); −∞ or NaN where undefined
     * @param maxLogLik ℓ_max, the reference of the colour scale and the contours
     */
    public void showSurface(String title, double[] xs, double[] ys, double[][] z, double maxLogLik) {
        chart.setNotify(false);
        chart.setTitle(title);
        style.apply(chart);
        int nx = xs.length;
        int ny = ys.length;
        double depth = colourDepth(z, maxLogLik);
        this.depth = depth;
        colourBar.setScale(new Scale(depth));
        barAxis.setRange(-depth, 0);
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double v = z[i][j];
                int argb = Double.isFinite(v) ? Viridis.argb(1 + (v - maxLogLik) / depth) : 0x00000000;
                img.setRGB(i, ny - 1 - j, argb);
            }
        }
        double dx = (xs[nx - 1] - xs[0]) / (nx - 1);
        double dy = (ys[ny - 1] - ys[0]) / (ny - 1);
        if (heat != null) {
            plot.getRenderer().removeAnnotation(heat);
        }
        heat = new XYDataImageAnnotation(img, xs[0] - dx / 2, ys[0] - dy / 2, xs[nx - 1] - xs[0] + dx,
                ys[ny - 1] - ys[0] + dy, true);
        plot.getRenderer().addAnnotation(heat, org.jfree.chart.ui.Layer.BACKGROUND); // under the lines
        gridX = new org.jfree.data.Range(xs[0] - dx / 2, xs[nx - 1] + dx / 2);
        gridY = new org.jfree.data.Range(ys[0] - dy / 2, ys[ny - 1] + dy / 2);
        resetView();
        double[][] contours = new double[][] {{}, {}};
        for (double drop : CONTOUR_DROPS) {
            if (drop < depth * 1.5) {
                contours = concat(contours, Contours.at(z, xs, ys, maxLogLik - drop));
            }
        }
        set(Layer.CONTOURS, contours);
        set(Layer.LR_REGION, Contours.at(z, xs, ys, maxLogLik - CHI2_2_95 / 2));
        if (showTriangle) {
            set(Layer.TRIANGLE, new double[][] {{-2, 2, 0, -2}, {-1, -1, 1, -1}});
            int m = 101;
            double[][] parabola = new double[2][m];
            for (int k = 0; k < m; k++) {
                double p1 = -2 + 4.0 * k / (m - 1);
                parabola[0][k] = p1;
                parabola[1][k] = -p1 * p1 / 4;
            }
            set(Layer.PARABOLA, parabola);
        } else {
            set(Layer.TRIANGLE, new double[][] {{}, {}});
            set(Layer.PARABOLA, new double[][] {{}, {}});
        }
        chart.setNotify(true);
    }

    /** @return the colour bar: the colours of ℓ − ℓ̂ down to the depth of the scale */
    public PaintScaleLegend colourBar() {
        return colourBar;
    }

    /** Shows the whole grid again after a zoom (the map's "Reset zoom"). */
    public void resetView() {
        if (gridX != null) {
            xAxis.setRange(gridX);
            yAxis.setRange(gridY);
        }
    }

    /** How far below ℓ_max the colour scale reaches: the spread of the finite values, between 5 and 2000. */
    private static double colourDepth(double[][] z, double max) {
        double min = max;
        for (double[] row : z) {
            for (double v : row) {
                if (Double.isFinite(v) && v < min) {
                    min = v;
                }
            }
        }
        return Math.max(5, Math.min(2000, (max - min) * 0.6));
    }

    /**
     * Marks the true value and the MLE with its 95% Wald ellipse.
     *
     * @param truth the true (x, y), or null
     * @param mle the MLE (x, y)
     * @param cov the 2×2 covariance of the MLE, or null for no ellipse
     */
    public void showPoints(double[] truth, double[] mle, double[][] cov) {
        chart.setNotify(false);
        set(Layer.TRUTH, truth == null ? new double[][] {{}, {}} : new double[][] {{truth[0]}, {truth[1]}});
        set(Layer.MLE, new double[][] {{mle[0]}, {mle[1]}});
        set(Layer.WALD, cov == null ? new double[][] {{}, {}} : ellipse(mle, cov, CHI2_2_95));
        chart.setNotify(true);
    }

    /** Draws a gradient-ascent path (empty arrays to clear it). */
    public void showPath(double[] xs, double[] ys) {
        set(Layer.PATH, new double[][] {xs.clone(), ys.clone()});
    }

    /** The points of {(x − m)ᵀ C⁻¹ (x − m) = q}: m + √q · L (cos t, sin t) with C = L Lᵀ. */
    static double[][] ellipse(double[] m, double[][] c, double q) {
        double a = c[0][0];
        double b = c[0][1];
        double d = c[1][1];
        if (!(a > 0) || !(a * d - b * b > 0)) {
            return new double[][] {{}, {}};
        }
        double l11 = Math.sqrt(a);
        double l21 = b / l11;
        double l22 = Math.sqrt(d - l21 * l21);
        int n = 121;
        double[][] pts = new double[2][n];
        double r = Math.sqrt(q);
        for (int k = 0; k < n; k++) {
            double t = 2 * Math.PI * k / (n - 1);
            double u = r * Math.cos(t);
            double v = r * Math.sin(t);
            pts[0][k] = m[0] + l11 * u;
            pts[1][k] = m[1] + l21 * u + l22 * v;
        }
        return pts;
    }

    /** Sets a layer's points; a layer with none is left out of the legend (an AR(1) map has no triangle). */
    private void set(Layer layer, double[][] xy) {
        overlay.addSeries(layer.label, xy);
        plot.getRenderer().setSeriesVisibleInLegend(layer.ordinal(), xy[0].length > 0, false);
    }

    /** @return the labels the legend shows now, in order */
    public java.util.List<String> legendLabels() {
        java.util.List<String> out = new java.util.ArrayList<>();
        org.jfree.chart.LegendItemCollection items = plot.getLegendItems();
        for (int k = 0; k < items.getItemCount(); k++) {
            out.add(items.get(k).getLabel());
        }
        return out;
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[] x = new double[a[0].length + b[0].length];
        double[] y = new double[x.length];
        System.arraycopy(a[0], 0, x, 0, a[0].length);
        System.arraycopy(b[0], 0, x, a[0].length, b[0].length);
        System.arraycopy(a[1], 0, y, 0, a[1].length);
        System.arraycopy(b[1], 0, y, a[1].length, b[1].length);
        return new double[][] {x, y};
    }

    /** Applies a theme. */
    @Override
    public void restyle(ChartStyle newStyle) {
        this.style = newStyle;
        style.apply(chart);
        plot.setBackgroundPaint(style.dark() ? new Color(0x22272E) : new Color(0xF6F8FA));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        colourBar.setBackgroundPaint(style.background());
        colourBar.setStripWidth(12 * style.scale());
        colourBar.setMargin(new org.jfree.chart.ui.RectangleInsets(4, 8 * style.scale(), 4, 2));
        colourBar.setStripOutlineVisible(false);
        barAxis.setLabelFont(style.font(java.awt.Font.PLAIN, 12));
        barAxis.setTickLabelFont(style.font(java.awt.Font.PLAIN, 10));
        barAxis.setLabelPaint(style.foreground());
        barAxis.setTickLabelPaint(style.foreground());
        barAxis.setAxisLinePaint(style.foreground());
        barAxis.setTickMarkPaint(style.foreground());
        barAxis.setStandardTickUnits(ReadableTicks.decimal());
        // room around the labels, as on the other upright axes: a handful of ticks, not one per unit
        float g = 2 * style.scale();
        barAxis.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(5 * g, g, 5 * g, g));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        Color white = new Color(255, 255, 255, 170);
        r.setSeriesPaint(Layer.CONTOURS.ordinal(), white);
        r.setSeriesStroke(Layer.CONTOURS.ordinal(), style.stroke(0.8f));
        r.setSeriesPaint(Layer.TRIANGLE.ordinal(), style.dark() ? Color.WHITE : Color.BLACK);
        r.setSeriesStroke(Layer.TRIANGLE.ordinal(), style.stroke(2f));
        r.setSeriesPaint(Layer.PARABOLA.ordinal(), style.dark() ? Color.LIGHT_GRAY : Color.DARK_GRAY);
        r.setSeriesStroke(Layer.PARABOLA.ordinal(), style.dashed(1.5f, 6f, 4f));
        r.setSeriesPaint(Layer.LR_REGION.ordinal(), new Color(0xD55E00));
        r.setSeriesStroke(Layer.LR_REGION.ordinal(), style.stroke(2.5f));
        r.setSeriesPaint(Layer.WALD.ordinal(), new Color(0xCC79A7));
        r.setSeriesStroke(Layer.WALD.ordinal(), style.dashed(2f, 5f, 3f));
        r.setSeriesPaint(Layer.PATH.ordinal(), new Color(0x56B4E9));
        r.setSeriesStroke(Layer.PATH.ordinal(), style.stroke(2f));
        r.setSeriesShapesVisible(Layer.PATH.ordinal(), true);
        r.setSeriesShape(Layer.PATH.ordinal(), new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesLinesVisible(Layer.TRUTH.ordinal(), false);
        r.setSeriesShapesVisible(Layer.TRUTH.ordinal(), true);
        r.setSeriesShape(Layer.TRUTH.ordinal(), new Rectangle2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(Layer.TRUTH.ordinal(), Color.WHITE);
        r.setSeriesLinesVisible(Layer.MLE.ordinal(), false);
        r.setSeriesShapesVisible(Layer.MLE.ordinal(), true);
        r.setSeriesShape(Layer.MLE.ordinal(), new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(Layer.MLE.ordinal(), new Color(0xE69F00));
        r.setSeriesOutlineStroke(Layer.MLE.ordinal(), new BasicStroke(1f));
    }
}
