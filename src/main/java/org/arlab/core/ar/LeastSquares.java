package org.arlab.core.ar;

/**
 * The one least-squares solver of AR Lab (MATH.md, problem 1 and "Numerical care"), behind the Fit lab's
 * {@link ConditionalMle}, the Likelihood lab's {@link GramMatrix#leastSquares} and every export: the normal equations
 * {@code XᵀXβ = Xᵀy} of the regressors {@code (1, y_{t−1}, …, y_{t−p})}, built from the {@link GramMatrix} of the
 * series centred on its mean and scaled (without an intercept, of the series itself, scaled only: that model is not
 * invariant to a shift), solved by Cholesky. With the data at hand the solution is then refined on the residuals
 * ({@code r = Xᵀ(y − Xβ)} computed from the series, {@code β ← β + (XᵀX)⁻¹r}, repeated until the correction is below
 * 10⁻¹⁰ of β: the corrected semi-normal equations, which reach the accuracy of a QR solve while κ(X)²·ε &lt; 1) and
 * the residual sum of squares comes from those residuals, not from the quadratic form.
 */
final class LeastSquares {
    /** Refinement passes at most. */
    static final int MAX_PASSES = 6;
    /** A pivot below this fraction of its diagonal entry makes the system singular. */
    static final double SINGULAR = 1e-14;

    private LeastSquares() {
    }

    /**
     * A solution, in the centred units {@code x = (y − shift)/scale}.
     *
     * @param p the order
     * @param intercept whether β starts with c_x
     * @param beta (c_x, φ_1..φ_p) or (φ_1..φ_p)
     * @param inverseFactor L⁻¹, the inverse of the Cholesky factor of XᵀX (so (XᵀX)⁻¹ = L⁻ᵀL⁻¹)
     * @param ssr the residual sum of squares, in centred units
     * @param nobs N
     * @param units the centring
     */
    record Solution(int p, boolean intercept, double[] beta, double[][] inverseFactor, double ssr, int nobs,
            Centring units) {
        /** @return φ̂ */
        double[] phi() {
            return java.util.Arrays.copyOfRange(beta, intercept ? 1 : 0, beta.length);
        }

        /** @return ĉ in the series' units: s·c_x + shift·(1 − Σφ̂), or 0 */
        double interceptInSeriesUnits() {
            return intercept ? units.scale() * beta[0] + units.shift() * (1 - GramMatrix.sum(phi())) : 0;
        }

        /** @return vᵀ(XᵀX)⁻¹v = ‖L⁻¹v‖², never negative */
        double form(double[] v) {
            double s = 0;
            for (double[] row : inverseFactor) {
                double d = 0;
                for (int j = 0; j < v.length; j++) {
                    d += row[j] * v[j];
                }
                s += d * d;
            }
            return s;
        }

        /** @return ((XᵀX)⁻¹)_{ab} */
        double inverse(int a, int b) {
            double s = 0;
            for (double[] row : inverseFactor) {
                s += row[a] * row[b];
            }
            return s;
        }

        /**
         * @return √((XᵀX)⁻¹) of ĉ in units of the series' scale: the gradient of c = s·c_x + shift(1 − Σφ) over s is
         *     (1, −shift/s, …, −shift/s)
         */
        double interceptFactor() {
            double[] v = new double[beta.length];
            v[0] = 1;
            double rho = units.relativeShift();
            for (int i = 1; i < v.length; i++) {
                v[i] = -rho;
            }
            return Math.sqrt(form(v));
        }
    }

