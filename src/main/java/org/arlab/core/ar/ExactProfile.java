package org.arlab.core.ar;

/**
 * The exact Gaussian log-likelihood of AR(p) with σ² concentrated out (MATH.md, problem 1, "Exact likelihood"), on a
 * series x in the units the caller chose (centred and scaled for the optimiser):
 * {@code −ℓ(φ, m) = n/2 · (log(2π S/n) + 1) + ½ log det V_p} with
 * {@code S = (x_{1:p} − m)ᵀ V_p⁻¹ (x_{1:p} − m) + Σ_{t>p} (x_t − m − Σ φ_i (x_{t−i} − m))²}, V_p the p × p
 * autocovariance matrix of the model with σ = 1. Both pieces are closed forms, O(p²) per evaluation whatever n is:
 * the conditional sum from the {@link GramMatrix}; {@code V_p⁻¹ = AAᵀ − BBᵀ} (Gohberg–Semencul; Galbraith &amp;
 * Galbraith 1974) with A, B lower-triangular Toeplitz on (1, −φ_1, …, −φ_{p−1}) and (−φ_p, …, −φ_1); and
 * {@code log det V_p = −Σ_k k·log(1 − r_k²)} from the partial autocorrelations r_k of φ (the step-down recursion,
 * which also decides stationarity: every |r_k| &lt; 1).
 */
final class ExactProfile {
    private final double[] x;
    private final int p;
    private final GramMatrix g;
    private final double fixedMean;

    /**
     * @param x the series (in the units the result is wanted in: centred, so that its Gram matrix loses no digits)
     * @param p the order
     * @param g the Gram matrix of x for order p
     * @param fixedMean the mean m a model without one has, in the units of x (−shift/scale for a mean of 0)
     */
    ExactProfile(double[] x, int p, GramMatrix g, double fixedMean) {
        this.x = x;
        this.p = p;
        this.g = g;
        this.fixedMean = fixedMean;
    }

    /** @return m of a model without a mean parameter */
    double fixedMean() {
        return fixedMean;
    }

    /** @return n */
    int length() {
        return x.length;
    }

    /** @return −ℓ at (φ, m); +∞ where φ is not stationary */
    double negLogLik(double[] phi, double m) {
        double[] r = reflection(phi);
        if (r == null) {
            return Double.POSITIVE_INFINITY;
        }
        double logDet = 0;
        for (int k = 0; k < p; k++) {
            logDet -= (k + 1) * Math.log1p(-r[k] * r[k]);
        }
        return value(sumOfSquares(phi, m), logDet);
    }

    /**
     * @return −ℓ at partial autocorrelations tanh(u_1..u_p) and m: every u is stationary, and log(1 − r²) is
     *     −2 log cosh u, exact however close |r| is to 1
     */
    double negLogLikPacf(double[] u, double m) {
        double logDet = 0;
        for (int k = 0; k < p; k++) {
            logDet += 2 * (k + 1) * logCosh(u[k]);
        }
        return value(sumOfSquares(pacfToPhi(u, p), m), logDet);
    }

    private double value(double s, double logDet) {
        int n = x.length;
        if (!(s > 0) || !Double.isFinite(s)) {
            return Double.POSITIVE_INFINITY;
        }
        return 0.5 * n * (Math.log(2 * Math.PI * s / n) + 1) + 0.5 * logDet;
    }

    /** @return log det V_p at a stationary φ (NaN otherwise) */
    double logDet(double[] phi) {
        double[] r = reflection(phi);
        if (r == null) {
            return Double.NaN;
        }
        double logDet = 0;
        for (int k = 0; k < p; k++) {
            logDet -= (k + 1) * Math.log1p(-r[k] * r[k]);
        }
        return logDet;
    }

    /** @return S(φ, m) */
    double sumOfSquares(double[] phi, double m) {
        double s = g.centredSsr(m * (1 - GramMatrix.sum(phi)), phi);
        if (p == 0) {
            return s;
        }
        double[] w = new double[p];
        for (int i = 0; i < p; i++) {
            w[i] = x[i] - m;
        }
        return s + startForm(phi, w);
    }

    /**
     * @return wᵀV_p⁻¹w = ‖Aᵀw‖² − ‖Bᵀw‖² (Gohberg–Semencul), summed as Σ_j (a_j − b_j)(a_j + b_j) with the
     *     coefficient differences and sums formed first: near a unit root a_j and b_j nearly cancel, and squaring
     *     them first would lose twice the digits
     */
    static double startForm(double[] phi, double[] w) {
        int p = phi.length;
        double q = 0;
        for (int j = 0; j < p; j++) {
            double minus = 0;
            double plus = 0;
            for (int i = j; i < p; i++) {
                int d = i - j;
                double a = d == 0 ? 1 : -phi[d - 1];
                double b = -phi[p - d - 1];
                minus += (a - b) * w[i];
                plus += (a + b) * w[i];
            }
            q += minus * plus;
        }
        return q;
    }

    /**
     * The step-down (reverse Levinson) recursion: the partial autocorrelations r_1..r_p of an AR(p), or null when
     * some |r_k| ≥ 1 (the model is not stationary).
     */
    static double[] reflection(double[] phi) {
        int p = phi.length;
        double[] a = phi.clone();
        double[] r = new double[p];
        for (int k = p; k >= 1; k--) {
            double rk = a[k - 1];
            if (!(Math.abs(rk) < 1)) {
                return null;
            }
            r[k - 1] = rk;
            double d = 1 - rk * rk;
            double[] b = new double[k - 1];
            for (int j = 1; j < k; j++) {
                b[j - 1] = (a[j - 1] + rk * a[k - j - 1]) / d;
            }
            a = b;
        }
        return r;
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

    /** @return log cosh u without overflow */
    static double logCosh(double u) {
        double a = Math.abs(u);
        return a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
    }
}
