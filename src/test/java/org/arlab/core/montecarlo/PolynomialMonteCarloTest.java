package org.arlab.core.montecarlo;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PolynomialMonteCarloTest {
    private static final GaussianPolynomial DEFAULT = new GaussianPolynomial(new double[] {1, 1, 1}, 0, 2);

    @Test
    void theEstimateLiesWithinFourStandardErrorsOfThreeOverManySeeds() {
        for (long seed = 1; seed <= 20; seed++) {
            PolynomialMonteCarlo mc = new PolynomialMonteCarlo(DEFAULT, RandomStreams.of(seed));
            mc.advance(50_000, () -> false);
            Estimate e = mc.estimate();
            assertThat(Math.abs(e.mean() - 3)).as("seed %d: %s", seed, e).isLessThanOrEqualTo(4 * e.stdError());
            // sd(f) = √10: the standard error is √(10/M) to within sampling error
            assertThat(e.stdError()).isCloseTo(Math.sqrt(10.0 / 50_000), within(0.1 * Math.sqrt(10.0 / 50_000)));
        }
    }

    /** One value per sample, drawn in order from one stream: the batching (the lab's pace) changes nothing. */
    @Test
    void theEstimatesForASeedDoNotDependOnTheBatching() {
        PolynomialMonteCarlo whole = new PolynomialMonteCarlo(DEFAULT, RandomStreams.of(42));
        whole.advance(100_000, () -> false);
        for (int batch : new int[] {1, 95, 4096}) {
            PolynomialMonteCarlo mc = new PolynomialMonteCarlo(DEFAULT, RandomStreams.of(42));
            long done = 0;
            while (done < 100_000) {
                done += mc.advance(Math.min(batch, 100_000 - done), () -> false);
            }
            assertThat(mc.estimate()).as("batches of %d", batch).isEqualTo(whole.estimate());
            assertThat(mc.histogram()).isEqualTo(whole.histogram());
            assertThat(mc.trace().means()).isEqualTo(whole.trace().means());
        }
    }

    @Test
    void theBiasedVarianceIsTheUnbiasedTimesMMinusOneOverM() {
        PolynomialMonteCarlo mc = new PolynomialMonteCarlo(DEFAULT, RandomStreams.of(9));
        mc.advance(7, () -> false);
        assertThat(mc.biasedVariance()).isCloseTo(mc.unbiasedVariance() * 6 / 7, within(1e-12));
        // by hand from the same draws: redo the sums
        PolynomialMonteCarlo again = new PolynomialMonteCarlo(DEFAULT, RandomStreams.of(9));
        again.advance(7, () -> false);
        assertThat(again.estimate()).isEqualTo(mc.estimate());
    }

    @Test
    void averagedOverSeedsTheBiasedVarianceFallsShortByTheFactorMMinusOneOverM() {
        // E[biased] = (M − 1)/M · 10 = 5 at M = 2; E[unbiased] = 10. 20 000 replications: SE of the mean ≈ 0.2.
        double biased = 0;
        double unbiased = 0;
        int reps = 20_000;
        for (int r = 0; r < reps; r++) {
            PolynomialMonteCarlo mc = new PolynomialMonteCarlo(DEFAULT, RandomStreams.of(1000 + r));
            mc.advance(2, () -> false);
            biased += mc.biasedVariance() / reps;
            unbiased += mc.unbiasedVariance() / reps;
        }
        assertThat(biased).isCloseTo(5, within(1.0));
        assertThat(unbiased).isCloseTo(10, within(2.0));
        assertThat(biased / unbiased).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void theHistogramCountsEverySample() {
        PolynomialMonteCarlo mc = new PolynomialMonteCarlo(DEFAULT, RandomStreams.of(1));
        mc.advance(10_000, () -> false);
        long inside = Arrays.stream(mc.histogram()).sum();
        long[] out = mc.outside();
        assertThat(inside + out[0] + out[1]).isEqualTo(10_000);
        assertThat(out[0]).isZero(); // f ≥ 3/4 everywhere and the range starts at its minimum
        assertThat(inside).isGreaterThan(9_900);
    }

    @Test
    void runningMeanIsStableForLargeOffsets() {
        RunningMean m = new RunningMean();
        for (int i = 0; i < 1_000_000; i++) {
            m.add(1e9 + (i % 2 == 0 ? 1 : -1));
        }
        assertThat(m.mean()).isCloseTo(1e9, within(1e-6));
        assertThat(m.biasedVariance()).isCloseTo(1.0, within(1e-6));
    }
}
