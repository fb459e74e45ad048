package org.arlab.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The one place a seed becomes a random source: every sampler takes a {@link UniformRandomProvider} made here, so
 * a figure is fixed by its seed and the generator is named once (xoroshiro128++, Commons RNG). Monte Carlo estimates
 * over many independent sequences take {@link #perSequence} instead: one stream per sequence.
 */
public final class RandomStreams {
    private RandomStreams() {
    }

    /** @return a new xoroshiro128++ stream seeded from the seed */
    public static UniformRandomProvider of(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /**
     * @return one stream per numbered sequence, derived from the seed ({@link SequenceStreams}): what a Monte Carlo
     *     estimate draws from, so that its numbers for a seed do not depend on how its sequences are batched
     */
    public static SequenceStreams perSequence(long seed) {
        return new SequenceStreams(seed);
    }
}
