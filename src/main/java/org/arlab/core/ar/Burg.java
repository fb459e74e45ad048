package org.arlab.core.ar;

/**
 * Burg's method (MATH.md, problem 1): after demeaning, each reflection coefficient minimises the sum of forward and
 * backward prediction errors, {@code k_m = 2 Σ f_t b_{t−1} / Σ (f_t² + b_{t−1}²)}; the coefficients follow by the
 * Levinson recursion and σ̂² = γ̂(0) Π (1 − k_m²), the innovation variance of the recursion. The same recursion as
 * R's {@code ar.burg} (var.method = 1), whose var.pred is this σ̂². It runs on the series centred and scaled as
 * {@link YuleWalker} does; likelihood and standard errors as there.
 */
public final class Burg {
    private Burg() {
    }

    /** Fits with the mean estimated (demeaned). */
    public static ArFit fit(double[] y, int p) {
        return fit(y, p, true);
    }

    /**
     * @param withIntercept false to take the mean as 0 (no demeaning, ĉ = 0)
     * @throws IllegalArgumentException when the series is too short or has no variance
     */
    public static ArFit fit(double[] y, int p, boolean withIntercept) {
        int n = y.length;
        if (p < 0 || n < p + 1) {
            throw new IllegalArgumentException("Burg for an AR(" + p + ") needs at least " + (p + 1)
                    + " values; the series has " + n + ".");
        }
        YuleWalker.Estimates est = YuleWalker.Estimates.of(y, withIntercept);
        double[] x = est.x();
        double[] f = x.clone();
        double[] b = x.clone();
        double v0 = LagProducts.dot(x, 0, x, 0, n) / n;
        if (!(v0 > 0)) {
            throw new IllegalArgumentException("The series has zero variance: there is nothing to fit.");
        }
        double[] phi = new double[p];
        double[] prev = new double[p];
        double var = v0;
        for (int m = 1; m <= p; m++) {
            double num = 0;
            double den = 0;
            for (int t = m; t < n; t++) {
                num += f[t] * b[t - 1];
                den += f[t] * f[t] + b[t - 1] * b[t - 1];
            }
            double k = 2 * num / den;
            phi[m - 1] = k;
            for (int j = 1; j < m; j++) {
                phi[j - 1] = prev[j - 1] - k * prev[m - j - 1];
            }
            System.arraycopy(phi, 0, prev, 0, m);
            for (int t = n - 1; t >= m; t--) {
                double ft = f[t];
                f[t] = ft - k * b[t - 1];
                b[t] = b[t - 1] - k * ft;
            }
            var *= 1 - k * k;
        }
        return est.finish(ArFit.Method.BURG, phi, var, est.autocovariance(p));
    }
}
