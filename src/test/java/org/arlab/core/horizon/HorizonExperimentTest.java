package org.arlab.core.horizon;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.arlab.core.ar.ArModel;
import org.junit.jupiter.api.Test;

class HorizonExperimentTest {
    private final ArModel truth = ArModel.of(0.5, new double[] {0.6, -0.2}, 1.3);

    @Test
    void withTheTrueModelAsFitThereIsNoBiasAndErrorsMatchTheory() {
        HorizonExperiment e = HorizonExperiment.run(truth, 500, 2000, 20_000, 3, y -> truth, RandomStreams.of(11));
        double s2 = 1.3 * 1.3;
        // one-step teacher-forced MSE over 2000 held-out values: σ² within 5·σ²·sqrt(2/2000)
        assertThat(e.oneStepMse()).isCloseTo(s2, offset(5 * s2 * Math.sqrt(2.0 / 2000)));
        for (int h = 0; h < 200; h++) {
            assertThat(e.squaredBias()[h]).isZero();
            assertThat(e.mseFittedModel()[h]).isEqualTo(e.mseTrueModel()[h]);
            double v = e.theoryVariance()[h];
            assertThat(e.mseTrueModel()[h]).isCloseTo(v, offset(5 * v * Math.sqrt(2.0 / 20_000)));
        }
        assertThat(e.theoryVariance()[0]).isCloseTo(s2, offset(1e-12));
        assertThat(e.fan().paths()).hasDimensions(3, 2000);
    }

    @Test
    void aWrongFitAddsItsSquaredBias() {
        ArModel wrong = ArModel.of(0.5, new double[] {0.8, -0.2}, 1.3);
        HorizonExperiment e = HorizonExperiment.run(truth, 300, 100, 20_000, 0, y -> wrong, RandomStreams.of(5));
        double[] y = e.series();
        // conditional means by hand from the last two training values
        double a = y[298];
        double b = y[299];
        double ma = a;
        double mb = b;
        double wa = a;
        double wb = b;
        for (int h = 0; h < 100; h++) {
            double m = 0.5 + 0.6 * mb - 0.2 * ma;
            double w = 0.5 + 0.8 * wb - 0.2 * wa;
            ma = mb;
            mb = m;
            wa = wb;
            wb = w;
            assertThat(e.trueMean()[h]).isCloseTo(m, offset(1e-9));
            assertThat(e.squaredBias()[h]).isCloseTo((w - m) * (w - m), offset(1e-9));
            // MSE of the wrong forecast exceeds the true one by the squared bias, up to sampling error
            double diff = e.mseFittedModel()[h] - e.mseTrueModel()[h];
            double sd = 2 * Math.abs(w - m) * Math.sqrt(e.theoryVariance()[h] / 20_000);
            assertThat(diff).isCloseTo(e.squaredBias()[h], offset(5 * sd + 1e-12));
        }
    }

    @Test
    void refusesTooShortTraining() {
        assertThatThrownBy(() -> HorizonExperiment.run(truth, 5, 10, 10, 0, y -> truth, RandomStreams.of(1)))
                .hasMessageContaining("more than 6 training values");
    }
}
