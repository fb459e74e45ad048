package org.arlab.core.likelihood;

import org.arlab.core.ar.GramMatrix;

/**
 * Gradient ascent on the conditional profile log-likelihood over two coefficients (MATH.md, problem 2A):
 * {@code θ ← θ + η ∇ℓ/N}, with the correct gradient {@code ∇_φ ℓ = (1/σ²) Σ_t (y_t − f(x_{<t})) ∇_φ f}, here
 * {@code (g − Hβ)_φ/σ²} at β = (ĉ(φ), φ) and σ² = SSR/N (the envelope theorem makes this the gradient of the profile).
 * The step is taken on ℓ/N, the average per observation, and measured against the curvature λ of ℓ/N at its top
 * (the largest eigenvalue of −∇²ℓ/N over the two coefficients): θ ← θ + (η/λ) ∇ℓ/N. One learning rate then suits
 * every series: below 1 the path never overshoots along the steepest direction, between 1 and 2 it overshoots and
 * still converges, above 2 it diverges — on white noise as on the AR(2) pseudo-cycles, whose λ is 16.
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
     * The curvature of ℓ/N at φ over (φ_i, φ_j): the largest eigenvalue of −∇²(ℓ/N), by central differences of the
     * profile ℓ (exact for its quadratic part, which dominates near the top).
     *
     * @return λ &gt; 0, or 1 when ℓ is not concave there (a step then is η ∇ℓ/N)
     */
    public static double curvature(GramMatrix g, double[] phi, int i, int j, boolean intercept) {
        double h = 1e-3;
        int n = g.nobs();
        double[] f = phi.clone();
        double x = phi[i];
        double y = phi[j];
        java.util.function.DoubleBinaryOperator l = (a, b) -> {
            f[i] = a;
            f[j] = b;
            return logLikelihood(g, f, intercept) / n;
        };
        double c = l.applyAsDouble(x, y);
        double hxx = (l.applyAsDouble(x + h, y) - 2 * c + l.applyAsDouble(x - h, y)) / (h * h);
        double hyy = (l.applyAsDouble(x, y + h) - 2 * c + l.applyAsDouble(x, y - h)) / (h * h);
        double hxy = (l.applyAsDouble(x + h, y + h) - l.applyAsDouble(x + h, y - h) - l.applyAsDouble(x - h, y + h)
                + l.applyAsDouble(x - h, y - h)) / (4 * h * h);
        double mean = -(hxx + hyy) / 2;
        double lambda = mean + Math.sqrt((hxx - hyy) * (hxx - hyy) / 4 + hxy * hxy);
        return Double.isFinite(lambda) && lambda > 0 ? lambda : 1;
    }

    /**
     * Takes one step from (φ_i, φ_j) = (x, y), the other coefficients as in {@code phi}.
     *
     * @param eta the step on ℓ/N (the lab passes η/λ, see {@link #curvature})
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
