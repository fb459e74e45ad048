package org.arlab.app.lab.likelihood;

import org.arlab.core.ar.GramMatrix;
import org.arlab.core.likelihood.LikelihoodSurface;

/**
 * One drawn surface with what is marked on it.
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
 */
public record SurfaceResult(LikelihoodSurface surface, GramMatrix gram, double[] base, int i, int j, double[] mle,
        double[] truth, double[][] cov, double maxLogLik, int nUsed, boolean exact, boolean intercept) {
}
