package org.arlab.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

import org.arlab.core.neural.Predictive;
import org.arlab.core.random.RandomStreams;

/** The threshold AR, the double well and the inverted sinusoid: conditionals by hand, samples that follow them. */
class SimpleProcessesTest {
    /** Standardised one-step residuals of a sample under its own conditionals: mean 0, variance 1. */
    private static double[] residualMoments(SequenceModel m, int n) {
        double[] x = m.sample(n, RandomStreams.of(99));
        Predictive[] p = m.conditionals(x, m.firstConditional(), n);
        double s = 0;
        double s2 = 0;
        for (int t = m.firstConditional(); t < n; t++) {
            Predictive q = p[t - m.firstConditional()];
            double z = (x[t] - q.mean()) / Math.sqrt(q.variance());
            s += z;
            s2 += z * z;
        }
        int k = n - m.firstConditional();
        return new double[] {s / k, s2 / k};
    }

    @Test
    void theThresholdArSwitchesMeanAndNoiseAtTheThreshold() {
        ThresholdAr m = ThresholdAr.DEFAULT;
        Predictive below = m.conditional(-1);
        assertThat(below.mean()).isCloseTo(0.8 + 0.7 * -1, offset(1e-15));
        assertThat(below.sds()[0]).isEqualTo(0.3);
        Predictive at = m.conditional(0);
        assertThat(at.sds()[0]).isEqualTo(0.3); // x ≤ r is the lower regime
        Predictive above = m.conditional(2);
        assertThat(above.mean()).isCloseTo(-0.5 + 0.3 * 2, offset(1e-15));
        assertThat(above.sds()[0]).isEqualTo(1.2);
        double[] mom = residualMoments(m, 50_000);
        assertThat(mom[0]).isCloseTo(0, offset(0.02));
        assertThat(mom[1]).isCloseTo(1, offset(0.03));
        double[] x = m.sample(100, RandomStreams.of(1));
        assertThat(m.conditionals(x, 1, 100)[4].mean()).isEqualTo(m.conditional(x[4]).mean());
    }

    @Test
    void theDoubleWellIsTheEulerStepAndVisitsBothWells() {
        DoubleWell m = DoubleWell.DEFAULT;
        Predictive p = m.conditional(0.5);
        assertThat(p.mean()).isCloseTo(0.5 + 0.1 * (0.5 - 0.125), offset(1e-15));
        assertThat(p.sds()[0]).isCloseTo(0.6 * Math.sqrt(0.1), offset(1e-15));
        double[] x = m.sample(20_000, RandomStreams.of(5));
        int left = 0;
        for (double v : x) {
            left += v < 0 ? 1 : 0;
        }
        assertThat(left).isBetween(2_000, 18_000); // bistable: it crosses the barrier and dwells on both sides
        double[] mom = residualMoments(m, 50_000);
        assertThat(mom[0]).isCloseTo(0, offset(0.02));
        assertThat(mom[1]).isCloseTo(1, offset(0.03));
        assertThatThrownBy(() -> new DoubleWell(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theInvertedSinusoidsConditionalIntegratesToOne() {
        for (double t : new double[] {0.1, 0.5, 0.62, 0.9}) {
            int cells = 4000;
            double integral = 0;
            for (int i = 0; i < cells; i++) {
                integral += InvertedSinusoid.conditionalDensity((i + 0.5) / cells, t, 4000) / cells;
            }
            assertThat(integral).as("t = %s", t).isCloseTo(1, offset(1e-3));
        }
        double[][] d = InvertedSinusoid.sample(1000, RandomStreams.of(3));
        for (int i = 0; i < 1000; i++) {
            assertThat(Math.abs(d[0][i] - InvertedSinusoid.forward(d[1][i]))).isLessThanOrEqualTo(0.1);
            assertThat(d[1][i]).isBetween(0.0, 1.0);
        }
    }
}
