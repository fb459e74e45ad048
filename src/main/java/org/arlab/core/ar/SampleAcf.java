package org.arlab.core.ar;

/**
 * Sample autocovariances, autocorrelations and partial autocorrelations (MATH.md, "Yule–Walker" and "Diagnostics"):
 * {@code γ̂(k) = (1/n) Σ (y_t − ȳ)(y_{t+k} − ȳ)}, {@code r(k) = γ̂(k)/γ̂(0)}, the PACF by Levinson–Durbin on γ̂, and
 * the white-noise band ±1.96/√n.
 * <p>
 * Numerical care (MATH.md): the sums run over the series multiplied by a power of two, {@code scale}, that brings its
 * largest deviation from the mean near 1, so a series at 10²⁰⁰ or 10⁻²⁰⁰, or with one value of 10³⁰⁰, neither
 * overflows nor underflows (their squares, 10⁴⁰⁰ and 10⁻⁴⁰⁰, are beyond double precision). Scaling by a power of two
 * is exact, so for every other series the numbers are the same to the last bit as without it. The correlations,
 * the PACF and the standard deviation come from the scaled sums; {@link #autocovariance()} itself is γ̂ in the
 * series' units, and is infinite (or 0) only where γ̂ truly lies beyond double precision.
 *
 * @param mean ȳ
 * @param scale the power of two the deviations were multiplied by
 * @param scaledAutocovariance γ̂(0..K) of {@code scale · y}: {@code scale² γ̂(k)}
 * @param n the series length
 */
public record SampleAcf(double mean, double scale, double[] scaledAutocovariance, int n) {

    /**
     * @param y the series (at least 2 values, all finite)
     * @param maxLag K, at most n − 1
     */
    public static SampleAcf of(double[] y, int maxLag) {
        int n = y.length;
        if (n < 2) {
            throw new IllegalArgumentException("Autocorrelations need at least 2 values.");
        }
        int k = Math.max(0, Math.min(maxLag, n - 1));
        // the smallest and largest value in one pass (comparisons: Math.max is slow, and waits on itself)
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        double fs1 = powerOfTwoBelow(Math.max(Math.abs(lo), Math.abs(hi)));
        double fsum = 0;
        for (double v : y) {
            fsum += v * fs1;
        }
        if (Double.isFinite(fsum) && lo <= hi) {
            // the largest deviation from the extremes, as rounding is monotone: the same number as the loop below
            // finds, so the deviations are made and scaled in one pass, each by the same two operations
            double m = fsum / n;
            double big = Math.max(Math.abs(hi * fs1 - m), Math.abs(lo * fs1 - m));
            double s2 = powerOfTwoBelow(big);
            double[] x = new double[n];
            if (s2 != 1) {
                for (int i = 0; i < n; i++) {
                    x[i] = (y[i] * fs1 - m) * s2;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    x[i] = y[i] * fs1 - m;
                }
            }
            double[] g = lagSums(x, k);
            for (int lag = 0; lag <= k; lag++) {
                g[lag] /= n;
            }
            return new SampleAcf(m / fs1, fs1 * s2, g, n);
        }
        // the mean from the values scaled to at most 2 in size, so that their sum cannot overflow
        double s1 = powerOfTwoBelow(maxAbs(y));
        double sum = 0;
        for (double v : y) {
            sum += v * s1;
        }
        double scaledMean = sum / n;
        double mean = scaledMean / s1;
        double[] x = new double[n];
        double big = 0;
        for (int i = 0; i < n; i++) {
            x[i] = y[i] * s1 - scaledMean;
            big = Math.max(big, Math.abs(x[i]));
        }
        // then the deviations themselves brought near 1
        double s2 = powerOfTwoBelow(big);
        if (s2 != 1) {
            for (int i = 0; i < n; i++) {
                x[i] *= s2;
            }
        }
        double[] g = lagSums(x, k);
        for (int lag = 0; lag <= k; lag++) {
            g[lag] /= n;
        }
        return new SampleAcf(mean, s1 * s2, g, n);
    }

    /** Values per block of {@link #lagSums}: the block and its K following values stay in the first-level cache. */
    static final int BLOCK = 2048;

    /**
     * {@code Σ_{t+k<n} x_t x_{t+k}} for k = 0..K, block by block: for each block of the series every lag is
     * accumulated before the next block is read, so the series is read from memory once instead of once per lag
     * (at n = 10⁶ and 40 lags, 41 passes over 8 MB). Each lag keeps one running sum that takes its terms in the
     * order of t, as the textbook loop does, so the sums are the same to the last bit; four lags run side by side
     * so that their additions do not wait on one another.
     */
    static double[] lagSums(double[] x, int k) {
        int n = x.length;
        double[] g = new double[k + 1];
        // long series: the lags in two halves, one per core; each lag's sum is the same whoever computes it
        int split = ((k + 1) / 2) & ~3;
        if ((long) n * (k + 1) >= PARALLEL_FROM && split > 0) {
            java.util.concurrent.ForkJoinTask<?> upper = java.util.concurrent.ForkJoinTask.adapt(
                    () -> lagSums(x, split, k, g)).fork();
            lagSums(x, 0, split - 1, g);
            upper.join();
        } else {
            lagSums(x, 0, k, g);
        }
        return g;
    }

    /** Terms n·(K + 1) from which the lags are summed on two cores. */
    static final long PARALLEL_FROM = 1L << 21;

