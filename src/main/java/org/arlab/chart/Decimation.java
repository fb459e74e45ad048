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
}
