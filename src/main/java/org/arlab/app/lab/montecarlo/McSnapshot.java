package org.arlab.app.lab.montecarlo;

import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.GaussianPolynomial;
import org.arlab.core.montecarlo.Trace;

/**
 * What the Monte Carlo lab shows after a batch.
 *
 * @param f the polynomial and the law of x
 * @param exactMean E f(x)
 * @param exactVariance Var f(x)
 * @param estimate the running estimate of E f
 * @param biasedVariance the variance of f, 1/M form
 * @param unbiasedVariance the variance of f, 1/(M − 1) form
 * @param trace the estimate over M (extras: the biased variance)
 * @param histogram counts of f values per bin
 * @param range the histogram's {lo, hi}
 * @param maxSamples where sampling stops
 */
public record McSnapshot(GaussianPolynomial f, double exactMean, double exactVariance, Estimate estimate,
        double biasedVariance, double unbiasedVariance, Trace trace, long[] histogram, double[] range,
        long maxSamples) {
    /** @return M so far */
    public long count() {
        return estimate.count();
    }
}
