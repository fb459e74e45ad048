package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * MATH.md, problem 3: "with C = 1 it is the Gaussian NLL of problem 2". A trained MLP with a Gaussian head, its weights
 * copied into the same MLP with a one-component mixture head (the mean weights as they are, the log σ weights 0 and
 * bias ½ log σ², any softmax input), gives the same log-density at every target of the series, bit for bit.
 */
class MixtureOracleTest {
    @Test
    void oneComponentMixtureIsTheGaussianModel() {
        double[] y = Fixtures.series("sunspot_year");
        WindowModel gauss = WindowModel.of(4, new int[] {5}, Activation.TANH, HeadSpec.gaussian());
        TrainingData data = TrainingData.of(y, 4, 0.25);
        TrainedModel g = Trainer.of(gauss, data, TrainingPlan.fullBatch(Optimizer.adam(0.03)), 2)
                .run(50, () -> false).model();
        WindowModel mdn = WindowModel.of(4, new int[] {5}, Activation.TANH, HeadSpec.mixture(1));
        double[] tg = g.parameters();
        double[] tm = new double[mdn.parameterCount()];
        int trunk = mdn.head().offset();
        assertThat(trunk).isEqualTo(gauss.head().offset());
        System.arraycopy(tg, 0, tm, 0, trunk);
        int d = 5;
        tm[trunk + d] = -1.7; // the softmax input: π = 1 whatever it is
        System.arraycopy(tg, trunk, tm, trunk + (d + 1), d + 1); // μ weights and bias
        tm[trunk + 2 * (d + 1) + d] = 0.5 * tg[trunk + d + 1]; // log σ = ½ log σ²
        TrainedModel m = TrainedModel.of(mdn, tm, g.scaling());
        assertThat(m.logDensities(y, 4, y.length)).containsExactly(g.logDensities(y, 4, y.length));
        assertThat(m.meanNll(y, data.trainEnd(), y.length)).isEqualTo(g.meanNll(y, data.trainEnd(), y.length));
        assertThat(mdn.head().size()).as("3C(D + 1)").isEqualTo(3 * (d + 1));
    }
}
