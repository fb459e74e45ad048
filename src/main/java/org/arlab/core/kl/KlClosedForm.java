package org.arlab.core.kl;

import org.arlab.core.ar.ArModel;

/**
 * The exact KL divergence {@code KL_T(p‖q)} between two AR models over T steps from the same fixed initial values,
 * by the chain rule with the state's mean and covariance propagated exactly under p (MATH.md, problem 2C, "Closed
 * form for linear AR"): with {@code f_k − g_k = Δc + dᵀ s_k},
 * {@code E_p[(f_k − g_k)²] = (Δc + dᵀ m_k)² + dᵀ P_k d}, {@code m_{k+1} = F m_k + c_p e₁},
 * {@code P_{k+1} = F P_k Fᵀ + σ_p² e₁e₁ᵀ}. O(T r²) for r = max(order p, order q).
 */
public final class KlClosedForm {
    private KlClosedForm() {
    }

    /**
     * @param p the model the data come from
     * @param q the model compared with it
     * @param horizon T ≥ 1
     * @param initial the fixed initial values x_0, x_{−1}, … (most recent first; missing ones are 0); null for zeros
     * @return the cumulative divergences KL_1..KL_T (index T − 1), or a shorter array when they overflow (see
     *     {@link #overflowed})
     */
    public static double[] cumulative(ArModel p, ArModel q, int horizon, double[] initial) {
        if (horizon < 1) {
            throw new IllegalArgumentException("The horizon T must be at least 1, not " + horizon + ".");
        }
        double[] perStep = perStep(p, q, horizon, initial);
        double[] cum = new double[perStep.length];
        double acc = 0;
        for (int k = 0; k < perStep.length; k++) {
            acc += perStep[k];
            cum[k] = acc;
        }
        return cum;
    }

    /** @return true when {@code values} is shorter than asked: the divergence overflowed double precision there */
    public static boolean overflowed(double[] values, int horizon) {
        return values.length < horizon;
    }

    /**
     * @return the expected conditional divergences {@code E_p[KL(p(x_k|x_<k) ‖ q(x_k|x_<k))]}, k = 1..T (index
     *     k − 1); cut short where a value would no longer be finite
     */
    public static double[] perStep(ArModel p, ArModel q, int horizon, double[] initial) {
        int r = Math.max(1, Math.max(p.order(), q.order()));
        double[] phiP = pad(p.phi(), r);
        double[] d = pad(p.phi(), r);
        double[] phiQ = pad(q.phi(), r);
        for (int i = 0; i < r; i++) {
            d[i] -= phiQ[i];
        }
        double dc = p.intercept() - q.intercept();
        double sp = p.sigma();
        double sq = q.sigma();
        double sp2 = sp * sp;
        double constant = Math.log(sq / sp) + sp2 / (2 * sq * sq) - 0.5;
        double[] m = new double[r];
        if (initial != null) {
            System.arraycopy(initial, 0, m, 0, Math.min(r, initial.length));
        }
        double[][] cov = new double[r][r];
        double[][] tmp = new double[r][r];
        double[] out = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            double mean = dc;
            for (int i = 0; i < r; i++) {
                mean += d[i] * m[i];
            }
            double quad = 0;
            for (int i = 0; i < r; i++) {
                double row = 0;
                for (int j = 0; j < r; j++) {
                    row += cov[i][j] * d[j];
                }
                quad += d[i] * row;
            }
            double v = constant + (mean * mean + quad) / (2 * sq * sq);
            if (!Double.isFinite(v)) {
                return java.util.Arrays.copyOf(out, k);
            }
            out[k] = Math.max(0, v);
            step(phiP, p.intercept(), sp2, m, cov, tmp);
        }
        return out;
    }

    /** One step of the state's law under p: m ← F m + c e₁, P ← F P Fᵀ + σ² e₁e₁ᵀ, F the companion matrix. */
    static void step(double[] phi, double c, double s2, double[] m, double[][] cov, double[][] tmp) {
        int r = phi.length;
        double head = c;
        for (int i = 0; i < r; i++) {
            head += phi[i] * m[i];
        }
        System.arraycopy(m, 0, m, 1, r - 1);
        m[0] = head;
        // tmp = F P: row 0 is φᵀP, row i is row i − 1 of P
        for (int j = 0; j < r; j++) {
            double s = 0;
            for (int i = 0; i < r; i++) {
                s += phi[i] * cov[i][j];
            }
            tmp[0][j] = s;
        }
        for (int i = 1; i < r; i++) {
            System.arraycopy(cov[i - 1], 0, tmp[i], 0, r);
        }
        // P = tmp Fᵀ: column 0 is tmp φ, column j is column j − 1 of tmp
        for (int i = 0; i < r; i++) {
            double s = 0;
            for (int j = 0; j < r; j++) {
                s += tmp[i][j] * phi[j];
            }
            for (int j = r - 1; j >= 1; j--) {
                cov[i][j] = tmp[i][j - 1];
            }
            cov[i][0] = s;
        }
        cov[0][0] += s2;
    }

    static double[] pad(double[] v, int r) {
        return java.util.Arrays.copyOf(v, r);
    }
}
