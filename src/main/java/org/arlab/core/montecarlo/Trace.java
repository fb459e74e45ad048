package org.arlab.core.montecarlo;

import java.util.Arrays;

/**
 * A running estimate recorded at sample counts spaced evenly on a log scale ({@value #PER_DECADE} per decade, and
 * every count up to 20), so that a chart over M from 1 to 10⁶ needs a few hundred points.
 */
public final class Trace {
    /** Checkpoints per decade of M. */
    public static final int PER_DECADE = 40;

    private long[] counts = new long[64];
    private double[] means = new double[64];
    private double[] stdErrors = new double[64];
    private double[] extra = new double[64];
    private int size;
    private long next = 1;

    /** @return true when M is a checkpoint and {@link #record} should be called */
    public boolean due(long m) {
        return m >= next;
    }

    /**
     * Records the estimate at M.
     *
     * @param e the estimate
     * @param other a second value to keep beside it (e.g. the unbiased variance), or NaN
     */
    public void record(Estimate e, double other) {
        if (size == counts.length) {
            counts = Arrays.copyOf(counts, size * 2);
            means = Arrays.copyOf(means, size * 2);
            stdErrors = Arrays.copyOf(stdErrors, size * 2);
            extra = Arrays.copyOf(extra, size * 2);
        }
        counts[size] = e.count();
        means[size] = e.mean();
        stdErrors[size] = e.stdError();
        extra[size] = other;
        size++;
        long m = e.count();
        if (m < 20) {
            next = m + 1;
        } else {
            int j = (int) Math.floor(Math.log10(m) * PER_DECADE + 1e-9) + 1;
            next = Math.max(m + 1, (long) Math.ceil(Math.pow(10, j / (double) PER_DECADE)));
        }
    }

    /** @return the number of points */
    public int size() {
        return size;
    }

    /** @return the sample counts M of the points */
    public long[] counts() {
        return Arrays.copyOf(counts, size);
    }

    /** @return the estimates at the points */
    public double[] means() {
        return Arrays.copyOf(means, size);
    }

    /** @return the standard errors at the points */
    public double[] stdErrors() {
        return Arrays.copyOf(stdErrors, size);
    }

    /** @return the second values at the points */
    public double[] extras() {
        return Arrays.copyOf(extra, size);
    }

    /** @return an independent copy */
    public Trace copy() {
        Trace t = new Trace();
        t.counts = counts.clone();
        t.means = means.clone();
        t.stdErrors = stdErrors.clone();
        t.extra = extra.clone();
        t.size = size;
        t.next = next;
        return t;
    }
}
