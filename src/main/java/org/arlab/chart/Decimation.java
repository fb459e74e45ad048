package org.arlab.chart;

/**
 * Reduces a long series to at most {@code 2 × buckets} points for drawing while keeping its envelope: in each bucket
 * of consecutive values the minimum and the maximum are kept, in their order of time (min–max decimation).
 */
public final class Decimation {
    private Decimation() {
    }

    /**
     * @param y the values, drawn at x = first, first + 1, …
     * @param first the x of y[0] (1 for a series indexed from t = 1)
     * @param buckets the number of buckets, at least 1 (about the chart's width in pixels)
     * @return {x, y} arrays; the input itself (with x filled in) when it is short enough
     */
    public static double[][] minMax(double[] y, double first, int buckets) {
        return minMax(y, 0, y.length, first, buckets);
    }

    /**
     * Decimates the slice {@code y[from..to)}; point i is drawn at x = first + i.
     *
     * @return {x, y} arrays of at most 2 × buckets points
     */
    public static double[][] minMax(double[] y, int from, int to, double first, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1, not " + buckets);
        }
        if (from < 0 || to > y.length || from > to) {
            throw new IllegalArgumentException("bad slice [" + from + ", " + to + ") of " + y.length + " values");
        }
        int n = to - from;
        if (n <= 2 * buckets) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = first + from + i;
            }
            return new double[][] {x, java.util.Arrays.copyOfRange(y, from, to)};
        }
        double[] xs = new double[2 * buckets];
        double[] ys = new double[2 * buckets];
        int k = 0;
        for (int b = 0; b < buckets; b++) {
            int lo = from + (int) ((long) b * n / buckets);
            int hi = from + (int) ((long) (b + 1) * n / buckets);
            int iMin = lo;
            int iMax = lo;
            for (int i = lo + 1; i < hi; i++) {
                double v = y[i];
                if (v < y[iMin]) {
                    iMin = i;
                } else if (v > y[iMax]) {
                    iMax = i;
                }
            }
            int a = Math.min(iMin, iMax);
            int c = Math.max(iMin, iMax);
            xs[k] = first + a;
            ys[k++] = y[a];
            if (c != a) {
                xs[k] = first + c;
                ys[k++] = y[c];
            }
        }
        if (k < xs.length) {
            xs = java.util.Arrays.copyOf(xs, k);
            ys = java.util.Arrays.copyOf(ys, k);
        }
        return new double[][] {xs, ys};
    }

    /**
     * The pixel x of the value at index i, as {@link org.jfree.chart.axis.NumberAxis#valueToJava2D} computes it for a
     * horizontal, non-inverted axis: {@code x0 + ((first + i − lower) / (upper − lower)) · (x1 − x0)}.
     */
    static double pixel(int i, double first, double lower, double upper, double x0, double x1) {
        return x0 + ((first + i - lower) / (upper - lower)) * (x1 - x0);
    }

    /**
     * Draw-time decimation of the values in view, one pixel column at a time: for each column of the data area the
     * smallest and the largest of the values whose x falls in it (column {@code floor(pixel(i))}, see
     * {@link #pixel}), in their order of time, so the line drawn through these points covers in every column exactly
     * the values' true range there, and a view with fewer values than columns keeps every value. The neighbours just
     * outside the view are kept too, so that the line runs on to the plot's edges.
     *
     * @param y the values, y[i] drawn at x = first + i (finite)
     * @param first the x of y[0]
     * @param lower the x at the left edge of the data area (the axis' lower bound)
     * @param upper the x at the right edge (the axis' upper bound, &gt; lower)
     * @param x0 the data area's left edge in pixels
     * @param x1 its right edge in pixels (&gt; x0)
     * @return the indices of the points to draw, in increasing order (empty when no value is in view or beside it)
     */
    public static int[] envelope(double[] y, double first, double lower, double upper, double x0, double x1) {
        int n = y.length;
        if (n == 0 || !(upper > lower) || !(x1 > x0)) {
            return new int[0];
        }
        // the values in view: first + i within [lower, upper]
        int lo = (int) Math.max(0, Math.min(n, Math.ceil(lower - first)));
        while (lo > 0 && first + lo - 1 >= lower) {
            lo--;
        }
        while (lo < n && first + lo < lower) {
            lo++;
        }
        int hi = (int) Math.max(-1, Math.min(n - 1, Math.floor(upper - first)));
        while (hi < n - 1 && first + hi + 1 <= upper) {
            hi++;
        }
        while (hi >= 0 && first + hi > upper) {
            hi--;
        }
        int[] out = new int[Math.max(0, Math.min(2 * (int) Math.ceil(x1 - x0 + 2), 2 * (hi - lo + 1))) + 2];
        int k = 0;
        if (lo > 0 && lo - 1 < n) {
            out[k++] = lo - 1; // the line comes in from the left edge
        }
        int i = lo;
        double perPixel = (upper - lower) / (x1 - x0);
        while (i <= hi) {
            double column = Math.floor(pixel(i, first, lower, upper, x0, x1));
            // the first index of the next column: estimated, then put right against pixel() itself
            int end = (int) Math.min(hi + 1L, Math.max(i + 1L,
                    (long) Math.ceil(lower - first + (column + 1 - x0) * perPixel)));
            while (end > i + 1 && pixel(end - 1, first, lower, upper, x0, x1) >= column + 1) {
                end--;
            }
            while (end <= hi && pixel(end, first, lower, upper, x0, x1) < column + 1) {
                end++;
            }
            int iMin = i;
            int iMax = i;
            double min = y[i];
            double max = min;
            for (int j = i + 1; j < end; j++) {
                double v = y[j];
                if (v < min) {
                    min = v;
                    iMin = j;
                } else if (v > max) {
                    max = v;
                    iMax = j;
                }
            }
            if (k + 3 > out.length) {
                out = java.util.Arrays.copyOf(out, 2 * out.length + 3);
            }
            int a = Math.min(iMin, iMax);
            int b = Math.max(iMin, iMax);
            out[k++] = a;
            if (b != a) {
                out[k++] = b;
            }
            i = end;
        }
        if (hi >= lo - 1 && hi + 1 < n) {
            if (k + 1 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length + 1);
            }
            out[k++] = hi + 1; // and goes on to the right edge
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }
}
