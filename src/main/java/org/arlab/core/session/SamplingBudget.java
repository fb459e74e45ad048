package org.arlab.core.session;

/**
 * A sampling lab's budget as its sliders hold it.
 *
 * @param logMaxSamples log10 of the largest M
 * @param logPace log10 of the pace in samples per second (at the slider's top: as fast as possible)
 * @param seed the seed
 */
public record SamplingBudget(double logMaxSamples, double logPace, long seed) {
    /**
     * @throws IllegalArgumentException for a largest M outside 10²..10⁶ or a pace outside 10..10⁷ per second
     */
    public SamplingBudget {
        HorizonSettings.range("log10 of the largest M", logMaxSamples, 2, 6);
        HorizonSettings.range("log10 of the pace", logPace, 1, 7);
    }
}
