package org.arlab.core.ar;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Exact Gaussian maximum likelihood of AR(p) (MATH.md, problem 1): the conditional likelihood plus the stationary
 * density of the first p values, {@code (y_1..y_p) ~ N(μ1, σ²V_p)}. σ² is concentrated out (σ̂² = S/n) and the
 * profile likelihood is maximised over a stationary parametrisation, the partial autocorrelations r_k = tanh(u_k)
 * mapped to φ by the Levinson recursion (Jones 1980; R's {@code arima} uses the same), and over μ. Every evaluation
 * costs O(p³), whatever n is, because the conditional sum of squares comes from the {@link GramMatrix}. Standard
 * errors come from a central-difference Hessian of the profile likelihood in (φ, μ), as R's arima does.
 */
public final class ExactMle {
    private ExactMle() {
    }

    /**
     * @param y the series (at least p + 3 values)
     * @param p the order
     * @param withIntercept false to fix the mean at 0
     * @throws IllegalArgumentException for a series too short or without variance
     */
    public static ArFit fit(double[] y, int p, boolean withIntercept) {
        int n = y.length;
        if (p < 0 || n < p + 3) {
            throw new IllegalArgumentException("The exact MLE of an AR(" + p + ") needs at least " + (p + 3)
                    + " values; the series has " + n + ".");
        }
        ArFit start = YuleWalker.fit(y, p, withIntercept);
        double mean0 = withIntercept ? start.mean() : 0;
        double sd = Math.sqrt(SampleAcf.of(y, 0).autocovariance()[0]);
        if (!(sd > 0)) {
            throw new IllegalArgumentException("The series has zero variance: there is nothing to fit.");
        }
        GramMatrix g = GramMatrix.of(y, p);
        Profile profile = new Profile(y, p, g, withIntercept);
        int dim = p + (withIntercept ? 1 : 0);
        double[] x0 = new double[dim];
        double[] pacf = SampleAcf.of(y, p).pacf();
        for (int k = 0; k < p; k++) {
            x0[k] = atanh(Math.max(-0.99, Math.min(0.99, pacf[k])));
        }
        if (withIntercept) {
            x0[p] = mean0 / sd; // μ scaled by the series' spread, so all coordinates are of order 1
        }
        double[] best = x0;
        if (dim > 0) {
            best = maximise(u -> profile.value(u, sd), x0, dim);
        }
        double[] phi = pacfToPhi(best, p);
        double mu = withIntercept ? best[p] * sd : 0;
        double s = profile.sumOfSquares(phi, mu);
        double sigma2 = s / n;
        double ll = -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1) - 0.5 * profile.logDetV(phi);
        double[][] cov = covariance(profile, phi, mu, withIntercept, sd);
        double[] sePhi = new double[p];
        for (int i = 0; i < p; i++) {
            sePhi[i] = Math.sqrt(Math.max(0, cov[i][i]));
        }
        double sum = 0;
        for (double v : phi) {
            sum += v;
        }
        double c = mu * (1 - sum);
        double seC = Double.NaN;
        if (withIntercept) {
            // c = μ(1 − Σφ): gradient (−μ, …, −μ, 1 − Σφ)
            double[] grad = new double[p + 1];
            for (int i = 0; i < p; i++) {
                grad[i] = -mu;
            }
            grad[p] = 1 - sum;
            double v = 0;
            for (int i = 0; i <= p; i++) {
                for (int j = 0; j <= p; j++) {
                    v += grad[i] * cov[i][j] * grad[j];
                }
            }
            seC = Math.sqrt(Math.max(0, v));
        }
        return new ArFit(ArFit.Method.MLE, phi, c, withIntercept, sigma2, ll, n, seC, sePhi);
    }

    /**
     * The exact log-likelihood at (φ, μ) with σ² concentrated out: −∞ where φ is not stationary.
     *
     * @param y the series (its length is n)
     * @param g the Gram matrix of y for the order of φ
     */
    public static double profileLogLikelihood(double[] y, GramMatrix g, double[] phi, double mu) {
        if (phi.length > 0 && !ArModel.of(phi, 1).isStationary()) {
            return Double.NEGATIVE_INFINITY;
        }
        return new Profile(y, phi.length, g, true).at(phi, mu);
    }

    private static double[] maximise(MultivariateFunction f, double[] x0, int dim) {
        double[] x = x0;
        if (dim >= 2) {
            double[] lo = new double[dim];
            double[] hi = new double[dim];
            for (int i = 0; i < dim; i++) {
                lo[i] = -12;
                hi[i] = 12;
                x[i] = Math.max(-11.9, Math.min(11.9, x[i]));
            }
            PointValuePair r = new BOBYQAOptimizer(2 * dim + 1, 0.5, 1e-10).optimize(new MaxEval(20_000),
                    new ObjectiveFunction(f), GoalType.MAXIMIZE, new InitialGuess(x), new SimpleBounds(lo, hi));
            x = r.getPoint();
        }
        // polish (and handle one dimension) with Nelder–Mead
        PointValuePair r = new SimplexOptimizer(1e-15, 1e-15).optimize(new MaxEval(20_000), new ObjectiveFunction(f),
                GoalType.MAXIMIZE, new InitialGuess(x), new NelderMeadSimplex(dim, 0.01));
        return r.getPoint();
    }

    /** The Levinson map from partial autocorrelations tanh(u_1..u_p) to φ: stationary for every u. */
    static double[] pacfToPhi(double[] u, int p) {
        double[] phi = new double[p];
        double[] prev = new double[p];
        for (int k = 1; k <= p; k++) {
            double r = Math.tanh(u[k - 1]);
            phi[k - 1] = r;
            for (int j = 1; j < k; j++) {
                phi[j - 1] = prev[j - 1] - r * prev[k - j - 1];
            }
            System.arraycopy(phi, 0, prev, 0, k);
        }
        return phi;
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /** Covariance of (φ, μ) from the Hessian of the profile log-likelihood by central differences. */
    private static double[][] covariance(Profile profile, double[] phi, double mu, boolean withIntercept, double sd) {
        int p = phi.length;
        int dim = p + (withIntercept ? 1 : 0);
        double[][] cov = new double[p + 1][p + 1];
        if (dim == 0) {
            return cov;
        }
        double[] theta = new double[dim];
        System.arraycopy(phi, 0, theta, 0, p);
        if (withIntercept) {
            theta[p] = mu;
        }
        double[] step = new double[dim];
        for (int i = 0; i < dim; i++) {
            step[i] = i < p ? 1e-4 : 1e-4 * sd;
        }
        double[][] h = new double[dim][dim];
        double f0 = profile.atPhi(theta);
        for (int i = 0; i < dim; i++) {
            for (int j = i; j < dim; j++) {
                double v;
                if (i == j) {
                    double[] up = theta.clone();
                    double[] dn = theta.clone();
                    up[i] += step[i];
                    dn[i] -= step[i];
                    v = (profile.atPhi(up) - 2 * f0 + profile.atPhi(dn)) / (step[i] * step[i]);
                } else {
                    double[] a = theta.clone();
                    double[] b = theta.clone();
                    double[] c = theta.clone();
                    double[] d = theta.clone();
                    a[i] += step[i];
                    a[j] += step[j];
                    b[i] += step[i];
                    b[j] -= step[j];
                    c[i] -= step[i];
                    c[j] += step[j];
                    d[i] -= step[i];
                    d[j] -= step[j];
                    v = (profile.atPhi(a) - profile.atPhi(b) - profile.atPhi(c) + profile.atPhi(d))
                            / (4 * step[i] * step[j]);
                }
                h[i][j] = -v;
                h[j][i] = -v;
            }
        }
        RealMatrix inv;
        try {
            inv = new LUDecomposition(new Array2DRowRealMatrix(h, false)).getSolver().getInverse();
        } catch (RuntimeException e) {
            for (double[] row : cov) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            return cov;
        }
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                cov[i][j] = inv.getEntry(i, j);
            }
        }
        return cov;
    }

    /** The profile log-likelihood ℓ(φ, μ) with σ² concentrated out. */
    private static final class Profile {
        private final double[] y;
        private final int p;
        private final int n;
        private final GramMatrix g;
        private final boolean withIntercept;

        Profile(double[] y, int p, GramMatrix g, boolean withIntercept) {
            this.y = y;
            this.p = p;
            this.n = y.length;
            this.g = g;
            this.withIntercept = withIntercept;
        }

        /** In the optimiser's coordinates: u (tanh of the PACF) and μ/sd. */
        double value(double[] u, double sd) {
            double[] phi = pacfToPhi(u, p);
            double mu = withIntercept ? u[p] * sd : 0;
            return at(phi, mu);
        }

        /** In (φ, μ) directly, for the Hessian; −∞ outside the stationary region. */
        double atPhi(double[] theta) {
            double[] phi = java.util.Arrays.copyOf(theta, p);
            if (p > 0 && !ArModel.of(phi, 1).isStationary()) {
                return Double.NEGATIVE_INFINITY;
            }
            return at(phi, withIntercept ? theta[p] : 0);
        }

        private double at(double[] phi, double mu) {
            double s = sumOfSquares(phi, mu);
            double logDet = logDetV(phi);
            if (!(s > 0) || Double.isNaN(logDet)) {
                return Double.NEGATIVE_INFINITY;
            }
            return -0.5 * n * (Math.log(2 * Math.PI * s / n) + 1) - 0.5 * logDet;
        }

        /** S = (y_{1:p} − μ)ᵀ V_p⁻¹ (y_{1:p} − μ) + Σ_{t&gt;p} (y_t − μ − Σ φ_i (y_{t−i} − μ))². */
        double sumOfSquares(double[] phi, double mu) {
            double sum = 0;
            for (double v : phi) {
                sum += v;
            }
            double s = g.ssr(mu * (1 - sum), phi);
            if (p > 0) {
                DecompositionSolver solver = cholesky(phi);
                if (solver == null) {
                    return Double.NaN;
                }
                double[] x = new double[p];
                for (int i = 0; i < p; i++) {
                    x[i] = y[i] - mu;
                }
                double[] z = solver.solve(new org.apache.commons.math3.linear.ArrayRealVector(x, false)).toArray();
                for (int i = 0; i < p; i++) {
                    s += x[i] * z[i];
                }
            }
            return s;
        }

        double logDetV(double[] phi) {
            if (p == 0) {
                return 0;
            }
            double[][] v = toeplitz(phi);
            if (v == null) {
                return Double.NaN;
            }
            try {
                CholeskyDecomposition c = new CholeskyDecomposition(new Array2DRowRealMatrix(v, false), 1e-14, 1e-300);
                double ld = 0;
                RealMatrix l = c.getL();
                for (int i = 0; i < p; i++) {
                    ld += 2 * Math.log(l.getEntry(i, i));
                }
                return ld;
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }

        private DecompositionSolver cholesky(double[] phi) {
            double[][] v = toeplitz(phi);
            if (v == null) {
                return null;
            }
            try {
                return new CholeskyDecomposition(new Array2DRowRealMatrix(v, false), 1e-14, 1e-300).getSolver();
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** V_p: the p × p autocovariance matrix of the model with σ = 1. */
        private double[][] toeplitz(double[] phi) {
            double[] gamma;
            try {
                gamma = TheoreticalAcf.autocovariance(ArModel.of(phi, 1), p - 1);
            } catch (IllegalArgumentException e) {
                return null;
            }
            double[][] v = new double[p][p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    v[i][j] = gamma[Math.abs(i - j)];
                }
            }
            return v;
        }
    }
}
