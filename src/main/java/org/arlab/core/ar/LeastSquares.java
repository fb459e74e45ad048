package org.arlab.core.ar;

/**
 * The one least-squares solver of AR Lab (MATH.md, problem 1 and "Numerical care"), behind the Fit lab's
 * {@link ConditionalMle}, the Likelihood lab's {@link GramMatrix#leastSquares} and every export: the normal equations
 * {@code XᵀXβ = Xᵀy} of the regressors {@code (1, y_{t−1}, …, y_{t−p})}, built from the {@link GramMatrix} of the
 * series centred on its mean and scaled, where {@code G_Z = ZᵀZ} of Z = (1, lags) is well conditioned whatever the
 * level of the data, and factored by Cholesky, {@code G_Z = LLᵀ}. With an intercept that is the whole system. Without
 * one the model is not invariant to a shift and the regressors are the raw lags {@code X = ZB},
 * {@code B = (ρ1ᵀ; I)} with ρ the shift in units of the scale: their triangular factor R comes from a Householder
 * QR of the small matrix LᵀB ({@code XᵀX = RᵀR}), the QR of the raw regression without forming its
 * ill-conditioned normal equations (κ(X), not κ(X)², reaches the standard errors). With the data at hand the
 * solution is then refined on the residuals ({@code r = Xᵀ(y − Xβ)} computed from the series,
 * {@code β ← β + (XᵀX)⁻¹r}, repeated until the correction is below 10⁻¹⁰ of β: the corrected semi-normal equations,
 * as accurate as a QR solve) and the residual sum of squares comes from those residuals, not from the quadratic
 * form.
 */
