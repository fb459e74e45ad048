package org.arlab.chart;

import java.util.List;

import org.jfree.data.DomainInfo;
import org.jfree.data.DomainOrder;
import org.jfree.data.Range;
import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.XYRangeInfo;

/**
 * One series as a JFreeChart dataset straight over its {@code double[]}: value i at x = first + i, nothing copied,
 * one change event per new series. Its y values are the series' own, or on a symmetric log scale
 * ({@link SymlogAxis#forward}) when a threshold is set. The bounds come from the array itself (the y bounds of the
 * values in an x range for an axis that fits what is in view), not from iterating the dataset item by item.
 */
public final class SeriesData extends AbstractXYDataset implements DomainInfo, XYRangeInfo {
    private static final long serialVersionUID = 1L;
    private final Comparable<?> key;
    private double[] y = new double[0];
    private double first = 1;
    /** The symmetric log threshold, or NaN for the values as they are. */
    private double threshold = Double.NaN;
    /** Index of the smallest and the largest value of the whole series, -1 before they are found. */
    private int iMin = -1;
    private int iMax = -1;
    /** The latest partial stretch asked for and its extremes. */
    private int partLo = -1;
    private int partHi = -1;
    private int[] partExtremes;

    /** @param key the series key */
    public SeriesData(Comparable<?> key) {
        this.key = key;
    }

    /**
     * Shows a new series (one change event).
     *
     * @param values the values (kept, not copied: callers must not change them)
     * @param firstT the x of values[0]
     */
    public void set(double[] values, double firstT) {
        this.y = values;
        this.first = firstT;
        iMin = -1;
        iMax = -1;
        partLo = -1;
        fireDatasetChanged();
    }

    /** @param c the symmetric log threshold, or NaN for the values as they are (one change event) */
    public void setSymlog(double c) {
        if (Double.compare(c, threshold) != 0) {
            threshold = c;
            fireDatasetChanged();
        }
    }

    /** @return the values, as given */
    public double[] values() {
        return y;
    }

    /** @return the x of the first value */
    public double first() {
        return first;
    }

    /** @return the y drawn for a value: itself, or its symmetric log */
    public double drawn(double v) {
        return Double.isNaN(threshold) ? v : SymlogAxis.forward(v, threshold);
    }

    @Override
    public int getSeriesCount() {
        return 1;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Comparable getSeriesKey(int series) {
        return key;
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int series) {
        return y.length;
    }

    @Override
    public Number getX(int series, int item) {
        return getXValue(series, item);
    }

    @Override
    public double getXValue(int series, int item) {
        return first + item;
    }

    @Override
    public Number getY(int series, int item) {
        return getYValue(series, item);
    }

    @Override
    public double getYValue(int series, int item) {
        return drawn(y[item]);
    }

    @Override
    public double getDomainLowerBound(boolean includeInterval) {
        return y.length == 0 ? Double.NaN : first;
    }

    @Override
    public double getDomainUpperBound(boolean includeInterval) {
        return y.length == 0 ? Double.NaN : first + y.length - 1;
    }

    @Override
    public Range getDomainBounds(boolean includeInterval) {
        return y.length == 0 ? null : new Range(first, first + y.length - 1);
    }

    /**
     * @return the bounds of the y drawn for the values whose x lies in xRange (null when there are none)
     */
    @Override
    @SuppressWarnings("rawtypes")
    public Range getRangeBounds(List visibleSeriesKeys, Range xRange, boolean includeInterval) {
        if (visibleSeriesKeys != null && !visibleSeriesKeys.contains(key)) {
            return null;
        }
        return rangeWithin(xRange);
    }

    /** @return the bounds of the y drawn for the values whose x lies in xRange (null: all of them) */
    public Range rangeWithin(Range xRange) {
        int n = y.length;
        int lo = 0;
        int hi = n - 1;
        if (xRange != null) {
            lo = (int) Math.max(0, Math.ceil(xRange.getLowerBound() - first));
            hi = (int) Math.min(n - 1, Math.floor(xRange.getUpperBound() - first));
        }
        if (lo > hi) {
            return null;
        }
        int a;
        int b;
        if (lo == 0 && hi == n - 1) {
            if (iMin < 0) {
                int[] e = extremes(0, n - 1);
                iMin = e[0];
                iMax = e[1];
            }
            a = iMin;
            b = iMax;
        } else {
            if (lo != partLo || hi != partHi) {
                partExtremes = extremes(lo, hi);
                partLo = lo;
                partHi = hi;
            }
            a = partExtremes[0];
            b = partExtremes[1];
        }
        return new Range(drawn(y[a]), drawn(y[b]));
    }

    /** @return the indices of the smallest and the largest of y[lo..hi] */
    private int[] extremes(int lo, int hi) {
        int a = lo;
        int b = lo;
        double min = y[lo];
        double max = min;
        for (int i = lo + 1; i <= hi; i++) {
            double v = y[i];
            if (v < min) {
                min = v;
                a = i;
            } else if (v > max) {
                max = v;
                b = i;
            }
        }
        return new int[] {a, b};
    }
}
