package org.arlab.core.ar;

/**
 * The small dense linear algebra of the estimators (k × k, k ≤ p + 2): Cholesky factor, its solves and inverse, the
 * R of a Householder QR, and a pivoting solve of a general system. Written out rather than taken from Commons Math so
 * that a near-singular system is judged relative to its own diagonal (centred Gram matrices have entries of order N,
 * not 1) and nothing allocates per call beyond the result.
 */
final class DenseAlgebra {
    /** A pivot below this fraction of its diagonal entry makes the system singular. */
    static final double SINGULAR = 1e-14;

    private DenseAlgebra() {
    }

    /**
     * The Cholesky factor L of a symmetric positive definite H (H = LLᵀ).
     *
     * @throws IllegalArgumentException when a pivot falls below {@value #SINGULAR} of its diagonal entry
     */
    static double[][] factor(double[][] h) {
        int k = h.length;
        double[][] l = new double[k][k];
        for (int j = 0; j < k; j++) {
            double d = h[j][j];
            for (int q = 0; q < j; q++) {
                d -= l[j][q] * l[j][q];
            }
            if (!(d > SINGULAR * h[j][j]) || !(d > 0)) {
                throw singular();
            }
            double ljj = Math.sqrt(d);
            l[j][j] = ljj;
            for (int i = j + 1; i < k; i++) {
                double v = h[i][j];
                for (int q = 0; q < j; q++) {
                    v -= l[i][q] * l[j][q];
                }
                l[i][j] = v / ljj;
            }
        }
        return l;
    }

    /** Solves LLᵀx = b. */
    static double[] solve(double[][] l, double[] b) {
        int k = b.length;
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            double v = b[i];
            for (int q = 0; q < i; q++) {
                v -= l[i][q] * z[q];
            }
            z[i] = v / l[i][i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double v = z[i];
            for (int q = i + 1; q < k; q++) {
                v -= l[q][i] * z[q];
            }
            z[i] = v / l[i][i];
        }
        return z;
    }

    /** @return L⁻¹ of a lower-triangular L */
    static double[][] inverseLower(double[][] l) {
        int k = l.length;
        double[][] w = new double[k][k];
        for (int j = 0; j < k; j++) {
            w[j][j] = 1 / l[j][j];
            for (int i = j + 1; i < k; i++) {
                double v = 0;
                for (int q = j; q < i; q++) {
                    v -= l[i][q] * w[q][j];
                }
                w[i][j] = v / l[i][i];
            }
        }
        return w;
    }    /**
     * Solves a general (not symmetric) a·x = b by Gaussian elimination with partial pivoting, a and b overwritten:
     * the autocovariances' p + 1 equations ({@link TheoreticalAcf}). Written out, not Commons Math's LU, which cost a
     * command line ~20 ms of class loading and interpretation for one 3×3 solve.
     *
     * @return x, or null when a pivot falls below 10⁻¹¹ in magnitude (the library's threshold for a singular
     *     matrix: the coefficients sit on the edge of stationarity)
     */
    static double[] solvePivoting(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            if (!(Math.abs(a[pivot][col]) >= 1e-11)) {
                return null;
            }
            double[] row = a[pivot];
            a[pivot] = a[col];
            a[col] = row;
            double t = b[pivot];
            b[pivot] = b[col];
            b[col] = t;
            for (int i = col + 1; i < n; i++) {
                double factor = a[i][col] / row[col];
                if (factor != 0) {
                    for (int j = col; j < n; j++) {
                        a[i][j] -= factor * row[j];
                    }
                    b[i] -= factor * b[col];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double v = b[i];
            for (int j = i + 1; j < n; j++) {
                v -= a[i][j] * x[j];
            }
            x[i] = v / a[i][i];
        }
        return x;
    }

    /** @return R of a Householder QR of the m × k matrix a (m ≥ k), k × k upper triangular */
    static double[][] upperFactor(double[][] a) {
        int m = a.length;
        int k = a[0].length;
        double[][] w = new double[m][];
        for (int i = 0; i < m; i++) {
            w[i] = a[i].clone();
        }
        for (int j = 0; j < k; j++) {
            double norm = 0;
            for (int i = j; i < m; i++) {
                norm = Math.hypot(norm, w[i][j]);
            }
            if (norm == 0) {
                continue;
            }
            double alpha = w[j][j] > 0 ? -norm : norm;
            double[] v = new double[m];
            for (int i = j; i < m; i++) {
                v[i] = w[i][j];
            }
            v[j] -= alpha;
            double vv = 0;
            for (int i = j; i < m; i++) {
                vv += v[i] * v[i];
            }
            for (int c = j; c < k; c++) {
                double d = 0;
                for (int i = j; i < m; i++) {
                    d += v[i] * w[i][c];
                }
                double f = 2 * d / vv;
                for (int i = j; i < m; i++) {
                    w[i][c] -= f * v[i];
                }
            }
        }
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                r[i][j] = w[i][j];
            }
        }
        return r;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static IllegalArgumentException singular() {
        return new IllegalArgumentException("The fit is singular: the lagged values of the series are "
                + "collinear (a constant or exactly periodic series?). Try a lower order.");
    }

}
