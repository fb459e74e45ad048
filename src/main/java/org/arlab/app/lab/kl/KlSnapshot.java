package org.arlab.app.lab.kl;

import org.arlab.core.kl.KlExact;
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
public record KlSnapshot(KlExact exact, Estimate logRatio, Estimate conditional, Trace logRatioTrace,
        Trace conditionalTrace, long maxSamples) {
    /** @return M so far */
    public long count() {
        return logRatio.count();
    }
}
