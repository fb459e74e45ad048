package org.arlab.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.arlab.core.neural.Predictive;
import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The nonlinear generators: exact conditionals by hand, samples whose residuals are the N(0, σ²) innovations. */
class GaussianGeneratorsTest {
    private static final List<GaussianGenerator> ALL = List.of(Setar.standard(), ExponentialAr.standard(),
            LogisticMapNoise.standard(), SineArNoise.standard());

    @Test
    void theConditionalMeansAreTheDefiningFormulas() {
        double[] x = {-1.0, 2.0, 0.3, 0.0};
        // SETAR: x ≤ 0 → 1 + 0.7x, x > 0 → −0.5x
        Setar s = Setar.standard();
        assertThat(s.mean(x, 1)).isEqualTo(1 + 0.7 * -1.0);
        assertThat(s.mean(x, 2)).isEqualTo(-1.0);
        assertThat(s.mean(x, 4)).isEqualTo(1.0); // x_{t−1} = 0 is the lower regime (≤ r)
        // exponential AR: (−0.5 + 1.4 e^{−x²}) x; at x = 2: (−0.5 + 1.4·0.01831563888873418)·2
        assertThat(ExponentialAr.standard().mean(x, 2)).isCloseTo((-0.5 + 1.4 * 0.01831563888873418) * 2, within(1e-15));
        assertThat(ExponentialAr.standard().mean(x, 4)).isZero();
        // logistic: 3.8·u(1 − u) with u clamped to [0, 1]: 0.3 → 0.798; 2 → u = 1 → 0; −1 → 0
        LogisticMapNoise l = LogisticMapNoise.standard();
        assertThat(l.mean(x, 3)).isCloseTo(0.798, within(1e-15));
        assertThat(l.mean(x, 2)).isZero();
        assertThat(l.mean(x, 1)).isZero();
        // sine: s_t + 0.6(x_{t−1} − s_{t−1}), s_t = sin(2πt/20): t = 5 → s = 1, s_4 = sin(0.4π) = 0.9510565162951535
        SineArNoise sine = SineArNoise.standard();
        double[] y = {0, 0, 0, 0, 2.0, 0};
        assertThat(sine.mean(y, 5)).isCloseTo(1 + 0.6 * (2.0 - 0.9510565162951535), within(1e-15));
    }

    @Test
    void conditionalsAreGaussiansWithTheMeanAndSigmaAndTheLikelihoodSumsTheirLogDensities() {
        for (GaussianGenerator g : ALL) {
            double[] x = g.sample(300, RandomStreams.of(7));
            Predictive[] c = g.conditionals(x, 1, x.length);
            double sum = 0;
            for (int t = 1; t < x.length; t++) {
                assertThat(c[t - 1].components()).isEqualTo(1);
                assertThat(c[t - 1].mean()).isEqualTo(g.mean(x, t));
                assertThat(c[t - 1].sds()[0]).isEqualTo(g.sigma());
                sum += c[t - 1].logDensity(x[t]);
            }
            assertThat(g.logLikelihood(x, 1, x.length)).as(g.name()).isCloseTo(sum, within(1e-9 * Math.abs(sum)));
        }
    }

    @Test
    void samplesAreTheMeanPlusIndependentStandardNormalInnovations() {
        for (GaussianGenerator g : ALL) {
            int n = 40_000;
            double[] x = g.sample(n, RandomStreams.of(11));
            double m = 0;
            double v = 0;
            double lag = 0;
            double prev = 0;
            for (int t = 1; t < n; t++) {
                double e = (x[t] - g.mean(x, t)) / g.sigma();
                m += e;
                v += e * e;
                lag += e * prev;
                prev = e;
            }
            m /= n - 1;
            v /= n - 1;
            lag /= n - 2;
            // N(0, 1) i.i.d.: the mean within 4 standard errors (1/√n), the variance and lag-1 product likewise
            assertThat(m).as(g.name()).isCloseTo(0, within(4 / Math.sqrt(n)));
            assertThat(v).as(g.name()).isCloseTo(1, within(4 * Math.sqrt(2.0 / n)));
            assertThat(lag).as(g.name()).isCloseTo(0, within(4 / Math.sqrt(n)));
            for (double value : x) {
                assertThat(value).isFinite();
            }
        }
    }

    @Test
    void aSeedGivesTheSameSeriesAndAnotherSeedAnother() {
        for (GaussianGenerator g : ALL) {
            assertThat(g.sample(50, RandomStreams.of(3))).isEqualTo(g.sample(50, RandomStreams.of(3)));
            assertThat(g.sample(50, RandomStreams.of(3))).isNotEqualTo(g.sample(50, RandomStreams.of(4)));
        }
    }

    @Test
    void badParametersAndRangesAreRefused() {
        assertThatThrownBy(() -> new Setar(0, 1, 0.5, 0, 0.5, 0)).hasMessageContaining("σ");
        assertThatThrownBy(() -> new ExponentialAr(0.5, 0.1, -1, 1)).hasMessageContaining("γ");
        assertThatThrownBy(() -> new LogisticMapNoise(4.5, 0.1)).hasMessageContaining("r must be");
        assertThatThrownBy(() -> new SineArNoise(1, 20, 1.0, 0.1)).hasMessageContaining("φ");
        assertThatThrownBy(() -> Setar.standard().conditionals(new double[5], 0, 5)).hasMessageContaining("t = 1");
    }

    @Test
    void theSineStartsItsPhaseAtZeroAndTheSetarVisitsBothRegimes() {
        double[] x = SineArNoise.standard().sample(4000, RandomStreams.of(5));
        // the average over many periods of x_t − u_t: the mean of x at phase t mod 20 follows the sine
        double[] byPhase = new double[20];
        for (int t = 0; t < x.length; t++) {
            byPhase[t % 20] += x[t] / (x.length / 20.0);
        }
        assertThat(byPhase[5]).isCloseTo(1, within(0.15));
        assertThat(byPhase[15]).isCloseTo(-1, within(0.15));
        double[] s = Setar.standard().sample(2000, RandomStreams.of(5));
        long below = java.util.Arrays.stream(s).filter(v -> v <= 0).count();
        assertThat(below).isBetween(200L, 1800L);
    }
}