final class LeastSquares {
    /** Refinement passes at most. */
    static final int MAX_PASSES = 6;

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
     * @param sumOfSquares Σx_t² of the centred series over the equations (the scale of "exact")
     */
    record Solution(int p, boolean intercept, double[] beta, double[][] inverseFactor, double ssr, int nobs,
            Centring units, double sumOfSquares) {
        /**
         * Residuals below this fraction of the centred series' mean square (a residual standard deviation of 10⁻¹³
         * of the series') are rounding: the series is deterministic (a pure sine is an exact AR(2)).
         */
        static final double EXACT = 1e-26;

        /** @return whether the fit is exact up to rounding */
        boolean exact() {
            return !(ssr > EXACT * sumOfSquares);
        }

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
        Centring units = Centring.of(y, true);
        GramMatrix g = GramMatrix.of(y, p, first, units);
        NormalEquations system = NormalEquations.of(g, intercept);
        double[] beta = system.start.clone();
        int k = beta.length;
        int lo = first - 1;
        double rho = units.relativeShift();
        double ssr = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            double[] r = new double[p + 1];
            double[] centredBeta = new double[p + 1]; // (c_x, φ) of the centred series; without c, c_x = −ρ(1 − Σφ)
            System.arraycopy(beta, intercept ? 1 : 0, centredBeta, 1, p);
            centredBeta[0] = intercept ? beta[0] : -rho * (1 - GramMatrix.sum(system.phi(beta)));
            ssr = residuals(y, p, lo, units, centredBeta, r);
            if (k == 0) {
                break;
            }
            double[] rk = new double[k];
            for (int i = 0; i < k; i++) {
                // Xᵀe: over (1, lags) of x, or over the raw lags x + ρ
                rk[i] = intercept ? r[i] : r[1 + i] + rho * r[0];
            }
            double[] delta = DenseAlgebra.solve(system.l, rk);
            double big = 0;
            double change = 0;
            for (int i = 0; i < k; i++) {
                beta[i] += delta[i];
                ssr -= delta[i] * rk[i];
                big = Math.max(big, Math.abs(beta[i]));
                change = Math.max(change, Math.abs(delta[i]));
            }
            if (change <= 1e-10 * big) {
                break;
            }
        }
        return new Solution(p, intercept, beta, DenseAlgebra.inverseLower(system.l), Math.max(0, ssr), y.length - lo,
                intercept ? units : new Centring(0, units.scale()), g.centred(0, 0));
    }

    /**
     * The normal equations of a fit from the centred Gram matrix: the lower factor L of XᵀX = LLᵀ and Xᵀy, in the
     * centred units (with an intercept) or in those of the series over its scale (without).
     */
    private record NormalEquations(double[][] l, double[] rhs, double[] start, boolean intercept) {
        static NormalEquations of(GramMatrix g, boolean intercept) {
            int p = g.order();
            int k = p + (intercept ? 1 : 0);
            double[][] gz = new double[p + 1][p + 1]; // Z = (1, lags): indices 1..p+1 of G
            double[] zy = new double[p + 1];
            for (int a = 0; a <= p; a++) {
                zy[a] = g.centred(a + 1, 0);
                for (int b = 0; b <= p; b++) {
                    gz[a][b] = g.centred(a + 1, b + 1);
                }
            }
            if (intercept) {
                double[][] l = DenseAlgebra.factor(gz);
                return new NormalEquations(l, zy, DenseAlgebra.solve(l, zy), true);
            }
            if (k == 0) {
                return new NormalEquations(new double[0][0], new double[0], new double[0], false);
            }
            double rho = g.units().relativeShift();
            double[][] lz = DenseAlgebra.factor(gz);
            // M = LᵀB, B = (ρ1ᵀ; I): column i of M is Lᵀ(ρe₀ + e_{1+i})
            double[][] m = new double[p + 1][p];
            for (int i = 0; i < p; i++) {
                for (int r = 0; r <= p; r++) {
                    m[r][i] = rho * lz[0][r] + lz[1 + i][r];
                }
            }
            double[][] rt = DenseAlgebra.transpose(DenseAlgebra.upperFactor(m));
            // Xᵀu = Bᵀ(Zᵀx + ρZᵀ1), u = x + ρ
            double[] rhs = new double[p];
            for (int i = 0; i < p; i++) {
                rhs[i] = rho * (zy[0] + rho * gz[0][0]) + zy[1 + i] + rho * gz[1 + i][0];
            }
            for (int i = 0; i < p; i++) {
                if (!(Math.abs(rt[i][i]) > 0)) {
                    throw DenseAlgebra.singular();
                }
            }
            return new NormalEquations(rt, rhs, augmented(g, rho, rt, rhs), false);
        }

        /**
         * φ without an intercept from the Cholesky factor L of the whole centred Gram (response included): the
         * residual of u = x + ρ is v(φ)ᵀz_t with v(φ) = (1, ρ(1 − Σφ), −φ), so φ minimises ‖Lᵀ(v₀ + Cφ)‖, a small
         * least-squares problem solved by a Householder QR of [LᵀC | Lᵀv₀]: the error then scales with κ(X) and the
         * relative residual, not κ(X)² (the semi-normal equations RᵀRφ = Xᵀu), which matters when only the Gram
         * matrix is at hand. Falls back to those when the fit is exact (L singular).
         */
        private static double[] augmented(GramMatrix g, double rho, double[][] rt, double[] rhs) {
            int p = g.order();
            int m = p + 2;
            double[][] full = new double[m][m];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    full[a][b] = g.centred(a, b);
                }
            }
            double[][] lf;
            try {
                lf = DenseAlgebra.factor(full);
            } catch (IllegalArgumentException e) {
                return DenseAlgebra.solve(rt, rhs);
            }
            double[][] ab = new double[m][p + 1];
            for (int r = 0; r < m; r++) {
                for (int i = 0; i < p; i++) {
                    ab[r][i] = -rho * lf[1][r] - lf[2 + i][r];
                }
                ab[r][p] = lf[0][r] + rho * lf[1][r];
            }
            double[][] r = DenseAlgebra.upperFactor(ab);
            double[] phi = new double[p];
            for (int i = p - 1; i >= 0; i--) {
                double v = -r[i][p];
                for (int j = i + 1; j < p; j++) {
                    v -= r[i][j] * phi[j];
                }
                if (!(Math.abs(r[i][i]) > 0)) {
                    return DenseAlgebra.solve(rt, rhs);
                }
                phi[i] = v / r[i][i];
            }
            return phi;
        }

        double[] phi(double[] beta) {
            return java.util.Arrays.copyOfRange(beta, intercept ? 1 : 0, beta.length);
        }
    }

    /**
     * One pass over the data: the residuals e_t = x_t − c_x − Σφ_i x_{t−i} of the centred series, their sum of
     * squares, and (Σe_t, Σe_t x_{t−1}, …, Σe_t x_{t−p}) into r, block by block.
     *
     * @param beta (c_x, φ_1..φ_p)
     */
    private static double residuals(double[] y, int p, int lo, Centring units, double[] beta, double[] r) {
        int n = y.length;
        int block = GramMatrix.BLOCK;
        double[] buf = new double[block + p + 4];
        double[] e = new double[block];
        double shift = units.shift();
        double inv = 1 / units.scale();
        double[] xe = new double[p + 1]; // Σ e_j x_{j+m−p}, m = 0..p: r[i] is m = p − i
        double ssr = 0;
        for (int b0 = lo; b0 < n; b0 += block) {
            int len = Math.min(block, n - b0);
            for (int j = 0; j < len + p; j++) {
                buf[j] = (y[b0 - p + j] - shift) * inv;
            }
            predictionErrors(buf, p, beta, e, len);
            ssr += LagProducts.dot(e, 0, e, 0, len);
            r[0] += LagProducts.sum(e, len);
            LagProducts.correlate(e, buf, len, p, xe);
        }
        for (int i = 1; i <= p; i++) {
            r[i] += xe[p - i];
        }
        return ssr;
    }

    /**
     * {@code e[j] = buf[p + j] − β₀ − Σ_i β_i buf[p + j − i]}, eight values of j at a time (eight independent sums,
     * each coefficient loaded once per eight).
     */
    private static void predictionErrors(double[] buf, int p, double[] beta, double[] e, int len) {
        double c = beta[0];
        int j = 0;
        for (; j + 7 < len; j += 8) {
            int q = p + j;
            double v0 = buf[q] - c;
            double v1 = buf[q + 1] - c;
            double v2 = buf[q + 2] - c;
            double v3 = buf[q + 3] - c;
            double v4 = buf[q + 4] - c;
            double v5 = buf[q + 5] - c;
            double v6 = buf[q + 6] - c;
            double v7 = buf[q + 7] - c;
            for (int i = 1; i <= p; i++) {
                double f = beta[i];
                int b = q - i;
                v0 -= f * buf[b];
                v1 -= f * buf[b + 1];
                v2 -= f * buf[b + 2];
                v3 -= f * buf[b + 3];
                v4 -= f * buf[b + 4];
                v5 -= f * buf[b + 5];
                v6 -= f * buf[b + 6];
                v7 -= f * buf[b + 7];
            }
            e[j] = v0;
            e[j + 1] = v1;
            e[j + 2] = v2;
            e[j + 3] = v3;
            e[j + 4] = v4;
            e[j + 5] = v5;
            e[j + 6] = v6;
            e[j + 7] = v7;
        }
        for (; j < len; j++) {
            double v = buf[p + j] - c;
            for (int i = 1; i <= p; i++) {
                v -= beta[i] * buf[p + j - i];
            }
            e[j] = v;
        }
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
        NormalEquations system = NormalEquations.of(g, intercept);
        double[] beta = system.start.clone();
        double rho = g.units().relativeShift();
        double[] phiPart = system.phi(beta);
        double cx = intercept ? beta[0] : -rho * (1 - GramMatrix.sum(phiPart));
        double sigma2 = g.centredSsr(cx, phiPart) / g.nobs(); // centred units
        Solution sol = new Solution(p, intercept, beta, DenseAlgebra.inverseLower(system.l), sigma2 * g.nobs(), g.nobs(),
                intercept ? g.units() : new Centring(0, g.units().scale()), g.centred(0, 0));
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
}
