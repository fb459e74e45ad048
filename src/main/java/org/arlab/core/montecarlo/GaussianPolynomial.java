package org.arlab.core.montecarlo;

import java.util.Arrays;

/**
 * A polynomial {@code f(x) = Σ_k a_k x^k} of a normal variable {@code x ~ N(μ, s²)}: its exact mean and variance
 * from the Gaussian moments (MATH.md, problem 4), {@code E x^k = μ E x^{k−1} + (k − 1) s² E x^{k−2}}.
 */
public final class GaussianPolynomial {
    /** Highest degree accepted. */
    public static final int MAX_DEGREE = 8;

    private final double[] coefficients;
    private final double mu;
    private final double variance;

    /**
     * @param coefficients a_0, a_1, … (of 1, x, x², …)
     * @param mu the mean μ
     * @param variance the variance s² ≥ 0
     * @throws IllegalArgumentException for no coefficients, too high a degree, a negative variance, a value that is
     *     not finite, or an exact mean or variance of f(x) beyond double precision
     */
    public GaussianPolynomial(double[] coefficients, double mu, double variance) {
        if (coefficients == null || coefficients.length == 0) {
            throw new IllegalArgumentException("The polynomial needs at least one coefficient.");
        }
        if (coefficients.length > MAX_DEGREE + 1) {
            throw new IllegalArgumentException("The polynomial's degree is at most " + MAX_DEGREE + ", not "
                    + (coefficients.length - 1) + ".");
        }
        for (double a : coefficients) {
            if (!Double.isFinite(a)) {
                throw new IllegalArgumentException("Every coefficient must be a finite number.");
            }
        }
        if (!(variance >= 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("The variance must be zero or positive, not " + variance + ".");
        }
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("The mean μ must be a finite number.");
        }
        this.coefficients = coefficients.clone();
        this.mu = mu;
        this.variance = variance;
        if (!Double.isFinite(mean()) || !Double.isFinite(variance())) {
            throw new IllegalArgumentException((Double.isFinite(mean()) ? "Var f(x)" : "E f(x)")
                    + " overflows double precision (it exceeds 1.8·10³⁰⁸) for these coefficients, μ and s²: "
                    + "use smaller numbers.");
        }
    }

    /** @return f(x) by Horner's rule */
    public double apply(double x) {
        double v = 0;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            v = v * x + coefficients[k];
        }
        return v;
    }

    /** @return E x^k for k = 0..K */
    public double[] moments(int maxPower) {
        return moments(mu, variance, maxPower);
    }

    /** @return E x^k for k = 0..K, x ~ N(mu, variance) */
    private static double[] moments(double mu, double variance, int maxPower) {
        double[] m = new double[maxPower + 1];
        m[0] = 1;
        if (maxPower >= 1) {
            m[1] = mu;
        }
        for (int k = 2; k <= maxPower; k++) {
            m[k] = mu * m[k - 1] + (k - 1) * variance * m[k - 2];
        }
        return m;
    }

    /** @return the exact E f(x) */
    public double mean() {
        double[] m = moments(coefficients.length - 1);
        double s = 0;
        for (int k = 0; k < coefficients.length; k++) {
            s += coefficients[k] * m[k];
        }
        return s;
    }

    /** @return the exact Var f(x) = E f² − (E f)² (computed from the central moments, so it is never negative) */
    public double variance() {
        // Expand f around μ: f(μ + z) = Σ b_k z^k with z ~ N(0, s²); Var = Σ_{i,j ≥ 1} b_i b_j E z^{i+j} − (Σ b_k E z^k − b_0)².
        int d = coefficients.length - 1;
        double[] b = new double[d + 1];
        for (int k = 0; k <= d; k++) {
            double binom = 1;
            double pow = 1;
            for (int j = 0; j <= k; j++) {
                // coefficient of z^(k−j) μ^j in (μ + z)^k is C(k, j)
                b[k - j] += coefficients[k] * binom * pow;
                binom = binom * (k - j) / (j + 1);
                pow *= mu;
            }
        }
        double[] mz = moments(0, variance, 2 * d);
        double second = 0;
        double first = 0;
        for (int i = 1; i <= d; i++) {
            first += b[i] * mz[i];
            for (int j = 1; j <= d; j++) {
                second += b[i] * b[j] * mz[i + j];
            }
        }
        return Math.max(0, second - first * first);
    }

    /** @return the coefficients a_0, a_1, … */
    public double[] coefficients() {
        return Arrays.copyOf(coefficients, coefficients.length);
    }

    /** @return μ */
    public double mu() {
        return mu;
    }

    /** @return s² */
    public double varianceOfX() {
        return variance;
    }
}
