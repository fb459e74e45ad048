package org.arlab.chart;

import java.util.function.Supplier;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYDataset;

/**
 * Zooming along time: a zoomed or panned time axis stays within the data (no negative time, nothing past the end);
 * zoomed out to the whole series or further, it goes back to its automatic range. A zoom belongs to one series:
 * {@link #reset(XYPlot)} forgets it when the next one arrives.
 */
public final class TimeZoom {
    private TimeZoom() {
    }

    /**
     * Keeps a time axis within the data's extent whenever it is zoomed or panned.
     *
     * @param axis the time axis
     * @param extent the first and last time of the data (null while there is none)
     */
    public static void keepWithin(ValueAxis axis, Supplier<Range> extent) {
        boolean[] busy = {false};
        axis.addChangeListener(e -> {
            if (busy[0] || axis.isAutoRange()) {
                return;
            }
            Range bounds = extent.get();
            if (bounds == null || !(bounds.getLength() > 0)) {
                return;
            }
            Range clamped = clamp(axis.getRange(), bounds);
            if (clamped == null || !clamped.equals(axis.getRange())) {
                busy[0] = true;
                try {
                    if (clamped == null) {
                        axis.setAutoRange(true);
                    } else {
                        axis.setRange(clamped);
                    }
                } finally {
                    busy[0] = false;
                }
            }
        });
    }

    /** Keeps the plot's time (domain) axis within the extent of its datasets' x values. */
    public static void keepWithinData(XYPlot plot) {
        keepWithin(plot.getDomainAxis(), () -> dataExtent(plot));
    }

    /**
     * @param view the range asked for
     * @param bounds the data's extent
     * @return the view moved inside the bounds, or null when it is as wide as they are or wider (show everything)
     */
    static Range clamp(Range view, Range bounds) {
        double w = view.getLength();
        if (w >= bounds.getLength()) {
            return null;
        }
        if (view.getLowerBound() < bounds.getLowerBound()) {
            return new Range(bounds.getLowerBound(), bounds.getLowerBound() + w);
        }
        if (view.getUpperBound() > bounds.getUpperBound()) {
            return new Range(bounds.getUpperBound() - w, bounds.getUpperBound());
        }
        return view;
    }

    /** Forgets a zoom: both axes range over the data again. */
    public static void reset(XYPlot plot) {
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            if (plot.getDomainAxis(i) != null) {
                plot.getDomainAxis(i).setAutoRange(true);
            }
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                plot.getRangeAxis(i).setAutoRange(true);
            }
        }
    }

    private static Range dataExtent(XYPlot plot) {
        Range all = null;
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            XYDataset d = plot.getDataset(i);
            if (d != null) {
                all = Range.combine(all, DatasetUtils.findDomainBounds(d, true));
            }
        }
        return all;
    }
}
