package org.arlab.core.ar;

/**
 * The sufficient statistics of the conditional AR(p) likelihood (MATH.md, "Sufficient statistics"): with
 * {@code z_t = (y_t, 1, y_{t−1}, …, y_{t−p})} for t = p+1..n, the Gram matrix {@code G = Σ_t z_t z_tᵀ}. After one pass
 * over the data, {@code SSR(β) = G₀₀ − 2βᵀg + βᵀHβ} for β = (c, φ_1..φ_p), so the log-likelihood and its gradient at
 * any parameter cost O(p²), whatever n is.
 * <p>The pass computes the lagged products {@code Σ_s y_s y_{s−k}} for k = 0..p with p + 1 accumulators, then
 * corrects each entry for the few terms outside the conditioning window: (p + 1) multiply-adds per value.
 */
public final class GramMatrix {
    private final int p;
    private final int nobs;
    /** (p + 2) × (p + 2), row-major; index 0 is y_t, 1 the constant, 1 + i the lag i. */
    private final double[] g;

    private GramMatrix(int p, int nobs, double[] g) {
        this.p = p;
        this.nobs = nobs;
        this.g = g;
    }

    /**
     * Builds G for the terms t = first..n (1-based, first ≥ p + 1): the common sample of order selection starts all
     * orders at t = P + 1.
     *
     * @param y the series
     * @param p the order, 0 or more
     * @param first the first t whose equation counts (p + 1 for all of them)
     */
    public static GramMatrix of(double[] y, int p, int first) {
        int n = y.length;
        if (p < 0 || first < p + 1 || first > n) {
            throw new IllegalArgumentException("An AR(" + p + ") needs more than " + (first - 1) + " values; the "
                    + "series has " + n + ".");
        }
        int m = p + 2;
        double[] g = new double[m * m];
        int lo = first - 1; // 0-based index of the first y_t used
        // lagged products over the full window of each lag: L[k] = Σ_{s=lo−k}^{n−1−k}... built as Σ y_s y_{s+k}
        // over s in [lo − p, n − 1 − k] and then trimmed per entry below.
        double[] cross = new double[p + 1];
        double[] sums = new double[1];
        int start = lo - p;
        for (int s = start; s < n; s++) {
            double ys = y[s];
            sums[0] += ys;
            int kmax = Math.min(p, n - 1 - s);
            for (int k = 0; k <= kmax; k++) {
                cross[k] += ys * y[s + k];
            }
        }
        // entry (a, b) for lags a ≤ b (lag 0 = y_t): Σ_{t=lo}^{n−1} y_{t−a} y_{t−b} = Σ_{s=lo−b}^{n−1−b} y_s y_{s+(b−a)}
        for (int a = 0; a <= p; a++) {
            for (int b = a; b <= p; b++) {
                int k = b - a;
                double v = cross[k];
                // cross[k] covers s from start to n − 1 − k; keep s in [lo − b, n − 1 − b]
                for (int s = start; s < lo - b; s++) {
                    v -= y[s] * y[s + k];
                }
                for (int s = n - b; s <= n - 1 - k; s++) {
                    v -= y[s] * y[s + k];
                }
                set(g, m, index(a), index(b), v);
            }
        }
        // entry (lag a, constant): Σ_{t=lo}^{n−1} y_{t−a}
        for (int a = 0; a <= p; a++) {
            double v = sums[0];
            for (int s = start; s < lo - a; s++) {
                v -= y[s];
            }
            for (int s = n - a; s < n; s++) {
                v -= y[s];
            }
            set(g, m, index(a), 1, v);
        }
        set(g, m, 1, 1, n - lo);
        return new GramMatrix(p, n - lo, g);
    }

    /**
     * A Gram matrix from its entries (as {@link org.arlab.core.likelihood.PrefixGram} computes them).
     *
     * @param p the order
     * @param nobs the number of equations
     * @param entries (p + 2)², row-major, index 0 = y_t, 1 = constant, 1 + i = lag i
     */
    public static GramMatrix fromEntries(int p, int nobs, double[] entries) {
        if (entries.length != (p + 2) * (p + 2)) {
            throw new IllegalArgumentException("A Gram matrix of order " + p + " has " + (p + 2) * (p + 2)
                    + " entries.");
        }
        return new GramMatrix(p, nobs, entries.clone());
    }

    /**
     * The profile over the intercept: for fixed φ, the c minimising SSR, {@code (g_c − Σ φ_i H_{c,i}) / N}
     * (0 without an intercept).
     */
    public double bestIntercept(double[] phi) {
        int m = p + 2;
        double v = g[1];
        for (int i = 0; i < p; i++) {
            v -= phi[i] * g[m + 2 + i];
        }
        return v / g[m + 1];
    }

