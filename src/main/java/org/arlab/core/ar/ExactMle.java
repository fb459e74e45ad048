package org.arlab.core.ar;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/**
 * Exact Gaussian maximum likelihood of AR(p) (MATH.md, problem 1): the conditional likelihood plus the stationary
 * density of the first p values, {@code (y_1..y_p) ~ N(μ1, σ²V_p)}; σ² is concentrated out (σ̂² = S/n) and the
 * profile {@link ExactProfile} is maximised over φ and the mean μ. Following "Numerical care", everything runs on the
 * series centred on its mean and scaled ({@link Centring}), so the mean is an unbounded coordinate of order 1 and a
 * series 10⁹ standard deviations off zero is fitted as the same series at zero. A Nelder–Mead search over the partial
 * autocorrelations r_k = tanh(u_k) (every u stationary; Jones 1980, as R's {@code arima}) from the Yule–Walker fit
 * brings the estimate close; Newton steps on (φ, m) with finite-difference derivatives finish it. Standard errors come
 * from the observed information — the Hessian of −ℓ in (φ, μ) at the optimum, as R's {@code arima} takes them — by
 * Richardson-extrapolated central differences with steps a tenth of each coordinate's own standard error
 * ({@link FiniteDifferences}); when that Hessian is not positive definite the fit says so rather than report a
 * standard error.
 */
public final class ExactMle {
    /** Steps of the Hessian, in units of each coordinate's standard error. */
    static final double STEP = 0.1;
    /** Newton iterations at most. */
    static final int NEWTON = 40;

    private ExactMle() {
    }

    /**
     * @param y the series (at least p + 3 values)
     * @param p the order
     * @param withIntercept false to fix the mean at 0
     * @throws IllegalArgumentException for a series too short or without variance, or when the observed information
     *     at the maximum is not positive definite (no standard errors)
     */
    public static ArFit fit(double[] y, int p, boolean withIntercept) {
        int n = y.length;
        if (p < 0 || n < p + 3) {
            throw new IllegalArgumentException("The exact MLE of an AR(" + p + ") needs at least " + (p + 3)
                    + " values; the series has " + n + ".");
        }
        Centring units = Centring.of(y, true); // centred even without a mean: μ = 0 is then m = −shift/scale
        double[] x = units.apply(y);
        double x2 = LagProducts.dot(x, 0, x, 0, n);
        if (!(x2 > 0)) {
            throw new IllegalArgumentException("The series has zero variance: there is nothing to fit.");
        }
        ExactProfile profile = new ExactProfile(x, p, GramMatrix.of(x, p, p + 1, Centring.NONE),
                -units.relativeShift());
        int dim = p + (withIntercept ? 1 : 0);
        double[] theta = new double[dim]; // (φ, m)
        double[] scales = new double[dim];
        double[][][] metric = new double[1][][];
        if (dim > 0) {
            theta = search(x, profile, p, withIntercept);
            scales = initialScales(x, p, withIntercept, theta);
            theta = newton(profile, p, withIntercept, theta, scales, metric);
        }
        double[] phi = java.util.Arrays.copyOf(theta, p);
        double m = withIntercept ? theta[p] : profile.fixedMean();
        double sx = profile.sumOfSquares(phi, m);
        double s = units.scale();
        double ll = -0.5 * n * (Math.log(2 * Math.PI * sx / n) + 1) - 0.5 * profile.logDet(phi) - n * Math.log(s);
        if (!(sx > LeastSquares.Solution.EXACT * x2)) {
            throw new IllegalArgumentException("The series is fitted exactly (zero residuals): it is deterministic, "
                    + "and the likelihood is unbounded.");
        }
        double[] sePhi = new double[p];
        double seC = Double.NaN;
        double mu = withIntercept ? units.shift() + s * m : 0;
        double sum = GramMatrix.sum(phi);
        if (dim > 0) {
            double[][] w = information(profile, p, withIntercept, theta, metric[0], scales);
            for (int i = 0; i < p; i++) {
                sePhi[i] = norm(w, unit(dim, i));
            }
            if (withIntercept) {
                // c = μ(1 − Σφ) with μ = shift + s·m: the gradient over (φ, m), in units of s
                double[] grad = new double[dim];
                for (int i = 0; i < p; i++) {
                    grad[i] = -mu / s;
                }
                grad[p] = 1 - sum;
                seC = s * norm(w, grad);
            }
        }
        return new ArFit(ArFit.Method.MLE, phi, mu * (1 - sum), withIntercept, sx / n * s * s, ll, n, seC, sePhi);
    }

