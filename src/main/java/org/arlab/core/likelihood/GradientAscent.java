package org.arlab.core.likelihood;

import org.arlab.core.ar.GramMatrix;

/**
 * Gradient ascent on the conditional profile log-likelihood over two coefficients (MATH.md, problem 2A):
 * {@code θ ← θ + η ∇ℓ/N}, with the correct gradient {@code ∇_φ ℓ = (1/σ²) Σ_t (y_t − f(x_{<t})) ∇_φ f}, here
 * {@code (g − Hβ)_φ/σ²} at β = (ĉ(φ), φ) and σ² = SSR/N (the envelope theorem makes this the gradient of the profile).
 * The step is taken on ℓ/N, the average per observation, so that one learning rate suits every series length.
 */
public final class GradientAscent {
    private GradientAscent() {
    }

    /** One point of a path. */
    public record Point(double x, double y, double logLikelihood) {
    }

    /** @return the profile log-likelihood at φ */
    public static double logLikelihood(GramMatrix g, double[] phi, boolean intercept) {
        double ssr = g.profileSsr(phi, intercept);
        int n = g.nobs();
        return -0.5 * n * (Math.log(2 * Math.PI * ssr / n) + 1);
    }

    /**
     * Takes one step from (φ_i, φ_j) = (x, y), the other coefficients as in {@code phi}.
     *
     * @param eta the learning rate on ℓ/N
     * @return the new point with its log-likelihood
     */
    public static Point step(GramMatrix g, double[] phi, int i, int j, boolean intercept, double x, double y,
            double eta) {
        double[] f = phi.clone();
        f[i] = x;
        f[j] = y;
        double c = intercept ? g.bestIntercept(f) : 0;
        int n = g.nobs();
        double sigma2 = Math.max(g.profileSsr(f, intercept) / n, Double.MIN_NORMAL);
        double[] grad = g.gradient(c, f, sigma2); // {∂c, ∂φ_1..∂φ_p, ∂σ²}
        double nx = x + eta * grad[1 + i] / n;
        double ny = y + eta * grad[1 + j] / n;
        f[i] = nx;
        f[j] = ny;
        return new Point(nx, ny, logLikelihood(g, f, intercept));
    }
}
