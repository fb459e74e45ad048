package org.arlab.core.session;

import java.util.Arrays;

/**
 * The Monte Carlo lab's parameters: f(x) = Σ a_k x^k, x ~ N(μ, s²), and the budget.
 *
 * @param degree the degree of f, 0..coefficients.length − 1
 * @param coefficients a_0..a_max, one per slider (those above the degree are kept)
 * @param mu μ
 * @param variance s² ≥ 0
 * @param sampling the budget
 */
public record McSettings(int degree, double[] coefficients, double mu, double variance, SamplingBudget sampling) {
    /** The lab's start, MATH.md problem 4: f(x) = x² + x + 1, x ~ N(0, 2); M up to 10⁵, seed 42. */
    public static final McSettings DEFAULT = new McSettings(2, new double[] {1, 1, 1, 0, 0}, 0, 2,
            new SamplingBudget(5, 4, 42));

    /** The Monte Carlo lab's place in a session file: {@code labs.monteCarlo}. */
    public static final LabSlot<McSettings> SLOT = new LabSlot<>("monteCarlo", McSettings.class, DEFAULT);

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException for a degree off the coefficients, a non-finite number or a negative variance
     */
    public McSettings {
        if (coefficients == null || coefficients.length == 0) {
            throw new IllegalArgumentException("f needs at least one coefficient.");
        }
        FitSettings.check("degree", degree, 0, coefficients.length - 1);
        for (double a : coefficients) {
            if (!Double.isFinite(a)) {
                throw new IllegalArgumentException("every coefficient must be a finite number.");
            }
        }
        if (!Double.isFinite(mu) || !(variance >= 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("μ must be finite and s² finite and ≥ 0.");
        }
        if (sampling == null) {
            throw new IllegalArgumentException("the Monte Carlo lab needs its sampling budget.");
        }
        coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof McSettings m && m.degree == degree && Arrays.equals(m.coefficients, coefficients)
                && Double.compare(m.mu, mu) == 0 && Double.compare(m.variance, variance) == 0
                && m.sampling.equals(sampling);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients) * 31 + degree;
    }
}