    /**
     * Least squares from the Gram matrix: β̂ = H⁻¹g by Cholesky, σ̂² = SSR/N and Cov(β̂) = σ̂²H⁻¹.
     *
     * @param intercept whether β includes c (else c = 0)
     * @return {β̂ as (c, φ_1..φ_p), then the covariance rows of (c, φ) (a zero row and column for c when it is not
     *     estimated)}, so result[0] is β̂ and result[1 + a][b] the covariance
     * @throws IllegalArgumentException when H is singular
     */
    public double[][] leastSquares(boolean intercept) {
        int m = p + 2;
        int off = intercept ? 1 : 2;
        int k = m - off;
        double[][] h = new double[k][k];
        double[] rhs = new double[k];
        for (int a = 0; a < k; a++) {
            rhs[a] = g[(a + off) * m];
            for (int b = 0; b < k; b++) {
                h[a][b] = g[(a + off) * m + b + off];
            }
        }
        double[][] out = new double[p + 2][p + 1];
        if (k == 0) {
            return out;
        }
        org.apache.commons.math3.linear.DecompositionSolver solver;
        try {
            solver = new org.apache.commons.math3.linear.CholeskyDecomposition(
                    new org.apache.commons.math3.linear.Array2DRowRealMatrix(h, false), 1e-12, 1e-13).getSolver();
        } catch (org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException("The lagged values are collinear: no unique least-squares fit.", e);
        }
        double[] beta = solver.solve(new org.apache.commons.math3.linear.ArrayRealVector(rhs, false)).toArray();
        double[] full = new double[p + 1];
        System.arraycopy(beta, 0, full, intercept ? 0 : 1, k);
        double[] phi = java.util.Arrays.copyOfRange(full, 1, p + 1);
        double sigma2 = ssr(full[0], phi) / nobs;
        var inv = solver.getInverse();
        out[0] = full;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                out[1 + a + (intercept ? 0 : 1)][b + (intercept ? 0 : 1)] = sigma2 * inv.getEntry(a, b);
            }
        }
        return out;
    }

    /** Builds G for all equations t = p+1..n. */
    public static GramMatrix of(double[] y, int p) {
        return of(y, p, p + 1);
    }

    /** Position in z of lag a: y_t (a = 0) is 0, lag a ≥ 1 is a + 1. */
    private static int index(int lag) {
        return lag == 0 ? 0 : lag + 1;
    }

    private static void set(double[] g, int m, int i, int j, double v) {
        g[i * m + j] = v;
        g[j * m + i] = v;
    }

    /** @return the order p */
    public int order() {
        return p;
    }

    /** @return N, the number of equations (terms of the conditional likelihood) */
    public int nobs() {
        return nobs;
    }

    /** @return G[i][j] with index 0 = y_t, 1 = constant, 1 + i = lag i */
    public double get(int i, int j) {
        return g[i * (p + 2) + j];
    }

    /**
     * The sum of squared residuals at β = (c, φ_1..φ_p): {@code G₀₀ − 2βᵀg + βᵀHβ}, O(p²).
     */
    public double ssr(double c, double[] phi) {
        int m = p + 2;
        double s = g[0];
        for (int i = 1; i < m; i++) {
            double bi = i == 1 ? c : phi[i - 2];
            s -= 2 * bi * g[i];
            double row = 0;
            for (int j = 1; j < m; j++) {
                row += g[i * m + j] * (j == 1 ? c : phi[j - 2]);
            }
            s += bi * row;
        }
        return Math.max(0, s);
    }

    /**
     * The conditional log-likelihood (MATH.md, problem 1): {@code −N/2 · log(2πσ²) − SSR/(2σ²)}.
     */
    public double logLikelihood(double c, double[] phi, double sigma2) {
        return -0.5 * nobs * Math.log(2 * Math.PI * sigma2) - ssr(c, phi) / (2 * sigma2);
    }

    /**
     * The gradient of the conditional log-likelihood: {@code ∂ℓ/∂β = (g − Hβ)/σ²} for β = (c, φ) — the normal
     * equations {@code Σ_t y_{t−j}(y_t − c − Σ_i φ_i y_{t−i}) = 0} at a zero — and
     * {@code ∂ℓ/∂σ² = −N/(2σ²) + SSR/(2σ⁴)}.
     *
     * @return {∂ℓ/∂c, ∂ℓ/∂φ_1, …, ∂ℓ/∂φ_p, ∂ℓ/∂σ²}
     */
    public double[] gradient(double c, double[] phi, double sigma2) {
        int m = p + 2;
        double[] grad = new double[p + 2];
        for (int i = 1; i < m; i++) {
            double v = g[i];
            for (int j = 1; j < m; j++) {
                v -= g[i * m + j] * (j == 1 ? c : phi[j - 2]);
            }
            grad[i - 1] = v / sigma2;
        }
        grad[p + 1] = -0.5 * nobs / sigma2 + ssr(c, phi) / (2 * sigma2 * sigma2);
        return grad;
    }
}
