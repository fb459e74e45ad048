package org.arlab.core.ar;

/**
 * The autocovariances of a stationary AR(p) model: γ(0..p) solve {@code γ(k) − Σ_i φ_i γ(|k − i|) = σ² δ_k},
 * k = 0..p; beyond p, {@code γ(k) = Σ_i φ_i γ(k − i)}.
 */
public final class TheoreticalAcf {
    private TheoreticalAcf() {
    }

    /**
     * @param model a stationary model
     * @param maxLag K
     * @return γ(0..K)
     * @throws IllegalArgumentException for a model that is not stationary
     */
    public static double[] autocovariance(ArModel model, int maxLag) {
        if (!model.isStationary()) {
            throw new IllegalArgumentException("A model that is not stationary has no autocovariances.");
        }
        int p = model.order();
        double[] phi = model.phi();
        double s2 = model.sigma() * model.sigma();
        double[] g = new double[Math.max(maxLag, p) + 1];
        if (p == 0) {
            g[0] = s2;
            return java.util.Arrays.copyOf(g, maxLag + 1);
        }
        double[][] a = new double[p + 1][p + 1];
        double[] b = new double[p + 1];
        for (int k = 0; k <= p; k++) {
            a[k][k] += 1;
            for (int i = 1; i <= p; i++) {
                a[k][Math.abs(k - i)] -= phi[i - 1];
            }
        }
        b[0] = s2;
        double[] sol = DenseAlgebra.solvePivoting(a, b);
        if (sol == null) {
            throw new IllegalArgumentException("The model is on the edge of stationarity.");
        }
        System.arraycopy(sol, 0, g, 0, p + 1);
        for (int k = p + 1; k < g.length; k++) {
            for (int i = 1; i <= p; i++) {
                g[k] += phi[i - 1] * g[k - i];
            }
        }
        return java.util.Arrays.copyOf(g, maxLag + 1);
    }

    /** @return ρ(1..K) = γ(k)/γ(0) */
    public static double[] acf(ArModel model, int maxLag) {
        double[] g = autocovariance(model, maxLag);
        double[] r = new double[maxLag];
        for (int k = 1; k <= maxLag; k++) {
            r[k - 1] = g[k] / g[0];
        }
        return r;
    }
}
