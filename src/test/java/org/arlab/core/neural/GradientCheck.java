package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences, the independent check of every analytic gradient: the five-point stencil
 * {@code (8 (f(θ + h) − f(θ − h)) − (f(θ + 2h) − f(θ − 2h))) / 12h}, error O(h⁴), with
 * {@code h = 1e-4 · max(1, |θ_i|)}. The error of a component is relative, {@code |a − b| / max(|a|, |b|)}; below
 * {@link #FLOOR} in magnitude (a mixture component with a responsibility of 1e-30, say) the differences cannot resolve
 * it (their rounding is about 1e-13 for losses of order 1), and the two must then agree to {@code 1e-6 · FLOOR}
 * absolutely.
 */
final class GradientCheck {
    /** The relative error the issue asks of every gradient. */
    static final double TOLERANCE = 1e-6;
    /** Components smaller than this are compared absolutely, to TOLERANCE · FLOOR. */
    static final double FLOOR = 1e-7;
    /** The step h, relative to max(1, |θ_i|). */
    static final double STEP = 1e-4;

    private GradientCheck() {
    }

    /** @return ∂f/∂θ_i for every i, by central differences */
    static double[] numeric(ToDoubleFunction<double[]> f, double[] theta) {
        double[] g = new double[theta.length];
        double[] t = theta.clone();
        for (int i = 0; i < theta.length; i++) {
            double h = STEP * Math.max(1, Math.abs(theta[i]));
            t[i] = theta[i] - 2 * h;
            double m2 = f.applyAsDouble(t);
            t[i] = theta[i] - h;
            double m1 = f.applyAsDouble(t);
            t[i] = theta[i] + h;
            double p1 = f.applyAsDouble(t);
            t[i] = theta[i] + 2 * h;
            double p2 = f.applyAsDouble(t);
            t[i] = theta[i];
            g[i] = (8 * (p1 - m1) - (p2 - m2)) / (12 * h);
        }
        return g;
    }

    /** @return max_i |a_i − b_i| / max(|a_i|, |b_i|, FLOOR) */
    static double maxRelativeError(double[] analytic, double[] numeric) {
        assertThat(analytic).hasSameSizeAs(numeric);
        double worst = 0;
        for (int i = 0; i < analytic.length; i++) {
            double scale = Math.max(FLOOR, Math.max(Math.abs(analytic[i]), Math.abs(numeric[i])));
            worst = Math.max(worst, Math.abs(analytic[i] - numeric[i]) / scale);
        }
        return worst;
    }

    /** Asserts the analytic gradient matches central differences of f at θ to {@link #TOLERANCE}. */
    static double check(String what, ToDoubleFunction<double[]> f, double[] theta, double[] analytic) {
        double[] numeric = numeric(f, theta);
        double err = maxRelativeError(analytic, numeric);
        assertThat(err).as("%s: largest relative error of the gradient, analytic %s, numeric %s", what,
                java.util.Arrays.toString(analytic), java.util.Arrays.toString(numeric))
                .isLessThanOrEqualTo(TOLERANCE);
        return err;
    }
}
