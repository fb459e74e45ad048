package org.arlab.core.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SequenceStreamsTest {
    private static long[] first(SequenceStreams.Stream s, int n) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = s.nextLong();
        }
        return v;
    }

    @Test
    void aStreamDependsOnTheSeedAndItsIndexOnly() {
        SequenceStreams a = RandomStreams.perSequence(42);
        SequenceStreams b = RandomStreams.perSequence(42);
        long[] fresh = first(a.stream(1234), 5);
        assertThat(first(b.stream(1234), 5)).isEqualTo(fresh);
        // a stream moved from elsewhere, after drawing, starts sequence 1234 the same way
        SequenceStreams.Stream moved = b.stream(7);
        moved.nextInt();
        moved.nextLong();
        assertThat(first(moved.moveTo(1234), 5)).isEqualTo(fresh);
        assertThat(first(RandomStreams.perSequence(43).stream(1234), 5)).isNotEqualTo(fresh);
    }

    @Test
    void neighbouringSequencesAndSeedsStartApart() {
        Set<Long> starts = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            SequenceStreams s = RandomStreams.perSequence(seed);
            for (long i = 0; i < 500; i++) {
                starts.add(s.stream(i).nextLong());
            }
        }
        assertThat(starts).hasSize(20 * 500);
    }

    @Test
    void theBitsLookUniform() {
        SequenceStreams.Stream s = RandomStreams.perSequence(1).stream(0);
        int[] ones = new int[64];
        int n = 0;
        for (long i = 0; i < 4000; i++) {
            s.moveTo(i);
            for (int k = 0; k < 4; k++) {
                long v = s.nextLong();
                n++;
                for (int b = 0; b < 64; b++) {
                    ones[b] += (int) ((v >>> b) & 1);
                }
            }
        }
        // each bit is 1 with probability 1/2: 16 000 draws, sd 63
        for (int b = 0; b < 64; b++) {
            assertThat(Math.abs(ones[b] - n / 2.0)).as("bit %d", b).isLessThan(5 * Math.sqrt(n / 4.0));
        }
    }
}
