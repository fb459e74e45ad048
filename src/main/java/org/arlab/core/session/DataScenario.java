package org.arlab.core.session;

import java.util.Arrays;

import org.arlab.core.ar.ArModel;

/**
 * The Data lab's parameters: the generator's model, length and seed, and the initial values used when the model is
 * not stationary.
 *
 * @param phi φ_1..φ_p (1 ≤ p ≤ 6)
 * @param sigma σ &gt; 0
 * @param intercept c
 * @param n the series length, 10 to 10⁶
 * @param seed the random seed
 * @param initial y₀, y₋₁, … (most recent first; may be shorter than p)
 */
public record DataScenario(double[] phi, double sigma, double intercept, int n, long seed, double[] initial) {
    /** The lesson's starting point: AR(2) with φ = (0.5, −0.3), σ = 1, n = 500, seed 42. */
    public static final DataScenario DEFAULT = of(new double[] {0.5, -0.3}, 1, 0, 500, 42, new double[0]);

    /** Largest order the Data lab offers. */
    public static final int MAX_ORDER = 6;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException for an order outside 1..6, n outside 10..10⁶ or a bad model parameter
     */
    public static DataScenario of(double[] phi, double sigma, double intercept, int n, long seed, double[] initial) {
        if (phi == null || phi.length < 1 || phi.length > MAX_ORDER) {
            throw new IllegalArgumentException("The Data lab's order must be 1 to " + MAX_ORDER + ".");
        }
        ArModel.of(intercept, phi, sigma);
        if (n < 10 || n > 1_000_000) {
            throw new IllegalArgumentException("The series length must be 10 to 1 000 000, not " + n + ".");
        }
        double[] init = initial == null ? new double[0] : initial.clone();
        for (double v : init) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Initial values must be finite numbers.");
            }
        }
        return new DataScenario(phi.clone(), sigma, intercept, n, seed, init);
    }

    /** @return the model */
    public ArModel model() {
        return ArModel.of(intercept, phi, sigma);
    }

    /** @return y_{1−p}..y_0, oldest first, zero where not given */
    public double[] initialOldestFirst() {
        int p = phi.length;
        double[] out = new double[p];
        for (int i = 0; i < p && i < initial.length; i++) {
            out[p - 1 - i] = initial[i];
        }
        return out;
    }

    @Override
    public double[] phi() {
        return phi.clone();
    }

    @Override
    public double[] initial() {
        return initial.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataScenario d && Arrays.equals(d.phi, phi) && d.sigma == sigma
                && d.intercept == intercept && d.n == n && d.seed == seed && Arrays.equals(d.initial, initial);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(phi) * 31 + Long.hashCode(seed) + n;
    }

    @Override
    public String toString() {
        return "DataScenario" + Arrays.toString(phi) + " σ=" + sigma + " c=" + intercept + " n=" + n + " seed=" + seed;
    }
}
