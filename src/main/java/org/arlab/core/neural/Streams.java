package org.arlab.core.neural;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.arlab.core.random.RandomStreams;

/**
 * One random stream per purpose from one seed, so that changing how a run draws for one purpose (the mini-batch
 * size, say) never moves the draws of another (the initial weights): stream k is the seed's xoroshiro128++ stream
 * ({@link RandomStreams#of(long)}) advanced by k jumps of 2⁶⁴ steps, so the streams never overlap.
 */
enum Streams {
    /** The initial weights (Glorot uniform). */
    INITIAL_WEIGHTS,
    /** The order of the mini-batches. */
    BATCH_ORDER,
    /** The coins of scheduled sampling (which inputs are the model's own predictions). */
    SCHEDULE;

    /** @return this purpose's stream for the seed */
    UniformRandomProvider of(long seed) {
        UniformRandomProvider rng = RandomStreams.of(seed);
        if (!(rng instanceof JumpableUniformRandomProvider jumpable)) {
            throw new IllegalStateException("RandomStreams no longer gives a jumpable generator.");
        }
        for (int k = 0; k < ordinal(); k++) {
            jumpable.jump();
        }
        return rng;
    }
}
