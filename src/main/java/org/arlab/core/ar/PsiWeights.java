package org.arlab.core.ar;

/**
 * The ψ-weights of an AR(p) model, its MA(∞) form {@code y_t = μ + Σ_j ψ_j ε_{t−j}}: {@code ψ_0 = 1},
 * {@code ψ_j = Σ_{i=1..min(j,p)} φ_i ψ_{j−i}} (MATH.md, problem 2E), and the h-step forecast error variance
 * {@code σ² Σ_{j<h} ψ_j²}.
 */
public final class PsiWeights {
    private PsiWeights() {
    }

    /**
     * @param phi φ_1..φ_p
     * @param count how many weights, ψ_0..ψ_{count−1}
     * @return the weights (they grow geometrically for an explosive model; beyond ±1e300 they are held there)
     */
    public static double[] of(double[] phi, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of ψ-weights cannot be negative.");
        }
        double[] psi = new double[count];
        if (count == 0) {
            return psi;
        }
        psi[0] = 1;
        for (int j = 1; j < count; j++) {
            double s = 0;
            for (int i = 1; i <= Math.min(j, phi.length); i++) {
                s += phi[i - 1] * psi[j - i];
            }
            psi[j] = Math.max(-1e300, Math.min(1e300, s));
        }
        return psi;
    }

    /**
     * @return v[h − 1] = σ² Σ_{j&lt;h} ψ_j² for h = 1..horizon: the variance of the h-step-ahead value given the
     *     present state (held at Double.MAX_VALUE once it overflows)
     */
    public static double[] errorVariance(ArModel model, int horizon) {
        double[] psi = of(model.phi(), horizon);
        double s2 = model.sigma() * model.sigma();
        double[] v = new double[horizon];
        double sum = 0;
        for (int h = 0; h < horizon; h++) {
            sum += psi[h] * psi[h];
            v[h] = Math.min(Double.MAX_VALUE, s2 * sum);
        }
        return v;
    }
}
