package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

import org.arlab.core.process.RegimeSwitchingAr;
import org.arlab.core.random.RandomStreams;

/** An MDN-AR against the exact conditionals of the regime-switching AR; C = 1 against the Gaussian head. */
class MixtureArTest {
    /** @return {MDN validation NLL, exact validation NLL} per observation */
    static double[] regimeSwitching(int c, int epochs, long seed) {
        double[] x = RegimeSwitchingAr.DEFAULT.sample(3000, RandomStreams.of(seed));
        WindowModel net = WindowModel.of(3, new int[] {16}, Activation.TANH, HeadSpec.mixture(c));
        TrainingData data = TrainingData.of(x, net.first(), 0.3);
        Trainer trainer = Trainer.of(net, data, TrainingPlan.fullBatch(Optimizer.adam(0.01)), seed);
        for (int e = 0; e < epochs; e++) {
            trainer.step();
        }
        double exact = 0;
        var ps = RegimeSwitchingAr.DEFAULT.conditionals(x, data.trainEnd(), x.length);
        for (int t = data.trainEnd(); t < x.length; t++) {
            exact -= ps[t - data.trainEnd()].logDensity(x[t]);
        }
        exact /= x.length - data.trainEnd();
        return new double[] {trainer.latest().validationNll(), exact};
    }

    @Test
    void theMdnArComesWithinAFiftiethOfANatOfTheExactConditional() {
        double[] two = regimeSwitching(2, 1500, 42);
        double[] one = regimeSwitching(1, 1500, 42);
        System.out.printf("regime-switching AR, validation NLL: exact %.4f, MDN C = 2 %.4f, C = 1 %.4f%n", two[1],
                two[0], one[0]);
        assertThat(Math.abs(two[0] - two[1])).isLessThan(0.05);
        assertThat(one[0] - two[1]).isGreaterThan(0.05); // one Gaussian cannot: the test can fail
    }

    @Test
    void oneComponentIsTheGaussianNeuralArOnTheSameWeights() {
        double[] x = RegimeSwitchingAr.DEFAULT.sample(400, RandomStreams.of(8));
        WindowModel gauss = WindowModel.of(3, new int[] {5}, Activation.TANH, HeadSpec.gaussian());
        WindowModel mix = WindowModel.of(3, new int[] {5}, Activation.TANH, HeadSpec.mixture(1));
        TrainingData data = TrainingData.of(x, 3, 0.25);
        Trainer trainer = Trainer.of(gauss, data, TrainingPlan.fullBatch(Optimizer.adam(0.02)), 1);
        for (int e = 0; e < 100; e++) {
            trainer.step();
        }
        double[] g = trainer.latest().model().parameters();
        double[] m = MixtureOfOne.fromGaussian(gauss, mix, g);
        double[] z = data.z();
        double[] a = new double[z.length - 3];
        double[] b = new double[z.length - 3];
        gauss.nll(g, z, 3, z.length, a);
        mix.nll(m, z, 3, z.length, b);
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).isCloseTo(a[i], offset(1e-12));
        }
        TrainedModel tm = TrainedModel.of(mix, m, data.scaling());
        assertThat(tm.meanNll(x, data.trainEnd(), x.length)).isCloseTo(trainer.latest().validationNll(),
                offset(1e-12));
    }
}
