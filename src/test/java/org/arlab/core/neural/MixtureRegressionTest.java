package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

import org.arlab.core.process.InvertedSinusoid;
import org.arlab.core.random.RandomStreams;

/** The MLP with a mixture head on (x, t) pairs: exact gradients, and Bishop's inverted sinusoid (PRML §5.6). */
class MixtureRegressionTest {
    @Test
    void theGradientIsCentralDifferencesOfTheNll() {
        for (int c : new int[] {1, 2, 3, 5}) {
            MixtureRegression net = MixtureRegression.of(4, c);
            assertThat(net.parameterCount()).isEqualTo(2 * 4 + 3 * c * (4 + 1));
            UniformRandomProvider rng = RandomStreams.of(100 + c);
            double[] theta = new double[net.parameterCount()];
            net.initialise(theta, rng);
            for (int i = 0; i < theta.length; i++) {
                theta[i] += 0.3 * (rng.nextDouble() - 0.5); // off the initial biases' symmetric values
            }
            double[][] d = InvertedSinusoid.sample(12, rng);
            double[] grad = new double[theta.length];
            double sum = net.gradient(theta, d[0], d[1], 0.7, grad);
            assertThat(sum).isEqualTo(net.nll(theta, d[0], d[1], null), org.assertj.core.data.Offset.offset(1e-12));
            GradientCheck.check("mixture regression C = " + c, t -> 0.7 * net.nll(t, d[0], d[1], null), theta, grad);
        }
    }

    @Test
    void oneComponentIsTheGaussianNllOfItsMeanAndSigma() {
        MixtureRegression net = MixtureRegression.of(3, 1);
        double[] theta = new double[net.parameterCount()];
        net.initialise(theta, RandomStreams.of(5));
        Predictive p = net.predictive(theta, 0.4);
        double mu = p.means()[0];
        double sd = p.sds()[0];
        double t = 0.9;
        double gauss = 0.5 * Math.log(2 * Math.PI) + Math.log(sd) + 0.5 * (t - mu) * (t - mu) / (sd * sd);
        assertThat(net.nll(theta, new double[] {0.4}, new double[] {t}, null)).isCloseTo(gauss,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    /** Measured (seed 42, 1000 training and 1000 validation pairs, D = 16, Adam η = 0.01, 2000 updates). */
    @Test
    void threeComponentsBeatOneByMoreThanHalfANatPerPoint() {
        double[] nll = invertedSinusoid(3, 16, 2000, 42);
        double[] one = invertedSinusoid(1, 16, 2000, 42);
        System.out.printf("inverted sinusoid, validation NLL per point: C = 1 %.4f, C = 3 %.4f%n", one[1], nll[1]);
        assertThat(one[1] - nll[1]).isGreaterThan(0.5);
        assertThat(nll[1]).isLessThan(0); // a density narrower than one unit on the branches
    }

    @Test
    void badSizesAreRefused() {
        assertThatThrownBy(() -> MixtureRegression.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MixtureRegression.of(4, 0)).isInstanceOf(IllegalArgumentException.class);
        MixtureRegression net = MixtureRegression.of(2, 2);
        assertThatThrownBy(() -> net.nll(new double[3], new double[1], new double[1], null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** @return {train, validation} NLL per point after training */
    static double[] invertedSinusoid(int c, int d, int epochs, long seed) {
        UniformRandomProvider rng = RandomStreams.of(seed);
        double[][] train = InvertedSinusoid.sample(1000, rng);
        double[][] valid = InvertedSinusoid.sample(1000, rng);
        RegressionTrainer trainer = RegressionTrainer.of(MixtureRegression.of(d, c), train, valid,
                Optimizer.adam(0.01), seed);
        for (int e = 0; e < epochs; e++) {
            trainer.step();
        }
        return new double[] {trainer.latest().trainNll(), trainer.latest().validationNll()};
    }
}
