package org.arlab.core.kl;

/** KL between two univariate normals (MATH.md, problem 2C). */
public final class GaussianKl {
    private GaussianKl() {
    }

    /**
     * {@code KL(N(a, s²) ‖ N(b, r²)) = log(r/s) + (s² + (a − b)²)/(2r²) − 1/2}.
     *
     * @param a mean of the first
     * @param s standard deviation of the first (&gt; 0)
     * @param b mean of the second
     * @param r standard deviation of the second (&gt; 0)
     * @return the divergence, ≥ 0
     */
    public static double of(double a, double s, double b, double r) {
        double d = a - b;
        return Math.log(r / s) + (s * s + d * d) / (2 * r * r) - 0.5;
    }
}
