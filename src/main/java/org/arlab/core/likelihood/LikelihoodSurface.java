package org.arlab.core.likelihood;

import org.arlab.core.ar.ExactMle;
import org.arlab.core.ar.GramMatrix;

/**
 * A log-likelihood surface on a grid over two coefficients φ_i, φ_j (the others held at the values given), or over
 * (φ₁, σ) for AR(1). The conditional surface profiles out c (when estimated) and σ² through the Gram matrix, O(p²) per
 * point whatever n is: {@code ℓ(φ) = −N/2 · (log(2π SSR(ĉ(φ), φ)/N) + 1)}. The exact one adds the stationary density
 * of the first p values (μ held at its exact MLE) and is −∞ outside the stationarity region.
 *
 * @param xs grid abscissae
 * @param ys grid ordinates
 * @param z ℓ at (xs[a], ys[b]) as z[a][b]
 * @param max the largest value on the grid
 * @param argX the abscissa of the largest value
 * @param argY its ordinate
 */
public record LikelihoodSurface(double[] xs, double[] ys, double[][] z, double max, double argX, double argY) {

    /** @return n evenly spaced values from lo to hi */
    public static double[] grid(double lo, double hi, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * i / (n - 1);
        }
        return v;
    }

    /**
     * The conditional profile surface over (φ_i, φ_j).
     *
     * @param g the Gram matrix
     * @param phi the coefficients, the two mapped ones overwritten at each point
     * @param i the first mapped coefficient (0-based)
     * @param j the second (0-based, ≠ i)
     * @param intercept whether c is profiled out (else c = 0)
     */
    public static LikelihoodSurface conditional(GramMatrix g, double[] phi, int i, int j, boolean intercept,
            double[] xs, double[] ys) {
        double[] f = phi.clone();
        double[][] z = new double[xs.length][ys.length];
        int nobs = g.nobs();
        double k = -0.5 * nobs;
        double log2piOverN = Math.log(2 * Math.PI / nobs);
        for (int a = 0; a < xs.length; a++) {
            f[i] = xs[a];
            for (int b = 0; b < ys.length; b++) {
                f[j] = ys[b];
                double ssr = g.profileSsr(f, intercept);
                z[a][b] = ssr > 0 ? k * (Math.log(ssr) + log2piOverN + 1) : Double.POSITIVE_INFINITY;
            }
        }
        return withMax(xs, ys, z);
    }

    /** The conditional surface over (φ₁, σ) of an AR(1), c profiled out when estimated. */
    public static LikelihoodSurface phiSigma(GramMatrix g, boolean intercept, double[] phis, double[] sigmas) {
        double[][] z = new double[phis.length][sigmas.length];
        double[] f = new double[1];
        for (int a = 0; a < phis.length; a++) {
            f[0] = phis[a];
            double ssr = g.profileSsr(f, intercept);
            for (int b = 0; b < sigmas.length; b++) {
                double s2 = sigmas[b] * sigmas[b];
                z[a][b] = -0.5 * g.nobs() * Math.log(2 * Math.PI * s2) - ssr / (2 * s2);
            }
        }
        return withMax(phis, sigmas, z);
    }

    /**
     * The exact surface over (φ₁, σ) of an AR(1), μ held at its exact MLE:
     * {@code ℓ = −n/2 · log(2πσ²) + ½ log(1 − φ²) − S(φ)/(2σ²)} with
     * {@code S(φ) = (1 − φ²)(y₁ − μ)² + Σ_{t≥2} (y_t − μ − φ(y_{t−1} − μ))²}; −∞ where |φ| ≥ 1. O(1) per point from the
     * Gram matrix.
     *
     * @param g the Gram matrix of y₁..y_n for the order 1
     * @param y1 the first value
     * @param mu the mean (0 when the model has none)
     */
    public static LikelihoodSurface exactPhiSigma(GramMatrix g, double y1, double mu, double[] phis,
            double[] sigmas) {
        double[][] z = new double[phis.length][sigmas.length];
        for (int a = 0; a < phis.length; a++) {
            for (int b = 0; b < sigmas.length; b++) {
                z[a][b] = exactAr1(g, y1, mu, phis[a], sigmas[b]);
            }
        }
        return withMax(phis, sigmas, z);
    }

    /** @return the exact AR(1) log-likelihood at (φ, σ), μ given (see {@link #exactPhiSigma}) */
    public static double exactAr1(GramMatrix g, double y1, double mu, double phi, double sigma) {
        if (!(Math.abs(phi) < 1) || !(sigma > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        int n = g.nobs() + 1;
        double s2 = sigma * sigma;
        return -0.5 * n * Math.log(2 * Math.PI * s2) + 0.5 * Math.log1p(-phi * phi)
                - exactAr1SumOfSquares(g, y1, mu, phi) / (2 * s2);
    }

    /** @return the exact AR(1) profile log-likelihood ℓ(φ), σ² = S(φ)/n concentrated out, μ given */
    public static double exactAr1Profile(GramMatrix g, double y1, double mu, double phi) {
        if (!(Math.abs(phi) < 1)) {
            return Double.NEGATIVE_INFINITY;
        }
        int n = g.nobs() + 1;
        double ss = exactAr1SumOfSquares(g, y1, mu, phi);
        return ss > 0 ? -0.5 * n * (Math.log(2 * Math.PI * ss / n) + 1) + 0.5 * Math.log1p(-phi * phi)
                : Double.NEGATIVE_INFINITY;
    }

    private static double exactAr1SumOfSquares(GramMatrix g, double y1, double mu, double phi) {
        double d = y1 - mu;
        return (1 - phi * phi) * d * d + g.ssrAroundMean(mu, new double[] {phi});
    }

    /**
     * The exact profile surface over (φ_i, φ_j), μ held at {@code mu}, σ² concentrated out; −∞ where the model is
     * not stationary.
     *
     * @param y the series the Gram matrix was built from
     */
    public static LikelihoodSurface exact(double[] y, GramMatrix g, double[] phi, int i, int j, double mu, double[] xs,
            double[] ys) {
        double[] f = phi.clone();
        double[][] z = new double[xs.length][ys.length];
        for (int a = 0; a < xs.length; a++) {
            f[i] = xs[a];
            for (int b = 0; b < ys.length; b++) {
                f[j] = ys[b];
                z[a][b] = ExactMle.profileLogLikelihood(y, g, f, mu);
            }
        }
        return withMax(xs, ys, z);
    }

    private static LikelihoodSurface withMax(double[] xs, double[] ys, double[][] z) {
        double max = Double.NEGATIVE_INFINITY;
        int ba = 0;
        int bb = 0;
        for (int a = 0; a < xs.length; a++) {
            for (int b = 0; b < ys.length; b++) {
                if (z[a][b] > max && z[a][b] < Double.POSITIVE_INFINITY) {
                    max = z[a][b];
                    ba = a;
                    bb = b;
                }
            }
        }
        return new LikelihoodSurface(xs, ys, z, max, xs[ba], ys[bb]);
    }
}
