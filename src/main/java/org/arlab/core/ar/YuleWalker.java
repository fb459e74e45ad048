package org.arlab.core.ar;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Yule–Walker estimation (MATH.md, problem 1): the sample autocovariances with 1/n after demeaning, the Toeplitz
 * system Γ̂_p φ = γ̂ solved by Levinson–Durbin, σ̂² = γ̂(0) − φᵀγ̂, ĉ = ȳ(1 − Σφ̂). The log-likelihood reported is the
 * conditional one at (ĉ, φ̂, σ̂²); standard errors are the asymptotic √diag(σ̂²Γ̂_p⁻¹/n). R's {@code ar.yw} gives the
 * same φ and reports σ̂² · n/(n − p − 1).
 */
public final class YuleWalker {
    private YuleWalker() {
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
        if (p < 0 || n < p + 2) {
            throw new IllegalArgumentException("Yule–Walker for an AR(" + p + ") needs at least " + (p + 2)
                    + " values; the series has " + n + ".");
        }
        double[] gamma = withIntercept ? SampleAcf.of(y, p).autocovariance() : Estimates.rawAutocovariance(y, p);
        LevinsonDurbin ld = LevinsonDurbin.of(gamma);
        return Estimates.finish(ArFit.Method.YULE_WALKER, y, ld.phi(), ld.variance(),
                withIntercept ? SampleAcf.of(y, 0).mean() : 0, gamma, withIntercept);
    }

    /** What Yule–Walker and Burg share: intercept from the mean, likelihood and asymptotic standard errors. */
    static final class Estimates {
        private Estimates() {
        }

        /** Autocovariances (1/n) about zero, for fits without a mean. */
        static double[] rawAutocovariance(double[] y, int p) {
            double[] g = new double[p + 1];
            for (int k = 0; k <= p; k++) {
                for (int t = 0; t + k < y.length; t++) {
                    g[k] += y[t] * y[t + k];
                }
                g[k] /= y.length;
            }
            return g;
        }

        static ArFit finish(ArFit.Method method, double[] y, double[] phi, double sigma2, double mean,
                double[] gamma, boolean withIntercept) {
            int p = phi.length;
            int n = y.length;
            double sum = 0;
            for (double v : phi) {
                sum += v;
            }
            double c = mean * (1 - sum);
            GramMatrix g = GramMatrix.of(y, p);
            double ll = g.logLikelihood(c, phi, sigma2);
            double[] se = new double[p];
            double varSum = 0;
            if (p > 0) {
                double[][] t = new double[p][p];
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        t[i][j] = gamma[Math.abs(i - j)];
                    }
                }
                RealMatrix inv = new LUDecomposition(new Array2DRowRealMatrix(t, false)).getSolver().getInverse();
                for (int i = 0; i < p; i++) {
                    se[i] = Math.sqrt(sigma2 * inv.getEntry(i, i) / n);
                    for (int j = 0; j < p; j++) {
                        varSum += sigma2 * inv.getEntry(i, j) / n;
                    }
                }
            }
            // c = ȳ(1 − Σφ): Var(ȳ) ≈ σ²/(n(1 − Σφ)²), so Var(c) ≈ σ²/n + ȳ² Var(Σφ)
            double seC = withIntercept ? Math.sqrt(sigma2 / n + mean * mean * varSum) : Double.NaN;
            return new ArFit(method, phi, c, withIntercept, sigma2, ll, g.nobs(), seC, se);
        }
    }
}
