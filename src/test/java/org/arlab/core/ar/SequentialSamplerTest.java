package org.arlab.core.ar;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class SequentialSamplerTest {
    @Test
    void conditionalMeanIsInterceptPlusPhiTimesThePast() {
        // c = 0.5, φ = (0.3, −0.2), y₋₁ = 1, y₀ = 2: f = 0.5 + 0.3·2 − 0.2·1 = 0.9 (by hand)
        ArModel m = ArModel.of(0.5, new double[] {0.3, -0.2}, 1.5);
        SequentialSampler s = SequentialSampler.of(m, new double[] {1, 2}, RandomStreams.of(1L));
        assertThat(s.nextMean()).isCloseTo(0.9, offset(1e-15));
        SequentialSampler.Draw d = s.next();
        assertThat(d.k()).isEqualTo(1);
        assertThat(d.mean()).isCloseTo(0.9, offset(1e-15));
        assertThat(d.sd()).isEqualTo(1.5);
        // the next mean uses the value just drawn: 0.5 + 0.3·x₁ − 0.2·2
        assertThat(s.nextMean()).isCloseTo(0.5 + 0.3 * d.value() - 0.4, offset(1e-12));
        assertThat(s.drawn()).containsExactly(d.value());
    }

    @Test
    void standardisedInnovationsAreStandardNormal() {
        ArModel m = ArModel.of(1.0, new double[] {0.9, -0.5, 0.1}, 2.0);
        SequentialSampler s = SequentialSampler.of(m, null, RandomStreams.of(9L));
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            SequentialSampler.Draw d = s.next();
            double z = (d.value() - d.mean()) / d.sd();
            sum += z;
            sumSq += z * z;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        // 5 standard errors: 5/sqrt(n) ≈ 0.011 for the mean, 5·sqrt(2/n) ≈ 0.016 for the variance
        assertThat(mean).isCloseTo(0, offset(0.011));
        assertThat(var).isCloseTo(1, offset(0.016));
        assertThat(s.count()).isEqualTo(n);
    }

    @Test
    void explosiveModelStaysFinite() {
        SequentialSampler s = SequentialSampler.of(ArModel.of(new double[] {3}, 1), new double[] {1},
                RandomStreams.of(2L));
        for (int i = 0; i < 2000; i++) {
            assertThat(Double.isFinite(s.next().value())).isTrue();
        }
    }

    @Test
    void refusesWrongNumberOfInitialValues() {
        assertThatThrownBy(() -> SequentialSampler.of(ArModel.of(new double[] {0.1, 0.2}, 1), new double[] {1},
                RandomStreams.of(2L))).hasMessageContaining("needs 2 initial values");
    }

    /** Issue 17: Step by step with seed 42 drew a different path from the Series tab with seed 42. */
    @Test
    void theMatchingSamplerDrawsTheSimulatorsSeriesValueForValue() {
        for (ArModel m : new ArModel[] {ArModel.of(new double[] {0.5, -0.3}, 1), ArModel.of(2, new double[] {0.9}, 0.5),
            ArModel.of(new double[] {1.05}, 1)}) {
            double[] initial = m.order() == 1 ? new double[] {0.3} : null;
            double[] series = ArSimulator.simulate(m, 200, initial, RandomStreams.of(42L)).values();
            SequentialSampler s = SequentialSampler.matching(m, initial, RandomStreams.of(42L));
            for (int k = 0; k < 60; k++) {
                assertThat(s.next().value()).as("x%d of %s", k + 1, m).isEqualTo(series[k]);
            }
        }
    }
}
