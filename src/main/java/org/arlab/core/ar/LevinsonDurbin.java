package org.arlab.core.ar;

/**
 * The Levinson–Durbin recursion: solves the Toeplitz Yule–Walker system Γ_p φ = γ in O(p²) and yields on the way the
 * partial autocorrelations (reflection coefficients) and the prediction error variance of every order.
 *
 * @param phi the AR(p) coefficients
 * @param pacf the partial autocorrelations φ_{kk}, k = 1..p
 * @param variance the prediction error variance of order p: γ(0) − φᵀγ
 */
public record LevinsonDurbin(double[] phi, double[] pacf, double variance) {

    /**
     * @param gamma autocovariances γ(0..p), γ(0) &gt; 0
     * @throws IllegalArgumentException when a γ is not finite, γ(0) ≤ 0, or the system is singular (|φ_kk| reaches 1)
     */
    public static LevinsonDurbin of(double[] gamma) {
        int p = gamma.length - 1;
        for (double g : gamma) {
            if (!Double.isFinite(g)) {
                throw new IllegalArgumentException("The autocovariances overflow double precision (the series' values "
                        + "are too large, or one is): rescale the series, e.g. divide it by a power of ten.");
            }
        }
        if (!(gamma[0] > 0)) {
            throw new IllegalArgumentException("The series has zero variance: there is nothing to fit.");
        }
        double[] phi = new double[p];
        double[] prev = new double[p];
        double[] pacf = new double[p];
        double v = gamma[0];
        for (int k = 1; k <= p; k++) {
            double num = gamma[k];
            for (int j = 1; j < k; j++) {
                num -= prev[j - 1] * gamma[k - j];
            }
            double kk = num / v;
            if (!(Math.abs(kk) < 1)) {
                throw new IllegalArgumentException("The autocovariances are singular at lag " + k
                        + ": the series is exactly predictable from its past. Try a lower order.");
            }
            phi[k - 1] = kk;
            for (int j = 1; j < k; j++) {
                phi[j - 1] = prev[j - 1] - kk * prev[k - j - 1];
            }
            pacf[k - 1] = kk;
            v *= 1 - kk * kk;
            System.arraycopy(phi, 0, prev, 0, k);
        }
        return new LevinsonDurbin(phi, pacf, v);
    }
}
