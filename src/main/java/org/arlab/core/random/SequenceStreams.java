package org.arlab.core.random;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * One random stream per numbered sequence, all derived from one seed (made by {@link RandomStreams#perSequence}):
 * sequence i always draws the same numbers for a seed, whatever was drawn before it and however the sequences are
 * batched. Stream i is xoroshiro128++ started from the state {@code (mix(h + (2i+1)γ), mix(h + (2i+2)γ))}, with
 * {@code h = mix(seed)}, γ the golden-ratio increment and mix SplitMix64's finaliser: SplitMix64 run from
 * {@code h}, read at positions 2i+1 and 2i+2, the way Commons RNG itself turns a {@code long} seed into a
 * xoroshiro128 state. Two streams overlap only if their starting points fall within a sequence's length of each other
 * on a cycle of 2¹²⁸ − 1, which for any realistic number of sequences has a probability far below 10⁻²⁰.
 * Immutable and thread-safe; each {@link Stream} is not.
 */
public final class SequenceStreams {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final long base;

    SequenceStreams(long seed) {
        this.seed = seed;
        this.base = mix(seed);
    }

    /** @return the seed the streams derive from */
    public long seed() {
        return seed;
    }

    /** @return a new stream at the start of sequence {@code index} */
    public Stream stream(long index) {
        return new Stream(this).moveTo(index);
    }

    /** SplitMix64's finaliser (Stafford's variant 13): a bijection of the 64-bit words with full avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A xoroshiro128++ stream that can be moved to the start of any sequence without allocating (the Monte Carlo
     * kernels keep one per lane and move it sequence after sequence). The state is never all zero: mix is a
     * bijection and its two inputs differ.
     */
    public static final class Stream extends XoRoShiRo128PlusPlus {
        private final SequenceStreams streams;

        Stream(SequenceStreams streams) {
            super(1, 0);
            this.streams = streams;
        }

        /** @return this stream, now at the start of sequence {@code index} */
        public Stream moveTo(long index) {
            long z = streams.base + 2 * index * GOLDEN;
            state0 = mix(z + GOLDEN);
            state1 = mix(z + 2 * GOLDEN);
            resetCachedState();
            return this;
        }
    }
}
