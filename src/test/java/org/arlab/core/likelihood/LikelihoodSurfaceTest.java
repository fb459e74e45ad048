package org.arlab.core.likelihood;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.ExactMle;
import org.arlab.core.ar.GramMatrix;
import org.junit.jupiter.api.Test;

class LikelihoodSurfaceTest {
    private static double[] simulate(double[] phi, int n, long seed) {
        return ArSimulator.simulate(ArModel.of(0.3, phi, 1.2), n, null, RandomStreams.of(seed))
                .values();
    }

    @Test
    void prefixGramEqualsTheGramOfThePrefix() {
        double[] y = simulate(new double[] {0.5, -0.3, 0.1}, 3000, 1);
        PrefixGram pg = PrefixGram.of(y, 3);
        SplittableRandom rnd = new SplittableRandom(2);
        for (int trial = 0; trial < 50; trial++) {
            int m = 4 + rnd.nextInt(2996);
            GramMatrix a = pg.upTo(m);
            GramMatrix b = GramMatrix.of(java.util.Arrays.copyOf(y, m), 3);
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    assertThat(a.get(i, j)).isCloseTo(b.get(i, j), offset(1e-9 * Math.max(1, Math.abs(b.get(i, j)))));
                }
            }
            assertThat(a.nobs()).isEqualTo(b.nobs());
        }
    }

    @Test
    void gridMaximumIsTheConditionalMleToTheGridsResolution() {
        double[] y = simulate(new double[] {0.5, -0.3}, 2000, 3);
        ArFit fit = ConditionalMle.fit(y, 2, true);
        double[] xs = LikelihoodSurface.grid(-2, 2, 256);
        double[] ys = LikelihoodSurface.grid(-1, 1, 256);
        LikelihoodSurface s = LikelihoodSurface.conditional(GramMatrix.of(y, 2), fit.phi(), 0, 1, true, xs, ys);
        assertThat(s.argX()).isCloseTo(fit.phi()[0], offset(xs[1] - xs[0]));
        assertThat(s.argY()).isCloseTo(fit.phi()[1], offset(ys[1] - ys[0]));
        assertThat(s.max()).isLessThanOrEqualTo(fit.logLikelihood() + 1e-9);
        assertThat(s.max()).isCloseTo(fit.logLikelihood(), offset(0.05));
    }

    @Test
    void likelihoodRatioRegionCoversTheTruthAboutNinetyFivePercentOfTheTime() {
        // 2(ℓ̂ − ℓ(φ_true)) ≤ χ²₂(0.95) over 300 seeds at n = 10⁴; 3 standard errors of a proportion: ±0.038
        double[] truth = {0.5, -0.3};
        int covered = 0;
        int seeds = 300;
        for (int seed = 0; seed < seeds; seed++) {
            double[] y = simulate(truth, 10_000, 1000 + seed);
            GramMatrix g = GramMatrix.of(y, 2);
            double lmax = ConditionalMle.fit(y, 2, true).logLikelihood();
            double lt = GradientAscent.logLikelihood(g, truth, true);
            if (2 * (lmax - lt) <= -2 * Math.log(0.05)) {
                covered++;
            }
        }
        double rate = (double) covered / seeds;
        assertThat(rate).isBetween(0.95 - 0.038, 0.95 + 0.038);
    }

    @Test
    void gradientAscentClimbsAtASmallRateAndDivergesAtALargeOne() {
        double[] y = simulate(new double[] {0.5, -0.3}, 5000, 4);
        GramMatrix g = GramMatrix.of(y, 2);
        ArFit fit = ConditionalMle.fit(y, 2, true);
        double x = -1;
        double z = 0.5;
        double last = GradientAscent.logLikelihood(g, new double[] {x, z}, true);
        for (int k = 0; k < 400; k++) {
            GradientAscent.Point pt = GradientAscent.step(g, new double[2], 0, 1, true, x, z, 0.3);
            assertThat(pt.logLikelihood()).isGreaterThanOrEqualTo(last - 1e-9);
            last = pt.logLikelihood();
            x = pt.x();
            z = pt.y();
        }
        assertThat(x).isCloseTo(fit.phi()[0], offset(1e-3));
        assertThat(z).isCloseTo(fit.phi()[1], offset(1e-3));
        // too large a rate overshoots: ℓ falls at some step
        x = -1;
        z = 0.5;
        last = GradientAscent.logLikelihood(g, new double[] {x, z}, true);
        boolean fell = false;
        for (int k = 0; k < 20; k++) {
            GradientAscent.Point pt = GradientAscent.step(g, new double[2], 0, 1, true, x, z, 5);
            fell |= pt.logLikelihood() < last;
            last = pt.logLikelihood();
            x = pt.x();
            z = pt.y();
        }
        assertThat(fell).isTrue();
    }

    @Test
    void exactSurfaceIsMinusInfinityOutsideTheTriangleAndPeaksAtTheExactMle() {
        double[] y = simulate(new double[] {0.5, -0.3}, 800, 5);
        ArFit mle = ExactMle.fit(y, 2, true);
        double[] xs = LikelihoodSurface.grid(-2.2, 2.2, 221);
        double[] ys = LikelihoodSurface.grid(-1.1, 1.1, 111);
        LikelihoodSurface s = LikelihoodSurface.exact(y, GramMatrix.of(y, 2), mle.phi(), 0, 1, mle.mean(), xs, ys);
        assertThat(s.argX()).isCloseTo(mle.phi()[0], offset(0.02));
        assertThat(s.argY()).isCloseTo(mle.phi()[1], offset(0.02));
        assertThat(s.max()).isCloseTo(mle.logLikelihood(), offset(0.05));
        // (φ1, φ2) = (1.5, 0.4) is outside the triangle (φ1 + φ2 > 1)
        int a = 170; // xs[170] = 1.54
        int b = 75;  // ys[75] = 0.39
        assertThat(s.z()[a][b]).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
