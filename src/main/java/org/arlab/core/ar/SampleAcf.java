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
        double[] g = new double[k + 1];
        for (int lag = 0; lag <= k; lag++) {
            double s = 0;
            for (int t = 0; t + lag < n; t++) {
                s += x[t] * x[t + lag];
            }
            g[lag] = s / n;
        }
        return new SampleAcf(mean, s1 * s2, g, n);
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
