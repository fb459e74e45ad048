package org.arlab.core.ar;

import org.apache.commons.math3.special.Gamma;

/**
 * The Ljung–Box test of residual autocorrelation (MATH.md, "Diagnostics"):
 * {@code Q = N(N+2) Σ_{k=1..h} r_k²/(N − k)}, compared with χ² on h − p degrees of freedom.
 *
 * @param statistic Q
 * @param lags h
 * @param degreesOfFreedom h − p
 * @param pValue P(χ² &gt; Q); NaN when h ≤ p
 */
public record LjungBox(double statistic, int lags, int degreesOfFreedom, double pValue) {

    /**
     * @param residuals the residuals (N ≥ h + 1)
     * @param lags h
     * @param modelDf p, the number of AR coefficients fitted
     */
    public static LjungBox of(double[] residuals, int lags, int modelDf) {
        int n = residuals.length;
        if (lags < 1 || n <= lags) {
            throw new IllegalArgumentException("The Ljung–Box test with " + lags + " lags needs more than " + lags
                    + " residuals, not " + n + ".");
        }
        double[] r = SampleAcf.of(residuals, lags).acf();
        double q = 0;
        for (int k = 1; k <= lags; k++) {
            q += r[k - 1] * r[k - 1] / (n - k);
        }
        q *= (double) n * (n + 2);
        int df = lags - modelDf;
        return new LjungBox(q, lags, df, df > 0 ? upperTail(q, df) : Double.NaN);
    }

    /**
     * @return P(χ²_df &gt; q), the upper tail itself, Q(df/2, q/2) (not 1 − cdf, which loses everything below 1e-16:
     *     R's Box.test prints 0 where the tail is 8.1e-127)
     */
    public static double upperTail(double q, int df) {
        return Gamma.regularizedGammaQ(df / 2.0, q / 2.0);
    }
}
