package org.arlab.core.kl;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.arlab.core.ar.ArModel;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.Trace;
import org.junit.jupiter.api.Test;

class KlMonteCarloTest {
    private static final ArModel P = ArModel.of(new double[] {0.5, -0.3}, 1);
    private static final ArModel Q = ArModel.of(new double[] {0.6, 0.2}, 1);

    @Test
    void bothEstimatorsLieWithinFourStandardErrorsOfTheClosedFormOverManySeeds() {
        ArModel[][] pairs = {{P, Q}, {Q, P}, {ArModel.of(new double[] {0.7}, 0.8), ArModel.of(new double[] {0.2, 0.1, -0.2}, 1.3)},
            {ArModel.of(0.5, new double[] {0.6, -0.2}, 1), ArModel.of(-0.4, new double[] {0.3}, 1.1)}};
        for (ArModel[] pq : pairs) {
            for (long seed = 1; seed <= 5; seed++) {
                int t = 40;
                double exact = KlClosedForm.cumulative(pq[0], pq[1], t, null)[t - 1];
                KlMonteCarlo mc = new KlMonteCarlo(pq[0], pq[1], t, null, RandomStreams.of(seed));
                mc.advance(20_000, () -> false);
                for (Estimate e : new Estimate[] {mc.logRatio(), mc.conditional()}) {
                    assertThat(Math.abs(e.mean() - exact)).as("seed %d: %s vs %s", seed, e, exact)
                            .isLessThanOrEqualTo(4 * e.stdError());
                }
                assertThat(mc.conditional().stdError()).isLessThan(mc.logRatio().stdError());
            }
        }
    }

    @Test
    void theStandardErrorFallsAsOneOverRootM() {
        KlMonteCarlo mc = new KlMonteCarlo(P, Q, 100, null, RandomStreams.of(3));
        mc.advance(1_000, () -> false);
        double se1 = mc.logRatio().stdError();
        mc.advance(99_000, () -> false);
        double se2 = mc.logRatio().stdError();
        assertThat(se1 / se2).isBetween(10 * 0.9, 10 * 1.1);
    }

    @Test
    void theSameSeedAndBatchesGiveTheSameEstimate() {
        KlMonteCarlo a = new KlMonteCarlo(P, Q, 50, null, RandomStreams.of(11));
        KlMonteCarlo b = new KlMonteCarlo(P, Q, 50, null, RandomStreams.of(11));
        a.advance(3000, () -> false);
        b.advance(3000, () -> false);
        assertThat(a.logRatio()).isEqualTo(b.logRatio());
        assertThat(a.conditional()).isEqualTo(b.conditional());
    }

    @Test
    void theTraceIsLogSpacedAndEndsNearTheLastCount() {
        KlMonteCarlo mc = new KlMonteCarlo(P, Q, 10, null, RandomStreams.of(5));
        mc.advance(100_000, () -> false);
        Trace t = mc.conditionalTrace();
        long[] m = t.counts();
        assertThat(m[0]).isEqualTo(1);
        assertThat(m).isSorted();
        // 20 counts below 20, then 40 per decade up to 10⁵: about 20 + 40·3.7
        assertThat(t.size()).isBetween(150, 185);
        assertThat(m[m.length - 1]).isGreaterThan(94_000);
    }

    @Test
    void cancellingStopsBetweenChunks() {
        KlMonteCarlo mc = new KlMonteCarlo(P, Q, 10, null, RandomStreams.of(5));
        long drawn = mc.advance(1_000_000, () -> true);
        assertThat(drawn).isZero();
        assertThat(mc.count()).isZero();
    }

    @Test
    void anExplosiveModelOverflowingSaysSo() {
        KlMonteCarlo mc = new KlMonteCarlo(ArModel.of(new double[] {3}, 1), Q, 2000, null, RandomStreams.of(5));
        assertThatThrownBy(() -> mc.advance(10, () -> false)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("explosive");
    }
}
