package org.arlab.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.ar.ArModel;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.Optimizer;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.neural.Trainer;
import org.arlab.core.neural.TrainingData;
import org.arlab.core.neural.TrainingPlan;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** Exposure-bias rollouts and errors, checked on a linear AR(1) net whose mean path is φ^h in closed form. */
class ExposureBiasTest {
    private static final double[] X = Setar.standard().sample(400, RandomStreams.of(2));

    private static TrainedModel linear() {
        TrainingData d = TrainingData.of(X, 1, 0.25);
        Trainer t = Trainer.of(WindowModel.linear(1, HeadSpec.gaussian()), d,
                TrainingPlan.fullBatch(Optimizer.adam(0.05)), 1);
        t.run(300, () -> false);
        return t.latest().model();
    }

    @Test
    void theMeanPathAndTheOneStepPredictionsAreTheLinearArsRecursions() {
        TrainedModel m = linear();
        ArModel ar = m.linearAr();
        double c = ar.intercept();
        double phi = ar.phi(1);
        ExposureBias.Fan fan = ExposureBias.fan(m, X, 300, 10, 5, 7);
        double prev = X[299];
        for (int h = 0; h < 10; h++) {
            prev = c + phi * prev;
            assertThat(fan.meanPath()[h]).isCloseTo(prev, within(1e-9));
            assertThat(fan.teacherForced()[h]).isCloseTo(c + phi * X[299 + h], within(1e-9));
            assertThat(fan.truth()[h]).isEqualTo(X[300 + h]);
        }
        assertThat(fan.paths()).hasNumberOfRows(5);
        assertThat(ExposureBias.fan(m, X, 300, 10, 5, 7).paths()).isDeepEqualTo(fan.paths());
        assertThat(ExposureBias.fan(m, X, 300, 10, 5, 8).paths()[0]).isNotEqualTo(fan.paths()[0]);
    }

    @Test
    void theErrorsAverageTheSquaredErrorsOverTheStartsByHand() {
        TrainedModel m = linear();
        ArModel ar = m.linearAr();
        ExposureBias.Errors e = ExposureBias.errors(m, X, 300, 400, 5, 3); // starts 300, 348, 395
        assertThat(e.starts()).isEqualTo(3);
        double[] free = new double[5];
        double[] tf = new double[5];
        for (int s : new int[] {300, 348, 395}) {
            double prev = X[s - 1];
            for (int h = 0; h < 5; h++) {
                prev = ar.intercept() + ar.phi(1) * prev;
                free[h] += Math.pow(prev - X[s + h], 2) / 3;
                tf[h] += Math.pow(ar.intercept() + ar.phi(1) * X[s + h - 1] - X[s + h], 2) / 3;
            }
        }
        assertThat(e.freeRunning()).containsExactly(free, within(1e-9));
        assertThat(e.teacherForced()).containsExactly(tf, within(1e-9));
        assertThat(e.freeRunning()[0]).isCloseTo(e.teacherForced()[0], within(1e-12)); // h = 1: the same prediction
    }

    @Test
    void theTrueScoreOfTheTrueContinuationIsTheGeneratorsLogLikelihood() {
        Setar truth = Setar.standard();
        ExposureBias.Fan fan = ExposureBias.fan(linear(), X, 300, 20, 4, 3);
        double[] scores = ExposureBias.trueScores(truth, X, fan);
        assertThat(scores).hasSize(5);
        assertThat(scores[4]).isCloseTo(truth.logLikelihood(X, 300, 320) / 20, within(1e-12));
        double[] joined = java.util.Arrays.copyOf(X, 320);
        System.arraycopy(fan.paths()[1], 0, joined, 300, 20);
        assertThat(scores[1]).isCloseTo(truth.logLikelihood(joined, 300, 320) / 20, within(1e-12));
    }
}
