package org.arlab.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * Draws a {@link SeriesData} as one line, decimated when it is drawn: in each pixel column of the data area only the
 * smallest and the largest of the values in view there are joined ({@link Decimation#envelope}), in their order of
 * time. So 10⁶ values cost about as much to draw as the plot has columns, every column shows the true range of its
 * values, and a zoom into fewer values than columns draws every one. In a {@link SeriesPlot} the plot does not loop
 * over the 10⁶ items for it. The points of the latest
 * drawing are kept for tests and for the figure's "points drawn".
 */
public final class EnvelopeRenderer extends AbstractXYItemRenderer {
    private static final long serialVersionUID = 1L;
    /** What the last envelope was computed for: the series and the view in pixels. */
    private transient double[] cachedFor;
    private transient double cachedFirst;
    private transient double[] cachedKey = new double[4];
    private transient int[] kept = new int[0];

    /** @return the indices of the values the latest drawing joined, in order of time */
    public int[] kept() {
        return kept.clone();
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        // in a plain XYPlot: the whole line at the first item of the pass (a SeriesPlot skips the loop over items)
        if (item == state.getFirstItemIndex() && dataset instanceof SeriesData d) {
            draw(g2, dataArea, plot, domainAxis, rangeAxis, d);
        }
    }

    /** Draws the series' line in the data area: the envelope of the values in view, per pixel column. */
    void draw(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis,
            SeriesData d) {
        if (!isSeriesVisible(0)) {
            return;
        }
        double[] y = d.values();
        double lower = domainAxis.getLowerBound();
        double upper = domainAxis.getUpperBound();
        double x0 = dataArea.getMinX();
        double x1 = dataArea.getMaxX();
        if (y != cachedFor || d.first() != cachedFirst || cachedKey[0] != lower || cachedKey[1] != upper
                || cachedKey[2] != x0 || cachedKey[3] != x1) {
            kept = Decimation.envelope(y, d.first(), lower, upper, x0, x1);
            cachedFor = y;
            cachedFirst = d.first();
            cachedKey = new double[] {lower, upper, x0, x1};
        }
        if (kept.length < 2) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        g2.setPaint(lookupSeriesPaint(0));
        g2.setStroke(lookupSeriesStroke(0));
        boolean smooth = RenderingHints.VALUE_ANTIALIAS_ON.equals(g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING));
        // anti-aliased (few values in view): one path, whose joins look right; otherwise segment by segment, which
        // Java2D draws as parallelograms: a wide stroked path of 2000 zig-zags takes it 12-30 ms, the segments 2
        Path2D.Double path = smooth ? new Path2D.Double(Path2D.WIND_NON_ZERO, kept.length) : null;
        Line2D.Double line = new Line2D.Double();
        double px0 = 0;
        double py0 = 0;
        for (int j = 0; j < kept.length; j++) {
            int i = kept[j];
            double px = domainAxis.valueToJava2D(d.first() + i, dataArea, xEdge);
            double py = rangeAxis.valueToJava2D(d.drawn(y[i]), dataArea, yEdge);
            if (path != null) {
                if (j == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            } else if (j > 0) {
                line.setLine(px0, py0, px, py);
                g2.draw(line);
            }
            px0 = px;
            py0 = py;
        }
        if (path != null) {
            g2.draw(path);
        }
    }

    @Override
    public Range findDomainBounds(XYDataset dataset) {
        if (dataset instanceof SeriesData d) {
            return d.getDomainBounds(false);
        }
        return super.findDomainBounds(dataset);
    }

    /** @return the y bounds of the values within the time axis' range: the axis fits what is in view */
    @Override
    public Range findRangeBounds(XYDataset dataset) {
        if (dataset instanceof SeriesData d) {
            XYPlot p = getPlot();
            ValueAxis x = p == null ? null : p.getDomainAxisForDataset(Math.max(0, p.getIndexOf(this)));
            return d.rangeWithin(x == null ? null : x.getRange());
        }
        return super.findRangeBounds(dataset);
    }
}
