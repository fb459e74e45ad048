package org.arlab.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The one place a seed becomes a random source: every sampler takes a {@link UniformRandomProvider} made here, so
 * a figure is fixed by its seed and the generator is named once (xoroshiro128++, Commons RNG).
 */
public final class RandomStreams {
    private RandomStreams() {
    }

    /** @return a new xoroshiro128++ stream seeded from the seed */
    public static UniformRandomProvider of(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }
}
