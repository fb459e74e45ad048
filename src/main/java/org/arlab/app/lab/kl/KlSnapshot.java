package org.arlab.app.lab.kl;

import java.util.List;

import org.arlab.core.kl.CumulativeKl;
import org.arlab.core.kl.KlExact;
import org.arlab.core.kl.ProcessKl;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.Trace;

/**
 * What the KL lab shows after a batch of samples.
 *
 * @param exact the exact values for the current p, q and T (null when p or q is not linear: no closed form)
 * @param logRatio the log-ratio estimate so far
 * @param conditional the conditional estimate so far (nested Monte Carlo for a mixture)
 * @param logRatioTrace the log-ratio estimate over M
 * @param conditionalTrace the conditional estimate over M
 * @param maxSamples where sampling stops
 * @param models for a pair with no closed form: what they are and how they are compared; null for two linear AR
 */
public record KlSnapshot(KlExact exact, Estimate logRatio, Estimate conditional, Trace logRatioTrace,
        Trace conditionalTrace, long maxSamples, Models models) {
    /**
     * A pair with no closed form.
     *
     * @param pair the pair's description (p, q, T), the key of a stored reference
     * @param method how the conditional estimator computes a step's KL
     * @param notes the starts, the estimator
     * @param secondsPer10k sampling time per 10⁴ sequences on this machine
     * @param reference a long run's KL_T(p‖q) for this pair, NaN when none is stored
     * @param referenceSe its standard error
     * @param horizon T
     * @param curve KL_t(p‖q) for t = 1..T from the same sequences, with its band and the slope κ̂
     */
    public record Models(String pair, ProcessKl.Method method, List<String> notes, double secondsPer10k,
            double reference, double referenceSe, int horizon, CumulativeKl curve) {
    }

    /** Two linear AR models. */
    public KlSnapshot(KlExact exact, Estimate logRatio, Estimate conditional, Trace logRatioTrace,
            Trace conditionalTrace, long maxSamples) {
        this(exact, logRatio, conditional, logRatioTrace, conditionalTrace, maxSamples, null);
    }

    /** @return M so far */
    public long count() {
        return logRatio.count();
    }

    /** @return what the estimates should settle on: the closed form, else a stored reference, else NaN */
    public double target() {
        return exact != null ? exact.forwardAtHorizon() : models.reference();
    }
}