    /**
     * The exact log-likelihood at (φ, μ) with σ² concentrated out, in the series' units: −∞ where φ is not
     * stationary.
     *
     * @param y the series (its length is n)
     * @param g the Gram matrix of y for the order of φ
     */
    public static double profileLogLikelihood(double[] y, GramMatrix g, double[] phi, double mu) {
        int p = phi.length;
        double[] r = ExactProfile.reflection(phi);
        if (r == null) {
            return Double.NEGATIVE_INFINITY;
        }
        double s = g.units().scale();
        double sx = g.ssrAroundMean(mu, phi) / (s * s);
        double[] w = new double[p];
        for (int i = 0; i < p; i++) {
            w[i] = (y[i] - mu) / s;
        }
        sx += ExactProfile.startForm(phi, w);
        double logDet = 0;
        for (int k = 0; k < p; k++) {
            logDet -= (k + 1) * Math.log1p(-r[k] * r[k]);
        }
        int n = y.length;
        if (!(sx > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        return -0.5 * n * (Math.log(2 * Math.PI * sx / n) + 1) - n * Math.log(s) - 0.5 * logDet;
    }

    /** Nelder–Mead over (u, m) from the Yule–Walker fit of the centred series; returns (φ, m). */
    private static double[] search(double[] x, ExactProfile profile, int p, boolean withIntercept) {
        int dim = p + (withIntercept ? 1 : 0);
        double[] start = new double[dim];
        if (p > 0) {
            double[] pacf = SampleAcf.of(x, p).pacf();
            for (int k = 0; k < p; k++) {
                double r = Math.max(-0.999, Math.min(0.999, pacf[k]));
                start[k] = 0.5 * Math.log((1 + r) / (1 - r));
            }
        }
        double[] best = start;
        try {
            PointValuePair r = new SimplexOptimizer(1e-12, 1e-14).optimize(new MaxEval(2000 + 400 * dim),
                    new ObjectiveFunction(u -> profile.negLogLikPacf(u, withIntercept ? u[p] : profile.fixedMean())),
                    GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(dim, 0.1));
            best = r.getPoint();
        } catch (TooManyEvaluationsException e) {
            // Newton finishes from wherever the search got to; keep the start if it got nowhere
        }
        double[] theta = new double[dim];
        System.arraycopy(ExactProfile.pacfToPhi(best, p), 0, theta, 0, p);
        if (withIntercept) {
            theta[p] = best[p];
        }
        return theta;
    }

    /** Standard errors of the conditional least-squares fit of x (φ) and of its mean: the first step sizes. */
    private static double[] initialScales(double[] x, int p, boolean withIntercept, double[] theta) {
        int dim = theta.length;
        double[] scales = new double[dim];
        int n = x.length;
        java.util.Arrays.fill(scales, 1 / Math.sqrt(n));
        try {
            ArFit ls = ConditionalMle.fit(x, p, withIntercept);
            for (int i = 0; i < p; i++) {
                scales[i] = ls.sePhi()[i];
            }
        } catch (IllegalArgumentException e) {
            // keep 1/√n
        }
        if (withIntercept) {
            double sum = GramMatrix.sum(java.util.Arrays.copyOf(theta, p));
            scales[p] = 1 / (Math.sqrt(n) * Math.max(1 - sum, 1e-3));
        }
        return scales;
    }

    /** Newton's method on −ℓ over (φ, m), in coordinates whitened by the last Hessian, with a line search. */
    private static double[] newton(ExactProfile profile, int p, boolean withIntercept, double[] theta0,
            double[] scales, double[][][] metricOut) {
        java.util.function.ToDoubleFunction<double[]> f = objective(profile, p, withIntercept);
        double[] theta = theta0.clone();
        int dim = theta.length;
        double value = f.applyAsDouble(theta);
        double[][] metric = null;
        for (int iter = 0; iter < NEWTON; iter++) {
            Curvature c = Curvature.at(f, theta, metric, scales);
            if (c == null) {
                break;
            }
            double[] dz;
            boolean convex = true;
            try {
                dz = DenseAlgebra.solve(DenseAlgebra.factor(c.hz), c.gz);
                metric = c.hessian();
            } catch (IllegalArgumentException e) {
                dz = c.gz.clone(); // not convex here: a gradient step in the whitened coordinates
                metric = null;
                convex = false;
            }
            double[] step = c.toTheta(dz);
            double size = 0;
            for (double v : dz) {
                size = Math.max(size, Math.abs(v));
            }
            // within a thousandth of a standard error the quadratic model is exact to far below the rounding of
            // −ℓ itself (1e-12 of ~10³), so the full step is taken on the gradient's word; farther out, a line search
            boolean near = size < 1e-3 && convex;
            double t = 1;
            double[] next = null;
            for (int back = 0; back < 40; back++) {
                double[] trial = theta.clone();
                for (int i = 0; i < dim; i++) {
                    trial[i] -= t * step[i];
                }
                double v = f.applyAsDouble(trial);
                if (v <= value || (near && v < Double.POSITIVE_INFINITY)) {
                    next = trial;
                    value = v;
                    break;
                }
                t /= 2;
            }
            if (next == null) {
                break;
            }
            theta = next;
            if (size * t < 1e-10) {
                break;
            }
        }
        metricOut[0] = metric;
        return theta;
    }

    static java.util.function.ToDoubleFunction<double[]> objective(ExactProfile profile, int p,
            boolean withIntercept) {
        return t -> profile.negLogLik(java.util.Arrays.copyOf(t, p), withIntercept ? t[p] : profile.fixedMean());
    }

    /**
     * The observed information at the optimum: W with (∇²(−ℓ))⁻¹ = WᵀW over (φ, m).
     *
     * @throws IllegalArgumentException when the Hessian is not positive definite
     */
    private static double[][] information(ExactProfile profile, int p, boolean withIntercept, double[] theta,
            double[][] metric, double[] scales) {
        java.util.function.ToDoubleFunction<double[]> f = objective(profile, p, withIntercept);
        try {
            Curvature c = Curvature.at(f, theta, metric, scales);
            if (c == null) {
                throw new IllegalArgumentException("no finite neighbourhood");
            }
            // again in the coordinates the last curvature whitens, until two rounds take the full steps: then H_z is
            // the identity to its accuracy and the steps a tenth of a standard error in every direction
            boolean full = false;
            for (int round = 0; round < 6; round++) {
                Curvature again = Curvature.at(f, theta, c.hessian(), scales);
                if (again == null) {
                    break;
                }
                boolean done = full && again.step == STEP;
                full = again.step == STEP;
                c = again;
                if (done) {
                    break;
                }
            }
            return c.inverseFactor();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The exact likelihood of this AR(" + p + ") has no well-defined "
                    + "curvature at its maximum (the observed information is not positive definite), so its "
                    + "standard errors are undefined. Try a lower order or the conditional MLE.", e);
        }
    }

    private static double[] steps(double[] scales, double a) {
        double[] h = new double[scales.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = a * scales[i];
        }
        return h;
    }

    private static double[] unit(int d, int i) {
        double[] e = new double[d];
        e[i] = 1;
        return e;
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
