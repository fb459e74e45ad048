package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/**
 * The look shared by every figure: light or dark palette, large labels for a projector.
 */
public final class ChartStyle {
    /** Series colours, chosen to be told apart by colour-blind viewers (Okabe–Ito). */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)
    };

    private final boolean dark;
    private final float scale;

    private ChartStyle(boolean dark, float scale) {
        this.dark = dark;
        this.scale = scale;
    }

    /**
     * @param dark true for the dark palette
     * @param scale font scale (1 for a desk, larger for a projector)
     */
    public static ChartStyle of(boolean dark, float scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
        return new ChartStyle(dark, scale);
    }

    /** @return whether this is the dark palette */
    public boolean dark() {
        return dark;
    }

    /** @return the background of the chart */
    public Color background() {
        return dark ? new Color(0x22272E) : Color.WHITE;
    }

    /** @return the colour of text and axes */
    public Color foreground() {
        return dark ? new Color(0xCDD9E5) : new Color(0x24292F);
    }

    /** @return the colour of grid lines */
    public Color grid() {
        return dark ? new Color(0x444C56) : new Color(0xD8DEE4);
    }

    /** @return the i-th series colour (the first one a lighter blue on dark) */
    public Color series(int i) {
        if (dark && i % PALETTE.length == 0) {
            return new Color(0x6CB6FF);
        }
        if (dark && i % PALETTE.length == 7) {
            return Color.WHITE;
        }
        return PALETTE[i % PALETTE.length];
    }

    /** @return a solid line of the given base width, scaled (thicker lines in presentation mode) */
    public BasicStroke stroke(float width) {
        // default square caps and mitre joins: round ones made a 4000-segment repaint six times slower
        return new BasicStroke(width * scale);
    }

    /** @return a dashed line of the given base width, dash and gap, scaled */
    public BasicStroke dashed(float width, float dash, float gap) {
        return new BasicStroke(width * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[] {dash * scale, gap * scale}, 0f);
    }

    /** @return the scale of fonts and lines */
    public float scale() {
        return scale;
    }

    /** @return a font of the given base size, scaled */
    public Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, Math.round(size * scale));
    }

    /** Applies colours and fonts to a chart whose plot is an {@link XYPlot}. */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background());
        // room on the right for the last tick label of a horizontal axis (it is centred on the axis' end)
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 14 * scale));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setPaint(foreground());
            title.setFont(font(Font.BOLD, 15));
            // a narrow chart cuts its title after two lines rather than stacking it letter by letter
            title.setMaximumLinesToDisplay(2);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background());
            legend.setItemPaint(foreground());
            legend.setItemFont(font(Font.PLAIN, 12));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background());
        plot.setOutlinePaint(grid());
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid());
            xy.setRangeGridlinePaint(grid());
            xy.setDomainGridlineStroke(new BasicStroke(0.6f));
            xy.setRangeGridlineStroke(new BasicStroke(0.6f));
            boolean vertical = xy.getOrientation() == org.jfree.chart.plot.PlotOrientation.VERTICAL;
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i), !vertical);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i), vertical);
            }
        }
    }

    private void styleAxis(org.jfree.chart.axis.ValueAxis axis, boolean upright) {
        if (axis == null) {
            return;
        }
        // room around each tick label, which JFreeChart counts when it picks the tick unit: about two label heights
        // between the ticks of an upright axis, a word's width between those of a flat one (not 22 ticks on 400 px)
        float g = 2 * scale;
        axis.setTickLabelInsets(upright ? new org.jfree.chart.ui.RectangleInsets(4 * g, 2 * g, 4 * g, 2 * g)
                : new org.jfree.chart.ui.RectangleInsets(g, 6 * g, g, 6 * g));
        if (axis instanceof org.jfree.chart.axis.NumberAxis na && na.getNumberFormatOverride() == null) {
            // one way to write tick labels everywhere: as many digits as the unit needs, 2×10¹¹ for huge values
            boolean whole = na.getStandardTickUnits() instanceof ReadableTicks r ? r.integers()
                    : na.getStandardTickUnits().getCeilingTickUnit(0.3).getSize() >= 1;
            na.setStandardTickUnits(whole ? ReadableTicks.integer() : ReadableTicks.decimal());
        }
        axis.setLabelPaint(foreground());
        axis.setTickLabelPaint(foreground());
        axis.setAxisLinePaint(foreground());
        axis.setTickMarkPaint(foreground());
        axis.setLabelFont(font(Font.PLAIN, 13));
        axis.setTickLabelFont(font(Font.PLAIN, 11));
    }
}
