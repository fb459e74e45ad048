package org.arlab.core.ar;

/**
 * Yule–Walker estimation (MATH.md, problem 1): the sample autocovariances with 1/n after demeaning, the Toeplitz
 * system Γ̂_p φ = γ̂ solved by Levinson–Durbin, σ̂² = γ̂(0) − φᵀγ̂ (the innovation variance of the fitted recursion),
 * ĉ = ȳ(1 − Σφ̂). All of it on the series centred and scaled ({@link Centring}; without a mean, scaled only), so that
 * neither the level nor the units of the data (10⁹ standard deviations off zero, values of 10²⁰⁰) cost digits. The
 * log-likelihood reported is the conditional one at the method's own (ĉ, φ̂, σ̂²), from the residuals of the centred
 * series; standard errors are the asymptotic √diag(σ̂²Γ̂_p⁻¹/n). R's {@code ar.yw} gives the same φ and reports
 * σ̂² · n/(n − p − 1).
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
        if (p < 0 || n < p + 1) {
            throw new IllegalArgumentException("Yule–Walker for an AR(" + p + ") needs at least " + (p + 1)
                    + " values; the series has " + n + ".");
        }
        Estimates e = Estimates.of(y, withIntercept);
        double[] gamma = e.autocovariance(p);
        LevinsonDurbin ld = LevinsonDurbin.of(gamma);
        return e.finish(ArFit.Method.YULE_WALKER, ld.phi(), ld.variance(), gamma);
    }

    /**
     * What Yule–Walker and Burg share: the centred series {@code x = (y − shift)/s} demeaned once more on its own
     * mean (as R's {@code ar} demeans), the intercept from the mean, the conditional likelihood from the residuals and
     * the asymptotic standard errors.
     *
     * @param y the series
     * @param units the centring
     * @param x the centred series, less its mean x̄ when the mean is estimated
     * @param meanX x̄ (0 without a mean)
     * @param withIntercept whether the mean is estimated
     */
    record Estimates(double[] y, Centring units, double[] x, double meanX, boolean withIntercept) {
        static Estimates of(double[] y, boolean withIntercept) {
            Centring units = Centring.of(y, withIntercept);
            double[] x = units.apply(y);
            double m = 0;
            if (withIntercept) {
                m = Centring.mean(x);
                for (int i = 0; i < x.length; i++) {
                    x[i] -= m;
                }
            }
            return new Estimates(y, units, x, m, withIntercept);
        }

        /** @return the autocovariances (1/n) of x, lags 0..p */
        double[] autocovariance(int p) {
            double[] g = new double[p + 1];
            int n = x.length;
            for (int k = 0; k <= p && k < n; k++) {
                g[k] = LagProducts.dot(x, 0, x, k, n - k) / n;
            }
            return g;
        }

        /**
         * @param phi the coefficients
         * @param variance σ̂² in the centred units
         * @param gamma the autocovariances of x (for the standard errors)
         */
        ArFit finish(ArFit.Method method, double[] phi, double variance, double[] gamma) {
            int p = phi.length;
            int n = x.length;
            double s = units.scale();
            double mean = withIntercept ? units.shift() + s * meanX : 0;
            double c = mean * (1 - GramMatrix.sum(phi));
            int nobs = n - p;
            if (!(variance > 0)) {
                throw new IllegalArgumentException("The series is fitted exactly (zero innovation variance): it is "
                        + "deterministic, and the likelihood is unbounded.");
            }
            // conditional ℓ at (ĉ, φ̂, σ̂²): the residuals of x are those of y over s, since ĉ = ȳ(1 − Σφ̂)
            double ssr = 0;
            for (int t = p; t < n; t++) {
                double e = x[t];
                for (int i = 1; i <= p; i++) {
                    e -= phi[i - 1] * x[t - i];
                }
                ssr += e * e;
            }
            double ll = -0.5 * nobs * (Math.log(2 * Math.PI * variance) + 2 * Math.log(s)) - ssr / (2 * variance);
            double[] se = new double[p];
            double varSum = 0;
            if (p > 0) {
                double[][] t = new double[p][p];
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        t[i][j] = gamma[Math.abs(i - j)];
                    }
                }
                double[][] w = DenseAlgebra.inverseLower(DenseAlgebra.factor(t));
                for (int r = 0; r < p; r++) {
                    double row = 0;
                    for (int j = 0; j < p; j++) {
                        row += w[r][j];
                    }
                    varSum += row * row; // 1ᵀΓ⁻¹1 = ‖L⁻¹1‖²
                }
                for (int i = 0; i < p; i++) {
                    double d = 0;
                    for (int r = 0; r < p; r++) {
                        d += w[r][i] * w[r][i];
                    }
                    se[i] = Math.sqrt(variance * d / n);
                }
                varSum *= variance / n;
            }
            // c = ȳ(1 − Σφ): Var(ȳ) ≈ σ²/(n(1 − Σφ)²), so Var(c) ≈ σ²/n + ȳ² Var(Σφ); in units of s
            double rho = mean / s;
            double seC = withIntercept ? s * Math.sqrt(variance / n + rho * rho * varSum) : Double.NaN;
            return new ArFit(method, phi, c, withIntercept, variance * s * s, ll, nobs, seC, se);
        }
    }
}