    /**
     * Fits by least squares on the equations t = first..n, refined on the residuals.
     *
     * @throws IllegalArgumentException when the regressors are collinear
     */
    static Solution fit(double[] y, int p, boolean intercept, int first) {
        Centring units = Centring.of(y, intercept);
        GramMatrix g = GramMatrix.of(y, p, first, units);
        int k = p + (intercept ? 1 : 0);
        double[][] h = new double[k][k];
        double[] rhs = new double[k];
        normalEquations(g, intercept, 0, h, rhs);
        double[][] l = factor(h);
        double[] beta = solve(l, rhs);
        int n = y.length;
        int lo = first - 1;
        double ssr = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            double[] r = new double[k];
            ssr = residuals(y, p, intercept, lo, units, beta, r);
            if (k == 0) {
                break;
            }
            double[] delta = solve(l, r);
            double big = 0;
            double change = 0;
            for (int i = 0; i < k; i++) {
                beta[i] += delta[i];
                ssr -= delta[i] * r[i];
                big = Math.max(big, Math.abs(beta[i]));
                change = Math.max(change, Math.abs(delta[i]));
            }
            if (change <= 1e-10 * big) {
                break;
            }
        }
        return new Solution(p, intercept, beta, inverseLower(l), Math.max(0, ssr), n - lo, units);
    }

    /**
     * One pass over the data: the residuals e_t of the centred series at β, their sum of squares, and {@code Xᵀe}
     * into r, block by block.
     */
    private static double residuals(double[] y, int p, boolean intercept, int lo, Centring units, double[] beta,
            double[] r) {
        int n = y.length;
        int block = GramMatrix.BLOCK;
        double[] buf = new double[block + p];
        double[] e = new double[block];
        double shift = units.shift();
        double inv = 1 / units.scale();
        double c = intercept ? beta[0] : 0;
        int off = intercept ? 1 : 0;
        double ssr = 0;
        for (int b0 = lo; b0 < n; b0 += block) {
            int len = Math.min(block, n - b0);
            for (int j = 0; j < len + p; j++) {
                buf[j] = (y[b0 - p + j] - shift) * inv;
            }
            for (int j = 0; j < len; j++) {
                e[j] = buf[p + j] - c;
            }
            for (int i = 1; i <= p; i++) {
                double f = beta[off + i - 1];
                int from = p - i;
                for (int j = 0; j < len; j++) {
                    e[j] -= f * buf[from + j];
                }
            }
            ssr += GramMatrix.dot(e, 0, e, 0, len);
            if (intercept) {
                r[0] += GramMatrix.sum(e, len);
            }
            for (int i = 1; i <= p; i++) {
                r[off + i - 1] += GramMatrix.dot(e, 0, buf, p - i, len);
            }
        }
        return ssr;
    }

    /**
     * Least squares from a Gram matrix alone (no refinement), for the Likelihood lab; see
     * {@link GramMatrix#leastSquares}.
     */
    static double[][] fromGram(GramMatrix g, boolean intercept) {
        int p = g.order();
        int k = p + (intercept ? 1 : 0);
        double[][] out = new double[p + 2][p + 1];
        if (k == 0) {
            return out;
        }
        // with an intercept, the centred units; without, the series' own values in units of the scale
        double rho = intercept ? 0 : g.units().relativeShift();
        double[][] h = new double[k][k];
        double[] rhs = new double[k];
        double y00 = normalEquations(g, intercept, rho, h, rhs);
        double[][] l = factor(h);
        double[] beta = solve(l, rhs);
        double ssr = y00;
        for (int a = 0; a < k; a++) {
            ssr -= 2 * beta[a] * rhs[a];
            for (int b = 0; b < k; b++) {
                ssr += beta[a] * h[a][b] * beta[b];
            }
        }
        double sigma2 = Math.max(0, ssr) / g.nobs(); // centred units
        Solution sol = new Solution(p, intercept, beta, inverseLower(l), ssr, g.nobs(),
                intercept ? g.units() : new Centring(0, g.units().scale()));
        double[] phi = sol.phi();
        out[0][0] = sol.interceptInSeriesUnits();
        System.arraycopy(phi, 0, out[0], 1, p);
        int off = intercept ? 1 : 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                out[2 + i][1 + j] = sigma2 * sol.inverse(off + i, off + j);
            }
        }
        if (intercept) {
            double s = g.units().scale();
            double m = g.units().shift();
            double f = sol.interceptFactor();
            out[1][0] = sigma2 * s * s * f * f;
            for (int j = 0; j < p; j++) {
                double cov = s * sol.inverse(0, 1 + j);
                for (int i = 0; i < p; i++) {
                    cov -= m * sol.inverse(1 + i, 1 + j);
                }
                out[1][1 + j] = sigma2 * cov;
                out[2 + j][0] = sigma2 * cov;
            }
        }
        return out;
    }

    /**
     * The normal equations in units u = x + ρ (ρ = 0: the Gram's own centred units): H over (1, lags) or lags, the
     * right-hand side over the same, and returns Σu_t².
     */
    private static double normalEquations(GramMatrix g, boolean intercept, double rho, double[][] h, double[] rhs) {
        int p = g.order();
        int k = h.length;
        int[] idx = new int[k];
        for (int a = 0; a < k; a++) {
            idx[a] = intercept ? a + 1 : a + 2;
        }
        for (int a = 0; a < k; a++) {
            rhs[a] = entry(g, idx[a], 0, rho);
            for (int b = 0; b < k; b++) {
                h[a][b] = entry(g, idx[a], idx[b], rho);
            }
        }
        return entry(g, 0, 0, rho);
    }

    /** An entry of the Gram matrix of u = x + ρ (index 1 is the constant). */
    private static double entry(GramMatrix g, int i, int j, double rho) {
        if (rho == 0 || (i == 1 && j == 1)) {
            return g.centred(i, j);
        }
        double n = g.centred(1, 1);
        if (i == 1 || j == 1) {
            return g.centred(i == 1 ? j : i, 1) + rho * n;
        }
        return g.centred(i, j) + rho * (g.centred(i, 1) + g.centred(1, j)) + rho * rho * n;
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
                throw new IllegalArgumentException("The fit is singular: the lagged values of the series are "
                        + "collinear (a constant or exactly periodic series?). Try a lower order.");
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
    }
}
