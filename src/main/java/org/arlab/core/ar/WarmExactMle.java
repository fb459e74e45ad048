package org.arlab.core.ar;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * The exact Gaussian MLE of AR(p) (MATH.md, problem 1, "Exact likelihood") started from a nearby fit — least squares
 * of the same series — for the thousands of fits of a sampling experiment. It maximises the same profile likelihood
 * as {@link ExactMle} (σ² concentrated out, on the series centred and scaled, O(p²) per evaluation) by Newton's method
 * alone: from least squares, a few steps with Richardson-extrapolated finite-difference derivatives
 * ({@link FiniteDifferences}, steps a tenth of each coordinate's standard error) reach the maximum, where
 * {@link ExactMle} first runs a Nelder–Mead search. Its standard errors come from the observed information at the
 * optimum, the Hessian of −ℓ in (φ, μ) (as R's {@code arima}). When a step fails (a Hessian that is not positive
 * definite, a start outside the stationary region that the partial autocorrelations cannot mend, no convergence in
 * {@value #STEPS} steps) it falls back on {@link ExactMle#fit}, so its answer is always that of the full method.
 */
public final class WarmExactMle {
    /** Newton steps at most before falling back. */
    static final int STEPS = 12;
    /** Converged when the last step is below this many standard errors in every coordinate. */
    static final double TOLERANCE = 1e-7;

    private WarmExactMle() {
    }

    /**
     * @param y the series (at least p + 3 values)
     * @param p the order
     * @param withIntercept false to fix the mean at 0
     * @param start a fit of the same series and order to start from (least squares), or null
     * @return the exact MLE, as {@link ExactMle#fit} returns it
     * @throws IllegalArgumentException as {@link ExactMle#fit}
     */
    public static ArFit fit(double[] y, int p, boolean withIntercept, ArFit start) {
        int n = y.length;
        int dim = p + (withIntercept ? 1 : 0);
        if (p < 1 || n < p + 3 || start == null || start.order() != p) {
            return ExactMle.fit(y, p, withIntercept);
        }
        Centring units = Centring.of(y, true);
        double[] x = units.apply(y);
        double x2 = LagProducts.dot(x, 0, x, 0, n);
        if (!(x2 > 0)) {
            return ExactMle.fit(y, p, withIntercept);
        }
        ExactProfile profile = new ExactProfile(x, p, GramMatrix.of(x, p, p + 1, Centring.NONE),
                -units.relativeShift());
        ToDoubleFunction<double[]> f = ExactMle.objective(profile, p, withIntercept);
        double[] theta = startingPoint(start, units, x, p, withIntercept, f);
        double[] scales = scales(start, n, p, withIntercept, theta);
        double[][] l = newton(f, theta, scales);
        if (l == null) {
            return ExactMle.fit(y, p, withIntercept);
        }
        return result(profile, units, theta, l, p, withIntercept, n, x2, y);
    }

    /** (φ, m) of the start in the centred units, moved inside the stationary region when it lies outside. */
    private static double[] startingPoint(ArFit start, Centring units, double[] x, int p, boolean withIntercept,
            ToDoubleFunction<double[]> f) {
        int dim = p + (withIntercept ? 1 : 0);
        double[] theta = Arrays.copyOf(start.phi(), dim);
        if (withIntercept) {
            double mu = start.mean();
            theta[p] = Double.isFinite(mu) ? (mu - units.shift()) / units.scale() : 0;
        }
        if (!Double.isFinite(f.applyAsDouble(theta))) {
            // least squares beyond a unit root: the sample partial autocorrelations, pulled inside (always stationary)
            double[] pacf = SampleAcf.of(x, p).pacf();
            double[] u = new double[p];
            for (int k = 0; k < p; k++) {
                double r = Math.max(-0.999, Math.min(0.999, pacf[k]));
                u[k] = 0.5 * Math.log((1 + r) / (1 - r));
            }
            System.arraycopy(ExactProfile.pacfToPhi(u, p), 0, theta, 0, p);
            if (withIntercept) {
                theta[p] = 0;
            }
        }
        return theta;
    }

    /** The first steps: the start's standard errors of φ, and σ/(√n(1 − Σφ)) in the centred units for m. */
    private static double[] scales(ArFit start, int n, int p, boolean withIntercept, double[] theta) {
        double[] scales = new double[theta.length];
        double[] se = start.sePhi();
        for (int i = 0; i < p; i++) {
            scales[i] = se[i] > 0 && Double.isFinite(se[i]) ? se[i] : 1 / Math.sqrt(n);
        }
        if (withIntercept) {
            double sum = GramMatrix.sum(Arrays.copyOf(theta, p));
            scales[p] = 1 / (Math.sqrt(n) * Math.max(1 - sum, 1e-3));
        }
        return scales;
    }

    /**
     * Newton's method on f from θ (updated in place), with a halving line search; the step sizes follow the standard
     * errors of the last Hessian.
     *
     * @return the Cholesky factor of the Hessian at the optimum, or null when Newton did not converge
     */
    private static double[][] newton(ToDoubleFunction<double[]> f, double[] theta, double[] scales) {
        int dim = theta.length;
        double value = f.applyAsDouble(theta);
        if (!Double.isFinite(value)) {
            return null;
        }
        for (int iter = 0; iter < STEPS; iter++) {
            double[] h = new double[dim];
            for (int i = 0; i < dim; i++) {
                h[i] = ExactMle.STEP * scales[i];
            }
            double[][] hessian = FiniteDifferences.hessian(f, theta, h);
            if (hessian == null) {
                return null;
            }
            for (int i = 0; i < dim; i++) {
                h[i] /= 10;
            }
            double[] g = FiniteDifferences.gradient(f, theta, h);
            if (g == null) {
                return null;
            }
            double[][] l;
            try {
                l = DenseAlgebra.factor(hessian);
            } catch (IllegalArgumentException e) {
                return null;
            }
            double[] step = DenseAlgebra.solve(l, g);
            double[][] inverse = DenseAlgebra.inverseLower(l);
            double size = 0;
            for (int i = 0; i < dim; i++) {
                double v = 0;
                for (int r = 0; r < dim; r++) {
                    v += inverse[r][i] * inverse[r][i];
                }
                scales[i] = Math.sqrt(v); // the standard error at this point: √(H⁻¹)_ii
                size = Math.max(size, Math.abs(step[i]) / scales[i]);
            }
            if (size < TOLERANCE) {
                return l;
            }
            double t = 1;
            boolean moved = false;
            for (int back = 0; back < 30; back++) {
                double[] trial = theta.clone();
                for (int i = 0; i < dim; i++) {
                    trial[i] -= t * step[i];
                }
                double v = f.applyAsDouble(trial);
                if (v <= value || (size < 1e-3 && v < Double.POSITIVE_INFINITY)) {
                    System.arraycopy(trial, 0, theta, 0, dim);
                    value = v;
                    moved = true;
                    break;
                }
                t /= 2;
            }
            if (!moved) {
                return null;
            }
        }
        return null;
    }

    private static ArFit result(ExactProfile profile, Centring units, double[] theta, double[][] l, int p,
            boolean withIntercept, int n, double x2, double[] y) {
        int dim = theta.length;
        double[] phi = Arrays.copyOf(theta, p);
        double m = withIntercept ? theta[p] : profile.fixedMean();
        double sx = profile.sumOfSquares(phi, m);
        if (!(sx > LeastSquares.Solution.EXACT * x2)) {
            return ExactMle.fit(y, p, withIntercept); // says why
        }
        double s = units.scale();
        double ll = -0.5 * n * (Math.log(2 * Math.PI * sx / n) + 1) - 0.5 * profile.logDet(phi) - n * Math.log(s);
        double[][] w = DenseAlgebra.inverseLower(l); // H = LLᵀ, so H⁻¹ = WᵀW with W = L⁻¹
        double[] sePhi = new double[p];
        for (int i = 0; i < p; i++) {
            double[] e = new double[dim];
            e[i] = 1;
            sePhi[i] = norm(w, e);
        }
        double mu = withIntercept ? units.shift() + s * m : 0;
        double sum = GramMatrix.sum(phi);
        double seC = Double.NaN;
        if (withIntercept) {
            double[] grad = new double[dim];
            for (int i = 0; i < p; i++) {
                grad[i] = -mu / s;
            }
            grad[p] = 1 - sum;
            seC = s * norm(w, grad);
        }
        return new ArFit(ArFit.Method.MLE, phi, mu * (1 - sum), withIntercept, sx / n * s * s, ll, n, seC, sePhi);
    }

    /** @return ‖Wv‖ */
    private static double norm(double[][] w, double[] v) {
        double s = 0;
        for (double[] row : w) {
            double d = 0;
            for (int j = 0; j < v.length; j++) {
                d += row[j] * v[j];
            }
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
