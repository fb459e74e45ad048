package org.arlab.core.diagnostics;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Points of a normal QQ plot: sorted sample values against standard normal quantiles at R's plotting positions
 * {@code ppoints(n)}: {@code (i − a)/(n + 1 − 2a)}, i = 1..n, with a = 3/8 for n ≤ 10 and 1/2 otherwise
 * (R's {@code qqnorm}).
 *
 * @param theoretical standard normal quantiles, ascending
 * @param sample the sample, sorted ascending
 */
public record NormalQq(double[] theoretical, double[] sample) {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    /**
     * @param values the sample (finite values; copied)
     * @throws IllegalArgumentException for an empty sample or a non-finite value
     */
    public static NormalQq of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("A QQ plot needs at least one value.");
        }
        double[] sorted = values.clone();
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("A QQ plot needs finite values.");
            }
        }
        Arrays.sort(sorted);
        return new NormalQq(quantiles(n), sorted);
    }

    /** @return the n standard normal quantiles at R's {@code ppoints(n)} */
    public static double[] quantiles(int n) {
        double a = n <= 10 ? 3.0 / 8.0 : 0.5;
        double[] q = new double[n];
        for (int i = 1; i <= n; i++) {
            q[i - 1] = STANDARD.inverseCumulativeProbability((i - a) / (n + 1 - 2 * a));
        }
        return q;
    }

    /** @return the values standardised by their sample mean and standard deviation (1/(n−1)), sorted */
    public NormalQq standardised() {
        int n = sample.length;
        double mean = 0;
        for (double v : sample) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : sample) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = sd > 0 ? (sample[i] - mean) / sd : 0;
        }
        return new NormalQq(theoretical, z);
    }
}
