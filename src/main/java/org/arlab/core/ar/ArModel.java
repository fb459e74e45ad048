package org.arlab.core.ar;

import java.util.Arrays;

/**
 * An AR(p) model {@code y_t = c + φ_1 y_{t-1} + … + φ_p y_{t-p} + ε_t}, {@code ε_t ~ N(0, σ²)}
 * (MATH.md, notation). Immutable; arrays are copied in and out.
 */
public final class ArModel {
    private final double intercept;
    private final double[] phi;
    private final double sigma;

    private ArModel(double intercept, double[] phi, double sigma) {
        this.intercept = intercept;
        this.phi = phi;
        this.sigma = sigma;
    }

    /**
     * Creates a model.
     *
     * @param intercept the constant c
     * @param phi the coefficients φ_1..φ_p (p may be 0: white noise around c)
     * @param sigma the innovation standard deviation σ &gt; 0
     * @throws IllegalArgumentException for a non-finite value or σ ≤ 0
     */
    public static ArModel of(double intercept, double[] phi, double sigma) {
        if (phi == null) {
            throw new IllegalArgumentException("The coefficients φ are missing.");
        }
        for (int i = 0; i < phi.length; i++) {
            if (!Double.isFinite(phi[i])) {
                throw new IllegalArgumentException("φ" + (i + 1) + " must be a finite number, not " + phi[i] + ".");
            }
        }
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("The intercept must be a finite number, not " + intercept + ".");
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("σ must be a positive finite number, not " + sigma + ".");
        }
        return new ArModel(intercept, phi.clone(), sigma);
    }

    /** A zero-intercept model, the homework's case. */
    public static ArModel of(double[] phi, double sigma) {
        return of(0.0, phi, sigma);
    }

    /** @return the order p */
    public int order() {
        return phi.length;
    }

    /** @return a copy of φ_1..φ_p */
    public double[] phi() {
        return phi.clone();
    }

    /** @return φ_i for i in 1..p */
    public double phi(int i) {
        return phi[i - 1];
    }

    /** @return the intercept c */
    public double intercept() {
        return intercept;
    }

    /** @return σ */
    public double sigma() {
        return sigma;
    }

    /** @return the stationary mean {@code c / (1 − Σφ)}; NaN when Σφ = 1 */
    public double mean() {
        double s = 0;
        for (double v : phi) {
            s += v;
        }
        return s == 1.0 ? Double.NaN : intercept / (1 - s);
    }

    /**
     * The largest modulus among the eigenvalues of the companion matrix, i.e. the inverse of the smallest
     * root modulus of {@code 1 − φ_1 z − … − φ_p z^p}. The model is stationary iff this is below 1.
     */
    public double spectralRadius() {
        int p = phi.length;
        if (p == 0) {
            return 0;
        }
        if (p == 1) {
            return Math.abs(phi[0]);
        }
        double[][] eigen = Companion.eigenvalues(phi);
        double[] re = eigen[0];
        double[] im = eigen[1];
        double max = 0;
        for (int i = 0; i < p; i++) {
            max = Math.max(max, Math.hypot(re[i], im[i]));
        }
        return max;
    }

    /** @return true when every root of the characteristic polynomial lies outside the unit circle */
    public boolean isStationary() {
        return spectralRadius() < 1.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArModel m && m.intercept == intercept && m.sigma == sigma && Arrays.equals(m.phi, phi);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(intercept) + Arrays.hashCode(phi)) + Double.hashCode(sigma);
    }

    @Override
    public String toString() {
        return "AR(" + phi.length + ") c=" + intercept + " φ=" + Arrays.toString(phi) + " σ=" + sigma;
    }
}
