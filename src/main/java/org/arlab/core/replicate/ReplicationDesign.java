package org.arlab.core.replicate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.TheoreticalAcf;

/**
 * One sampling experiment's design (MATH.md, "Beyond the homework"): the true AR(p) model, the series length n, whether
 * the fits estimate an intercept, the methods compared (each fits AR(p) of the true order) and the seed. Replication r
 * simulates its series from its own stream ({@link org.arlab.core.random.SequenceStreams}), so its numbers depend on
 * the seed and r alone.
 *
 * @param truth the true model, order 1 to {@value #MAX_ORDER}, stationary or with a unit root (not explosive)
 * @param n the series length, {@value #MIN_N} to {@value #MAX_N}
 * @param withIntercept whether every fit estimates the intercept
 * @param methods the estimators, in {@link ArFit.Method} order, at least one
 * @param seed the seed
 */
public record ReplicationDesign(ArModel truth, int n, boolean withIntercept, List<ArFit.Method> methods, long seed) {
    /** The largest true order. */
    public static final int MAX_ORDER = 3;
    /** The shortest series. */
    public static final int MIN_N = 20;
    /** The longest series. */
    public static final int MAX_N = 100_000;
    /** The nominal level's quantile: φ̂ᵢ ± 1.96·seᵢ is the 95% interval. */
    public static final double Z95 = 1.959963984540054;

    /**
     * Validates and copies; the methods are put in {@link ArFit.Method} order without repeats.
     *
     * @throws IllegalArgumentException for an order, length or model outside the ranges above, or no method
     */
    public ReplicationDesign {
        if (truth == null) {
            throw new IllegalArgumentException("the experiment needs its true model.");
        }
        if (truth.order() < 1 || truth.order() > MAX_ORDER) {
            throw new IllegalArgumentException("the true order must be 1 to " + MAX_ORDER + ", not " + truth.order()
                    + ".");
        }
        if (n < MIN_N || n > MAX_N) {
            throw new IllegalArgumentException("n must be " + MIN_N + " to 100 000, not " + n + ".");
        }
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("choose at least one estimation method.");
        }
        if (truth.spectralRadius() > 1 + 1e-9) {
            throw new IllegalArgumentException("the true model is explosive (a root inside the unit circle): its "
                    + "series overflow; choose a stationary φ or a unit root.");
        }
        methods = List.copyOf(EnumSet.copyOf(methods));
    }

    /** @return p */
    public int order() {
        return truth.order();
    }

    /** @return a design that differs only in n */
    public ReplicationDesign withLength(int length) {
        return new ReplicationDesign(truth, length, withIntercept, methods, seed);
    }

    /** @return true when the true model is stationary, so that the asymptotic normal law holds */
    public boolean stationary() {
        return truth.isStationary();
    }

    /**
     * @return the asymptotic covariance σ²Γ_p⁻¹/n of φ̂ (MATH.md: √n(φ̂ − φ) → N(0, σ²Γ_p⁻¹)), or null when the model
     *     is not stationary (at a unit root the normal law fails)
     */
    public double[][] asymptoticCovariance() {
        if (!stationary()) {
            return null;
        }
        int p = order();
        double[] g = TheoreticalAcf.autocovariance(truth, p - 1);
        double[][] gamma = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                gamma[i][j] = g[Math.abs(i - j)];
            }
        }
        RealMatrix inv = new LUDecomposition(new Array2DRowRealMatrix(gamma, false)).getSolver().getInverse();
        double s2 = truth.sigma() * truth.sigma();
        double[][] out = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                out[i][j] = s2 * inv.getEntry(i, j) / n;
            }
        }
        return out;
    }

    /** @return √(σ²[Γ_p⁻¹]ᵢᵢ/n) per coefficient ((1 − φ²)/n for AR(1)), or NaN each when not stationary */
    public double[] asymptoticSd() {
        double[][] c = asymptoticCovariance();
        double[] sd = new double[order()];
        for (int i = 0; i < sd.length; i++) {
            sd[i] = c == null ? Double.NaN : Math.sqrt(c[i][i]);
        }
        return sd;
    }

    /** @return the method names, e.g. "ols, mle" */
    public static List<ArFit.Method> parseMethods(String list) {
        List<ArFit.Method> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(ArFit.Method.of(s));
            }
        }
        return out;
    }
}
