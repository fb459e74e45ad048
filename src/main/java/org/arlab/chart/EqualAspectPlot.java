package org.arlab.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose two axes keep one scale, so that a circle is drawn round whatever the shape of the chart: before
 * each drawing it widens whichever axis has room to spare around the square [cx − r, cx + r] × [cy − r, cy + r].
 */
final class EqualAspectPlot extends XYPlot {
    private static final long serialVersionUID = 1L;
    private double cx;
    private double cy;
    private double r = 1;

    EqualAspectPlot(XYDataset dataset, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
        super(dataset, x, y, renderer);
    }

    /** Sets the square that must stay in view. */
    void setView(double centreX, double centreY, double halfWidth) {
        this.cx = centreX;
        this.cy = centreY;
        this.r = halfWidth;
        getDomainAxis().setRange(cx - r, cx + r);
        getRangeAxis().setRange(cy - r, cy + r);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = area.getBounds2D();
        getInsets().trim(inner);
        AxisSpace space = calculateAxisSpace(g2, inner);
        Rectangle2D data = space.shrink(inner, null);
        getAxisOffset().trim(data);
        double w = data.getWidth();
        double h = data.getHeight();
        if (w > 0 && h > 0) {
            double rx = w >= h ? r * w / h : r;
            double ry = w >= h ? r : r * h / w;
            getDomainAxis().setRange(new Range(cx - rx, cx + rx), true, false);
            getRangeAxis().setRange(new Range(cy - ry, cy + ry), true, false);
        }
        super.draw(g2, area, anchor, parentState, info);
    }
}
