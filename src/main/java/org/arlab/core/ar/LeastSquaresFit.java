package org.arlab.core.ar;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealVector;

/**
 * Conditional maximum likelihood of AR(p) with intercept by least squares (MATH.md, problem 1): one pass builds
 * XᵀX and Xᵀy over t = p+1..n with x_t = (1, y_{t−1}, …, y_{t−p}); a Cholesky solve of the normal equations gives
 * (ĉ, φ̂) and σ̂² = SSR/N. A quick estimator for labs that need a fitted model (the Horizon lab).
 */
public final class LeastSquaresFit {
    private LeastSquaresFit() {
    }

    /**
     * @param y the series
     * @param p the order, at least 1
     * @return the fitted model (σ = √(SSR/N))
     * @throws IllegalArgumentException when the series is too short or the regressors are collinear
     */
    public static ArModel fit(double[] y, int p) {
        int n = y.length;
        int k = p + 1;
        if (p < 1 || n - p < k + 1) {
            throw new IllegalArgumentException("Fitting an AR(" + p + ") with intercept needs at least "
                    + (2 * p + 2) + " values, not " + n + ".");
        }
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        double yty = 0;
        double[] x = new double[k];
        for (int t = p; t < n; t++) {
            x[0] = 1;
            for (int i = 1; i <= p; i++) {
                x[i] = y[t - i];
            }
            for (int a = 0; a < k; a++) {
                xty[a] += x[a] * y[t];
                for (int b = 0; b <= a; b++) {
                    xtx[a][b] += x[a] * x[b];
                }
            }
            yty += y[t] * y[t];
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                xtx[a][b] = xtx[b][a];
            }
        }
        RealVector beta;
        try {
            beta = new CholeskyDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-12, 1e-14).getSolver()
                    .solve(new ArrayRealVector(xty, false));
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException("The series is too regular to fit an AR(" + p
                    + "): its lagged values are collinear (a constant or exactly periodic series?).", e);
        }
        double ssr = yty;
        for (int a = 0; a < k; a++) {
            ssr -= 2 * beta.getEntry(a) * xty[a];
            for (int b = 0; b < k; b++) {
                ssr += beta.getEntry(a) * xtx[a][b] * beta.getEntry(b);
            }
        }
        int nobs = n - p;
        double sigma2 = Math.max(ssr / nobs, Double.MIN_NORMAL);
        double[] phi = new double[p];
        for (int i = 0; i < p; i++) {
            phi[i] = beta.getEntry(i + 1);
        }
        return ArModel.of(beta.getEntry(0), phi, Math.sqrt(sigma2));
    }
}
