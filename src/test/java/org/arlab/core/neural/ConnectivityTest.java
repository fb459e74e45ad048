package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.process.LongLagProcess;
import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Connectivity ∂μ_t/∂x_{t−k} (MATH.md 2D): exactly 0 beyond p for a window model; for trained networks it matches
 * central finite differences of the predictive mean (in data units) to 1e-6.
 */
class ConnectivityTest {
    private static final double[] X = LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, 12, 0.8, 0.5, 1)
            .sample(300, RandomStreams.of(5));

    private static TrainedModel trained(SeriesNetwork net, int epochs) {
        Trainer t = Trainer.of(net, TrainingData.of(X, net.first(), 0.2), new TrainingPlan(Optimizer.adam(0.01), 50,
                0), 3);
        return t.run(epochs, () -> false).model();
    }

    private static double finiteDifference(TrainedModel m, int t, int k) {
        double h = 1e-5 * Math.max(1, Math.abs(X[t - k]));
        double[] up = X.clone();
        double[] down = X.clone();
        up[t - k] += h;
        down[t - k] -= h;
        return (m.predictive(up, t).mean() - m.predictive(down, t).mean()) / (2 * h);
    }

    @Test
    void recurrentConnectivityIsTheDerivativeOfTheMean() {
        for (RecurrentModel.Cell cell : RecurrentModel.Cell.values()) {
            TrainedModel m = trained(RecurrentModel.of(cell, 6, 4, HeadSpec.gaussian()), 20);
            Connectivity c = Connectivity.of(m, X);
            for (int t : new int[] {40, 151, 300}) {
                double[] lags = c.lags(t, 35);
                double largest = 0;
                for (int k = 1; k <= 35; k++) {
                    assertThat(lags[k - 1]).as("%s t = %d, k = %d", cell, t, k)
                            .isCloseTo(finiteDifference(m, t, k), within(1e-6));
                    largest = Math.max(largest, Math.abs(lags[k - 1]));
                }
                assertThat(largest).isGreaterThan(1e-3); // not a vacuous match of zeros
            }
        }
    }

    @Test
    void aWindowModelIsExactlyBlindBeyondItsWindow() {
        TrainedModel mlp = trained(WindowModel.of(5, new int[] {7}, Activation.TANH, HeadSpec.gaussian()), 10);
        TrainedModel linear = trained(WindowModel.linear(5, HeadSpec.gaussian()), 10);
        for (TrainedModel m : new TrainedModel[] {mlp, linear}) {
            Connectivity c = Connectivity.of(m, X);
            for (int t : new int[] {5, 77, 299}) {
                double[] lags = c.lags(t, 40);
                for (int k = 1; k <= 5; k++) {
                    assertThat(lags[k - 1]).isCloseTo(finiteDifference(m, t, k), within(1e-6));
                }
                for (int k = 6; k <= 40; k++) {
                    assertThat(lags[k - 1]).isEqualTo(0.0);
                }
            }
        }
        double[] phi = linear.linearAr().phi();
        double[] lags = Connectivity.of(linear, X).lags(100, 5);
        for (int k = 0; k < 5; k++) {
            assertThat(lags[k]).isCloseTo(phi[k], within(1e-12)); // the linear AR's connectivity is φ
        }
    }

    @Test
    void lagsBeforeTheStartAreZeroAndTheMeanIsOverTargets() {
        TrainedModel m = trained(RecurrentModel.of(RecurrentModel.Cell.RNN, 4, 2, HeadSpec.gaussian()), 3);
        Connectivity c = Connectivity.of(m, X);
        double[] early = c.lags(3, 10);
        for (int k = 4; k <= 10; k++) {
            assertThat(early[k - 1]).isEqualTo(0.0);
        }
        double[] mean = c.meanAbsolute(new int[] {50, 60}, 8);
        double[] a = c.lags(50, 8);
        double[] b = c.lags(60, 8);
        for (int k = 0; k < 8; k++) {
            assertThat(mean[k]).isCloseTo((Math.abs(a[k]) + Math.abs(b[k])) / 2, within(1e-15));
        }
    }
}
