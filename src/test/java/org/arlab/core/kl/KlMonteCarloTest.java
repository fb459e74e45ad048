package org.arlab.core.kl;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.ar.ArModel;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.Trace;
import org.arlab.core.random.SequenceStreams;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
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
                KlMonteCarlo mc = new KlMonteCarlo(pq[0], pq[1], t, null, RandomStreams.perSequence(seed));
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
        KlMonteCarlo mc = new KlMonteCarlo(P, Q, 100, null, RandomStreams.perSequence(3));
        mc.advance(1_000, () -> false);
        double se1 = mc.logRatio().stdError();
        mc.advance(99_000, () -> false);
        double se2 = mc.logRatio().stdError();
        assertThat(se1 / se2).isBetween(10 * 0.9, 10 * 1.1);
    }

    @Test
    void theSameSeedAndBatchesGiveTheSameEstimate() {
        KlMonteCarlo a = new KlMonteCarlo(P, Q, 50, null, RandomStreams.perSequence(11));
        KlMonteCarlo b = new KlMonteCarlo(P, Q, 50, null, RandomStreams.perSequence(11));
        a.advance(3000, () -> false);
        b.advance(3000, () -> false);
        assertThat(a.logRatio()).isEqualTo(b.logRatio());
        assertThat(a.conditional()).isEqualTo(b.conditional());
    }

    /** Issue 22: the same seed gives the same bits on one, two and three threads, in any batches. */
    @Test
    void theEstimatesForASeedDoNotDependOnTheThreads() {
        KlMonteCarlo one = new KlMonteCarlo(P, Q, 40, new double[] {0.3, -1}, RandomStreams.perSequence(5), 1);
        one.advance(20_003, () -> false);
        for (int threads : new int[] {2, 3}) {
            KlMonteCarlo mc = new KlMonteCarlo(P, Q, 40, new double[] {0.3, -1}, RandomStreams.perSequence(5), threads);
            mc.advance(7_001, () -> false);
            mc.advance(13_002, () -> false);
            assertThat(mc.logRatio()).as("%d threads", threads).isEqualTo(one.logRatio());
            assertThat(mc.conditional()).as("%d threads", threads).isEqualTo(one.conditional());
            assertThat(mc.conditionalTrace().means()).isEqualTo(one.conditionalTrace().means());
        }
    }

    /**
     * Issue 15: with one stream shared by eight lanes, M = 10⁵ from seed 42 (the lab's defaults, T = 200) gave
     * log-ratio 38.12268889551189 in one batch, 38.097087041179535 in batches of 95 and 38.12385505837851 one at a
     * time. With one stream per sequence the estimates and traces are the same to the last bit.
     */
    @Test
    void theEstimatesForASeedDoNotDependOnTheBatching() {
        long total = 100_000;
        KlMonteCarlo whole = new KlMonteCarlo(P, Q, 200, null, RandomStreams.perSequence(42));
        assertThat(whole.advance(total, () -> false)).isEqualTo(total);
        for (int batch : new int[] {1, 95, 4096}) {
            KlMonteCarlo mc = new KlMonteCarlo(P, Q, 200, null, RandomStreams.perSequence(42));
            long done = 0;
            while (done < total) {
                done += mc.advance(Math.min(batch, total - done), () -> false);
            }
            assertThat(mc.logRatio()).as("batches of %d", batch).isEqualTo(whole.logRatio());
            assertThat(mc.conditional()).as("batches of %d", batch).isEqualTo(whole.conditional());
            assertThat(mc.conditionalTrace().means()).isEqualTo(whole.conditionalTrace().means());
        }
        double exact = KlClosedForm.cumulative(P, Q, 200, null)[199];
        assertThat(Math.abs(whole.conditional().mean() - exact)).isLessThan(4 * whole.conditional().stdError());
    }

    /** Sequence m is drawn from stream m alone: the same sums by a plain one-sequence loop. */
    @Test
    void sequenceMDrawsFromStreamM() {
        ArModel p = ArModel.of(0.2, new double[] {0.7, -0.1}, 0.9);
        ArModel q = ArModel.of(-0.1, new double[] {0.4}, 1.3);
        int t = 7;
        int m = 13;
        KlMonteCarlo mc = new KlMonteCarlo(p, q, t, null, RandomStreams.perSequence(99));
        mc.advance(m, () -> false);
        SequenceStreams streams = RandomStreams.perSequence(99);
        double lr = 0;
        double co = 0;
        for (int i = 0; i < m; i++) {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(streams.stream(i));
            double x1 = 0;
            double x2 = 0;
            double one = 0;
            double two = 0;
            for (int k = 0; k < t; k++) {
                double e = g.sample();
                double f = 0.2 + 0.7 * x1 - 0.1 * x2;
                double gq = -0.1 + 0.4 * x1;
                double x = f + 0.9 * e;
                one += Math.log(1.3 / 0.9) + (x - gq) * (x - gq) / (2 * 1.69) - e * e / 2;
                two += Math.log(1.3 / 0.9) + (0.81 + (f - gq) * (f - gq)) / (2 * 1.69) - 0.5;
                x2 = x1;
                x1 = x;
            }
            lr += one;
            co += two;
        }
        assertThat(mc.logRatio().mean()).isCloseTo(lr / m, within(1e-13));
        assertThat(mc.conditional().mean()).isCloseTo(co / m, within(1e-13));
    }

    /**
     * The kernel (innovations drawn per lane, then the eight recursions written out, the past in rotating rows)
     * against a plain one-sequence loop, for orders 1 to 7, p and q of different orders, fixed initial values and
     * group sizes that leave lanes empty.
     */
    @Test
    void theKernelIsAPlainLoopForEveryOrderAndGroupSize() {
        java.util.Random random = new java.util.Random(2026);
        for (int r = 1; r <= 7; r++) {
            double[] phiP = new double[r];
            double[] phiQ = new double[Math.max(1, r - 1 - r % 2)];
            for (int i = 0; i < r; i++) {
                phiP[i] = 0.6 * (random.nextDouble() - 0.5) / (i + 1);
            }
            for (int i = 0; i < phiQ.length; i++) {
                phiQ[i] = 0.6 * (random.nextDouble() - 0.5) / (i + 1);
            }
            ArModel p = ArModel.of(0.3, phiP, 0.8);
            ArModel q = ArModel.of(-0.2, phiQ, 1.1);
            double[] initial = new double[r];
            for (int i = 0; i < r; i++) {
                initial[i] = random.nextGaussian();
            }
            int t = 5 + 3 * r;
            for (int m : new int[] {1, 7, 8, 9, 8 * r + 5}) {
                KlMonteCarlo mc = new KlMonteCarlo(p, q, t, initial, RandomStreams.perSequence(r + 40L));
                mc.advance(m, () -> false);
                double[] plain = plainLoop(p, q, t, initial, RandomStreams.perSequence(r + 40L), m);
                assertThat(mc.logRatio().mean()).as("r = %d, M = %d", r, m).isEqualTo(plain[0]);
                assertThat(mc.conditional().mean()).as("r = %d, M = %d", r, m).isEqualTo(plain[1]);
            }
        }
    }

    /**
     * Issue 22: the kernel was rewritten for a cold command line's sake (small methods the compiler takes early); the
     * README example gives the same bits as before it was.
     */
    @Test
    void theReadmeExampleGivesTheSameBitsAsBeforeTheKernelWasRewritten() {
        KlMonteCarlo mc = new KlMonteCarlo(P, Q, 200, null, RandomStreams.perSequence(42), 2);
        mc.advance(100_000, () -> false);
        assertThat(mc.logRatio().mean()).isEqualTo(38.01638922782957);
        assertThat(mc.logRatio().stdError()).isEqualTo(0.03196925118763207);
        assertThat(mc.conditional().mean()).isEqualTo(38.04767669875811);
        assertThat(mc.conditional().stdError()).isEqualTo(0.01507756870361543);
    }

    /**
     * @return {log-ratio mean, conditional mean} over sequences 0 … m − 1, each drawn alone from its stream, the
     *     terms added in the kernel's order and the means by the same running mean
     */
    private static double[] plainLoop(ArModel p, ArModel q, int t, double[] initial, SequenceStreams streams, int m) {
        int r = Math.max(p.order(), q.order());
        double[] a = KlClosedForm.pad(p.phi(), r);
        double[] b = KlClosedForm.pad(q.phi(), r);
        double sp = p.sigma();
        double sq = q.sigma();
        double inv2q = 1 / (2 * sq * sq);
        double logRatioSigma = Math.log(sq / sp);
        double constant = logRatioSigma + sp * sp * inv2q - 0.5;
        org.arlab.core.montecarlo.RunningMean lr = new org.arlab.core.montecarlo.RunningMean();
        org.arlab.core.montecarlo.RunningMean co = new org.arlab.core.montecarlo.RunningMean();
        for (int s = 0; s < m; s++) {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(streams.stream(s));
            double[] past = initial.clone(); // most recent first
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (int k = 0; k < t; k++) {
                double e = g.sample();
                double f = p.intercept();
                double h = q.intercept();
                for (int i = 0; i < r; i++) {
                    f += a[i] * past[i];
                    h += b[i] * past[i];
                }
                double x = f + sp * e;
                s0 += (x - h) * (x - h);
                s1 += e * e;
                s2 += (f - h) * (f - h);
                System.arraycopy(past, 0, past, 1, r - 1);
                past[0] = x;
            }
            lr.add(t * logRatioSigma + s0 * inv2q - 0.5 * s1);
            co.add(t * constant + s2 * inv2q);
        }
        return new double[] {lr.estimate().mean(), co.estimate().mean()};
    }

    @Test
    void theTraceIsLogSpacedAndEndsNearTheLastCount() {
        KlMonteCarlo mc = new KlMonteCarlo(P, Q, 10, null, RandomStreams.perSequence(5));
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
        KlMonteCarlo mc = new KlMonteCarlo(P, Q, 10, null, RandomStreams.perSequence(5));
        long drawn = mc.advance(1_000_000, () -> true);
        assertThat(drawn).isZero();
        assertThat(mc.count()).isZero();
    }

    @Test
    void anExplosiveModelOverflowingSaysSo() {
        KlMonteCarlo mc = new KlMonteCarlo(ArModel.of(new double[] {3}, 1), Q, 2000, null, RandomStreams.perSequence(5));
        assertThatThrownBy(() -> mc.advance(10, () -> false)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("explosive");
    }
}