    /** The sums for lags first..last into g[first..last], block by block. */
    private static void lagSums(double[] x, int first, int last, double[] g) {
        int n = x.length;
        int k = last;
        for (int b0 = 0; b0 < n; b0 += BLOCK) {
            int b1 = Math.min(n, b0 + BLOCK);
            int lag = first;
            for (; lag + 7 <= k; lag += 8) {
                double s0 = g[lag];
                double s1 = g[lag + 1];
                double s2 = g[lag + 2];
                double s3 = g[lag + 3];
                double s4 = g[lag + 4];
                double s5 = g[lag + 5];
                double s6 = g[lag + 6];
                double s7 = g[lag + 7];
                // every t with t + lag + 7 < n takes a term for all eight lags
                int full = Math.min(b1, n - lag - 7);
                int t = b0;
                for (; t < full; t++) {
                    double a = x[t];
                    int q = t + lag;
                    s0 += a * x[q];
                    s1 += a * x[q + 1];
                    s2 += a * x[q + 2];
                    s3 += a * x[q + 3];
                    s4 += a * x[q + 4];
                    s5 += a * x[q + 5];
                    s6 += a * x[q + 6];
                    s7 += a * x[q + 7];
                }
                for (; t < b1; t++) {
                    double a = x[t];
                    int q = t + lag;
                    if (q < n) {
                        s0 += a * x[q];
                    }
                    if (q + 1 < n) {
                        s1 += a * x[q + 1];
                    }
                    if (q + 2 < n) {
                        s2 += a * x[q + 2];
                    }
                    if (q + 3 < n) {
                        s3 += a * x[q + 3];
                    }
                    if (q + 4 < n) {
                        s4 += a * x[q + 4];
                    }
                    if (q + 5 < n) {
                        s5 += a * x[q + 5];
                    }
                    if (q + 6 < n) {
                        s6 += a * x[q + 6];
                    }
                }
                g[lag] = s0;
                g[lag + 1] = s1;
                g[lag + 2] = s2;
                g[lag + 3] = s3;
                g[lag + 4] = s4;
                g[lag + 5] = s5;
                g[lag + 6] = s6;
                g[lag + 7] = s7;
            }
            for (; lag + 3 <= k; lag += 4) {
                double s0 = g[lag];
                double s1 = g[lag + 1];
                double s2 = g[lag + 2];
                double s3 = g[lag + 3];
                // every t with t + lag + 3 < n takes a term for all four lags
                int full = Math.min(b1, n - lag - 3);
                int t = b0;
                for (; t < full; t++) {
                    double a = x[t];
                    int q = t + lag;
                    s0 += a * x[q];
                    s1 += a * x[q + 1];
                    s2 += a * x[q + 2];
                    s3 += a * x[q + 3];
                }
                // the last values of the series, where the longer lags run out
                for (; t < b1; t++) {
                    double a = x[t];
                    int q = t + lag;
                    if (q < n) {
                        s0 += a * x[q];
                    }
                    if (q + 1 < n) {
                        s1 += a * x[q + 1];
                    }
                    if (q + 2 < n) {
                        s2 += a * x[q + 2];
                    }
                }
                g[lag] = s0;
                g[lag + 1] = s1;
                g[lag + 2] = s2;
                g[lag + 3] = s3;
            }
            for (; lag <= k; lag++) {
                double s = g[lag];
                int end = Math.min(b1, n - lag);
                for (int t = b0; t < end; t++) {
                    s += x[t] * x[t + lag];
                }
                g[lag] = s;
            }
        }
    }

    private static double maxAbs(double[] y) {
        double m = 0;
        for (double v : y) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** @return 2^−e with 2^e ≤ a &lt; 2^{e+1}, or 1 for 0 or a non-finite a; and 1 for a in [1, 2), so nothing moves */
    private static double powerOfTwoBelow(double a) {
        if (!(a > 0) || !Double.isFinite(a)) {
            return 1;
        }
        return Math.scalb(1.0, -Math.getExponent(a));
    }

    /** @return γ̂(0..K) in the series' units (each entry beyond double precision shows as ∞, or 0 below it) */
    public double[] autocovariance() {
        double[] g = new double[scaledAutocovariance.length];
        for (int k = 0; k < g.length; k++) {
            // two steps, so that γ̂ is finite whenever it is representable
            g[k] = scaledAutocovariance[k] / scale / scale;
        }
        return g;
    }

    /** @return the sample standard deviation √γ̂(0) (1/n form), finite for any series of finite values */
    public double standardDeviation() {
        return Math.sqrt(scaledAutocovariance[0]) / scale;
    }

    /** @return r(1..K) */
    public double[] acf() {
        double[] r = new double[scaledAutocovariance.length - 1];
        for (int k = 1; k < scaledAutocovariance.length; k++) {
            r[k - 1] = scaledAutocovariance[k] / scaledAutocovariance[0];
        }
        return r;
    }

    /** @return the partial autocorrelations φ_kk, k = 1..K (Levinson–Durbin on γ̂) */
    public double[] pacf() {
        double[] gamma = scaledAutocovariance;
        if (!(gamma[0] > 0)) {
            return new double[gamma.length - 1];
        }
        int k = gamma.length - 1;
        try {
            return LevinsonDurbin.of(gamma).pacf();
        } catch (IllegalArgumentException e) {
            // an exactly predictable series: report the PACF up to where it is defined, zeros after
            double[] out = new double[k];
            for (int m = k - 1; m >= 1; m--) {
                try {
                    double[] part = LevinsonDurbin.of(java.util.Arrays.copyOf(gamma, m + 1)).pacf();
                    System.arraycopy(part, 0, out, 0, m);
                    return out;
                } catch (IllegalArgumentException ignored) {
                    // try a shorter order
                }
            }
            return out;
        }
    }

    /** @return the half-width 1.96/√n of the band inside which white noise stays 95% of the time */
    public double band() {
        return 1.96 / Math.sqrt(n);
    }
}
