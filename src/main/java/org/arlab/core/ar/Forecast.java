package org.arlab.core.ar;

/**
 * h-step forecasts of an AR(p) model from the end of a series, with 95% intervals: the mean by the noise-free
 * recursion, the error variance σ² Σ_{j&lt;h} ψ_j² (MATH.md, problem 2E), the interval mean ± 1.96·√variance.
 *
 * @param mean forecast means for h = 1..H
 * @param variance forecast error variances
 * @param lower lower 95% limits
 * @param upper upper 95% limits
 */
public record Forecast(double[] mean, double[] variance, double[] lower, double[] upper) {
    /** The 97.5% standard normal quantile. */
    public static final double Z975 = 1.959963984540054;

    /**
     * @param model the model
     * @param y the series (at least p values)
     * @param horizon H ≥ 1
     */
    public static Forecast of(ArModel model, double[] y, int horizon) {
        int p = model.order();
        if (y.length < p || horizon < 1) {
            throw new IllegalArgumentException("A forecast needs the last " + p + " values and a horizon of 1 or more.");
        }
        double[] state = java.util.Arrays.copyOfRange(y, y.length - p, y.length);
        double[] buf = new double[p + horizon];
        System.arraycopy(state, 0, buf, 0, p);
        double[] mean = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            double v = model.intercept();
            for (int i = 1; i <= p; i++) {
                v += model.phi(i) * buf[p + h - i];
            }
            buf[p + h] = Math.max(-ArSimulator.LIMIT, Math.min(ArSimulator.LIMIT, v));
            mean[h] = buf[p + h];
        }
        double[] var = PsiWeights.errorVariance(model, horizon);
        double[] lo = new double[horizon];
        double[] hi = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            double half = Z975 * Math.sqrt(var[h]);
            lo[h] = mean[h] - half;
            hi[h] = mean[h] + half;
        }
        return new Forecast(mean, var, lo, hi);
    }
}
