package org.arlab.core.ar;

/**
 * Conditional maximum likelihood of AR(p) (MATH.md, problem 1): least squares on x_t = (1, y_{t−1}, …, y_{t−p}) by
 * {@link LeastSquares} (the centred, scaled normal equations from the {@link GramMatrix}, solved by Cholesky and
 * refined on the residuals of the data; without an intercept on the series' own values); σ̂² = SSR/N with the SSR
 * summed from the residuals, ℓ_max = −N/2 · (log(2πσ̂²) + 1), Cov(β̂) = σ̂²(XᵀX)⁻¹, and ĉ mapped back from the
 * centred fit.
 */
public final class ConditionalMle {
    private ConditionalMle() {
    }

    /** Fits using every equation t = p+1..n. */
    public static ArFit fit(double[] y, int p, boolean withIntercept) {
        return fit(y, p, withIntercept, p + 1);
    }

    /**
     * Fits using the equations t = first..n (order selection compares all orders on t = P+1..n).
     *
     * @throws IllegalArgumentException when the series is too short or its lags are collinear
     */
    public static ArFit fit(double[] y, int p, boolean withIntercept, int first) {
        int k = p + (withIntercept ? 1 : 0);
        int nobs = y.length - first + 1;
        if (p < 0 || first < p + 1 || nobs < k + 1) {
            throw new IllegalArgumentException("Fitting an AR(" + p + ")" + (withIntercept ? " with intercept" : "")
                    + " needs at least " + (p + k + 1) + " values; the series has " + y.length + ".");
        }
        LeastSquares.Solution s = LeastSquares.fit(y, p, withIntercept, first);
        double scale = s.units().scale();
        double sigma2x = s.ssr() / nobs;
        if (!(sigma2x > 0) || s.exact()) {
            throw new IllegalArgumentException("The series is fitted exactly (zero residuals): it is deterministic, "
                    + "and the likelihood is unbounded.");
        }
        double sigmaX = Math.sqrt(sigma2x);
        int off = withIntercept ? 1 : 0;
        double[] sePhi = new double[p];
        for (int i = 0; i < p; i++) {
            sePhi[i] = sigmaX * Math.sqrt(s.inverse(off + i, off + i));
        }
        double seC = withIntercept ? sigmaX * scale * s.interceptFactor() : Double.NaN;
        double sigma2 = sigma2x * scale * scale;
        double ll = -0.5 * nobs * (Math.log(2 * Math.PI * sigma2x) + 2 * Math.log(scale) + 1);
        return new ArFit(ArFit.Method.OLS, s.phi(), s.interceptInSeriesUnits(), withIntercept, sigma2, ll, nobs, seC,
                sePhi);
    }
}
