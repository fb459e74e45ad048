package org.arlab.core.likelihood;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ExactMle;
import org.arlab.core.ar.GramMatrix;

/**
 * One likelihood map with what is marked on it: what the Likelihood lab draws and what its exported figure shows.
 *
 * @param surface the grid of ℓ
 * @param gram the Gram matrix of the observations used (for hover and gradient ascent)
 * @param base the coefficients the unmapped ones are held at (the MLE)
 * @param i the mapped x coefficient (0-based), or −1 for the AR(1) (φ, σ) map
 * @param j the mapped y coefficient (0-based)
 * @param mle the MLE (x, y)
 * @param truth the true (x, y), or null
 * @param cov the 2×2 covariance of the MLE for the Wald ellipse, or null
 * @param maxLogLik ℓ at the MLE
 * @param nUsed the observations used
 * @param exact whether the surface is the exact likelihood
 * @param intercept whether c is profiled out
 * @param head the observations used (for the exact likelihood at any point), or null for the conditional one
 * @param exactMean the mean μ the exact likelihood is held at (its MLE; 0 without an intercept), NaN when conditional
 */
public record SurfaceResult(LikelihoodSurface surface, GramMatrix gram, double[] base, int i, int j, double[] mle,
        double[] truth, double[][] cov, double maxLogLik, int nUsed, boolean exact, boolean intercept, double[] head,
        double exactMean) {
    /**
     * @return ℓ at (x, y) of the map: (φ₁, σ) for an AR(1), else (φ_i, φ_j) with the other coefficients at
     *     {@link #base()}; exact or conditional as the map is (σ² and c, or μ, profiled as there)
     */
    public double valueAt(double x, double y) {
        if (i < 0) {
            if (exact) {
                return LikelihoodSurface.exactAr1(gram, head[0], exactMean, x, y);
            }
            double[] f = {x};
            double c = intercept ? gram.bestIntercept(f) : 0;
            return gram.logLikelihood(c, f, y * y);
        }
        double[] f = base.clone();
        f[i] = x;
        f[j] = y;
        return exact ? ExactMle.profileLogLikelihood(head, gram, f, exactMean)
                : GradientAscent.logLikelihood(gram, f, intercept);
    }

    /**
     * @return the curvature λ of the conditional ℓ/N at the map's top over its two coefficients, which gradient
     *     ascent measures its step against ({@link GradientAscent#curvature}); NaN for an AR(1) map
     */
    public double curvature() {
        return i < 0 ? Double.NaN : GradientAscent.curvature(gram, base, i, j, intercept);
    }

    /** @return for an AR(1) map, the profile ℓ(φ₁) (σ² and c, or μ, concentrated out) at these φ₁; else null */
    public double[] ar1Profile(double[] phis) {
        if (i >= 0) {
            return null;
        }
        double[] prof = new double[phis.length];
        for (int k = 0; k < phis.length; k++) {
            prof[k] = exact ? LikelihoodSurface.exactAr1Profile(gram, head[0], exactMean, phis[k])
                    : GradientAscent.logLikelihood(gram, new double[] {phis[k]}, intercept);
        }
        return prof;
    }

    /**
     * The map for the first m values: AR(1) over (φ, σ); otherwise over (φ_xi, φ_yi) with the other coefficients
     * at the MLE, conditional or exact, with the MLE, the truth and the Wald covariance.
     *
     * @param g the Gram matrix of the first m values
     * @param y the series (the exact likelihood reads its first m values)
     * @param grid points per axis
     */
    public static SurfaceResult compute(GramMatrix g, double[] y, int m, int p, int xi, int yi, boolean exact,
            boolean intercept, double[] truthPhi, double truthSigma, int grid) {
        return compute(g, y, m, p, xi, yi, exact, intercept, truthPhi, truthSigma, grid, false);
    }

    /** How many standard errors of the MLE a map zoomed to it shows on each side. */
    public static final double ZOOM_SE = 5;

    /**
     * @param zoom whether the map spans only ±{@value #ZOOM_SE} standard errors around the MLE (for a large n the
     *     whole map is dark but for a speck at its top); else the usual fixed grid
     */
    public static SurfaceResult compute(GramMatrix g, double[] y, int m, int p, int xi, int yi, boolean exact,
            boolean intercept, double[] truthPhi, double truthSigma, int grid, boolean zoom) {
        double[][] ls = g.leastSquares(intercept);
        double[] phiHat = java.util.Arrays.copyOfRange(ls[0], 1, p + 1);
        double sigmaHat = Math.sqrt(g.profileSsr(phiHat, intercept) / g.nobs());
        if (p == 1) {
            double[] xs = LikelihoodSurface.grid(-1.3, 1.3, grid);
            double[] ys = LikelihoodSurface.grid(Math.max(1e-3, sigmaHat * 0.3), sigmaHat * 2.5, grid);
            if (zoom) {
                double se = halfWidth(ls[2][1], 2.6);
                double seSigma = sigmaHat / Math.sqrt(2.0 * g.nobs());
                xs = LikelihoodSurface.grid(phiHat[0] - ZOOM_SE * se, phiHat[0] + ZOOM_SE * se, grid);
                ys = LikelihoodSurface.grid(Math.max(sigmaHat * 1e-3, sigmaHat - ZOOM_SE * seSigma),
                        sigmaHat + ZOOM_SE * seSigma, grid);
            }
            double[] truth = truthPhi == null ? null : new double[] {truthPhi[0], truthSigma};
            if (exact) {
                double[] head = java.util.Arrays.copyOf(y, m);
                ArFit mle = ExactMle.fit(head, 1, intercept);
                double mu = intercept ? mle.mean() : 0;
                LikelihoodSurface s = LikelihoodSurface.exactPhiSigma(g, head[0], mu, xs, ys);
                return new SurfaceResult(s, g, mle.phi(), -1, 0, new double[] {mle.phi()[0],
                    Math.sqrt(mle.sigma2())}, truth, null, mle.logLikelihood(), m, true, intercept, head, mu);
            }
            LikelihoodSurface s = LikelihoodSurface.phiSigma(g, intercept, xs, ys);
            double lmax = -0.5 * g.nobs() * (Math.log(2 * Math.PI * sigmaHat * sigmaHat) + 1);
            return new SurfaceResult(s, g, phiHat, -1, 0, new double[] {phiHat[0], sigmaHat}, truth, null, lmax, m,
                    false, intercept, null, Double.NaN);
        }
        double[] xs = LikelihoodSurface.grid(-2.2, 2.2, grid);
        double[] ys = LikelihoodSurface.grid(-1.2, 1.2, grid);
        if (p > 2) {
            xs = LikelihoodSurface.grid(phiHat[xi] - 1.5, phiHat[xi] + 1.5, grid);
            ys = LikelihoodSurface.grid(phiHat[yi] - 1.5, phiHat[yi] + 1.5, grid);
        }
        if (zoom) {
            double sx = halfWidth(ls[2 + xi][1 + xi], 4.4);
            double sy = halfWidth(ls[2 + yi][1 + yi], 2.4);
            xs = LikelihoodSurface.grid(phiHat[xi] - ZOOM_SE * sx, phiHat[xi] + ZOOM_SE * sx, grid);
            ys = LikelihoodSurface.grid(phiHat[yi] - ZOOM_SE * sy, phiHat[yi] + ZOOM_SE * sy, grid);
        }
        double[] truth = truthPhi == null ? null : new double[] {truthPhi.length > xi ? truthPhi[xi] : 0,
            truthPhi.length > yi ? truthPhi[yi] : 0};
        double[][] cov = {{ls[2 + xi][1 + xi], ls[2 + xi][1 + yi]}, {ls[2 + yi][1 + xi], ls[2 + yi][1 + yi]}};
        if (exact) {
            double[] prefixY = java.util.Arrays.copyOf(y, m);
            ArFit mle = ExactMle.fit(prefixY, p, intercept);
            double[] base = mle.phi();
            double mu = intercept ? mle.mean() : 0;
            LikelihoodSurface s = LikelihoodSurface.exact(prefixY, g, base, xi, yi, mu, xs, ys);
            return new SurfaceResult(s, g, base, xi, yi, new double[] {base[xi], base[yi]}, truth, cov,
                    mle.logLikelihood(), m, true, intercept, prefixY, mu);
        }
        LikelihoodSurface s = LikelihoodSurface.conditional(g, phiHat, xi, yi, intercept, xs, ys);
        double lmax = -0.5 * g.nobs() * (Math.log(2 * Math.PI * sigmaHat * sigmaHat) + 1);
        return new SurfaceResult(s, g, phiHat, xi, yi, new double[] {phiHat[xi], phiHat[yi]}, truth, cov, lmax, m,
                false, intercept, null, Double.NaN);
    }

    /**
     * @return the standard error √var, kept between a sliver (so that the grid's steps stay above rounding) and
     *     the width of the unzoomed map over 2·{@value #ZOOM_SE}
     */
    private static double halfWidth(double variance, double fullWidth) {
        double se = Math.sqrt(Math.max(0, variance));
        return Math.max(1e-7, Math.min(fullWidth / (2 * ZOOM_SE), Double.isFinite(se) ? se : fullWidth));
    }
}
