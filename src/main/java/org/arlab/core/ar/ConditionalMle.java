package org.arlab.core.ar;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Conditional maximum likelihood of AR(p) (MATH.md, problem 1): least squares on x_t = (1, y_{t−1}, …, y_{t−p}) by
 * a Cholesky solve of the normal equations XᵀXβ = Xᵀy built from the {@link GramMatrix} in one pass;
 * σ̂² = SSR/N, ℓ_max = −N/2 · (log(2πσ̂²) + 1), Cov(β̂) = σ̂²(XᵀX)⁻¹. With an intercept the series is centred first
 * (the fit is the same, the normal equations far better conditioned) and ĉ is mapped back.
 */
public final class ConditionalMle {
    private ConditionalMle() {
    }

    /** Fits using every equation t = p+1..n. */
    public static ArFit fit(double[] y, int p, boolean withIntercept) {
        return fit(y, p, withIntercept, p + 1);
    }

    /**
     * Fits using the equations t = first..n (order selection compares all orders on t = P+1..n).
     *
     * @throws IllegalArgumentException when the series is too short or its lags are collinear
     */
    public static ArFit fit(double[] y, int p, boolean withIntercept, int first) {
        int k = p + (withIntercept ? 1 : 0);
        int nobs = y.length - first + 1;
        if (p < 0 || first < p + 1 || nobs < k + 1) {
            throw new IllegalArgumentException("Fitting an AR(" + p + ")" + (withIntercept ? " with intercept" : "")
                    + " needs at least " + (p + k + 1) + " values; the series has " + y.length + ".");
        }
        double shift = 0;
        double[] x = y;
        if (withIntercept) {
            for (double v : y) {
                shift += v;
            }
            shift /= y.length;
            x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                x[i] = y[i] - shift;
            }
        }
        GramMatrix g = GramMatrix.of(x, p, first);
        int off = withIntercept ? 1 : 2; // first regressor index in z: 1 = constant, 2 = lag 1
        double[][] h = new double[k][k];
        double[] rhs = new double[k];
        for (int a = 0; a < k; a++) {
            rhs[a] = g.get(a + off, 0);
            for (int b = 0; b < k; b++) {
                h[a][b] = g.get(a + off, b + off);
            }
        }
        double[] beta = new double[k];
        double[] se = new double[k];
        double sigma2;
        if (k > 0) {
            DecompositionSolver solver;
            try {
                solver = new CholeskyDecomposition(new Array2DRowRealMatrix(h, false), 1e-12, 1e-13).getSolver();
            } catch (NonPositiveDefiniteMatrixException e) {
                throw new IllegalArgumentException("The fit is singular: the lagged values of the series are "
                        + "collinear (a constant or exactly periodic series?). Try a lower order.", e);
            }
            beta = solver.solve(new ArrayRealVector(rhs, false)).toArray();
            double[] phiPart = new double[p];
            System.arraycopy(beta, withIntercept ? 1 : 0, phiPart, 0, p);
            sigma2 = g.ssr(withIntercept ? beta[0] : 0, phiPart) / nobs;
            RealMatrix inv = solver.getInverse();
            double[] cov = covariance(inv, withIntercept, shift, p, sigma2);
            se = cov;
        } else {
            sigma2 = g.get(0, 0) / nobs;
        }
        if (!(sigma2 > 0)) {
            throw new IllegalArgumentException("The series is fitted exactly (zero residuals): it is deterministic, "
                    + "and the likelihood is unbounded.");
        }
        double[] phi = new double[p];
        System.arraycopy(beta, withIntercept ? 1 : 0, phi, 0, p);
        double c = 0;
        if (withIntercept) {
            double sum = 0;
            for (double v : phi) {
                sum += v;
            }
            c = beta[0] + shift * (1 - sum);
        }
        double ll = -0.5 * nobs * (Math.log(2 * Math.PI * sigma2) + 1);
        double seC = withIntercept ? se[0] : Double.NaN;
        double[] sePhi = new double[p];
        System.arraycopy(se, withIntercept ? 1 : 0, sePhi, 0, p);
        return new ArFit(ArFit.Method.OLS, phi, c, withIntercept, sigma2, ll, nobs, seC, sePhi);
    }

    /**
     * Standard errors of (c, φ) from σ̂²(XᵀX)⁻¹ of the centred regression, mapped to the original c:
     * c = c' + ȳ(1 − Σφ), so Var(c) = Var(c') + ȳ² Var(Σφ) − 2ȳ Cov(c', Σφ).
     */
    private static double[] covariance(RealMatrix inv, boolean withIntercept, double shift, int p, double sigma2) {
        int k = inv.getRowDimension();
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            se[i] = Math.sqrt(sigma2 * inv.getEntry(i, i));
        }
        if (withIntercept) {
            double varC = inv.getEntry(0, 0);
            double covCSum = 0;
            double varSum = 0;
            for (int i = 1; i <= p; i++) {
                covCSum += inv.getEntry(0, i);
                for (int j = 1; j <= p; j++) {
                    varSum += inv.getEntry(i, j);
                }
            }
            se[0] = Math.sqrt(sigma2 * Math.max(0, varC + shift * shift * varSum - 2 * shift * covCSum));
        }
        return se;
    }
}
