package org.arlab.app.lab.kl;

import org.arlab.core.ar.ArModel;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.Trace;

/**
 * What the KL lab shows after a batch of samples.
 *
 * @param exact the exact values for the current p, q and T
 * @param logRatio the log-ratio estimate so far
 * @param conditional the conditional estimate so far
 * @param logRatioTrace the log-ratio estimate over M
 * @param conditionalTrace the conditional estimate over M
 * @param maxSamples where sampling stops
 */
public record KlSnapshot(Exact exact, Estimate logRatio, Estimate conditional, Trace logRatioTrace,
        Trace conditionalTrace, long maxSamples) {
    /**
     * The exact side.
     *
     * @param p the model sampled from
     * @param q the other model
     * @param horizon T
     * @param forward KL_1..KL_T(p‖q) (shorter when it overflowed)
     * @param reverse KL_1..KL_T(q‖p) (shorter when it overflowed)
     * @param rate κ(p‖q) in closed form, NaN when undefined
     * @param rateSpectral κ(p‖q) by the spectral integral, NaN when undefined
     * @param reverseRate κ(q‖p), NaN when undefined
     */
    public record Exact(ArModel p, ArModel q, int horizon, double[] forward, double[] reverse, double rate,
            double rateSpectral, double reverseRate) {
        /** @return KL_T(p‖q), NaN when it overflowed */
        public double forwardAtHorizon() {
            return forward.length == horizon ? forward[horizon - 1] : Double.NaN;
        }

        /** @return KL_T(q‖p), NaN when it overflowed */
        public double reverseAtHorizon() {
            return reverse.length == horizon ? reverse[horizon - 1] : Double.NaN;
        }
    }

    /** @return M so far */
    public long count() {
        return logRatio.count();
    }
}
