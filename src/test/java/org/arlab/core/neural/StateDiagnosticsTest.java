package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** σ_max and the spectral radius of W, and the trained network's Jacobian products and saturation. */
class StateDiagnosticsTest {
    @Test
    void singularValueAndSpectralRadiusDifferForANonNormalMatrix() {
        // W = [[0.5, 2], [0, 0.5]]: both eigenvalues 0.5, σ_max = (√(4.25 + ... )) computed from WᵀW's eigenvalues
        double[][] w = {{0.5, 2}, {0, 0.5}};
        double a = 0.25 + 4 + 0.25; // trace of WᵀW
        double det = 0.25 * 0.25; // det(WᵀW) = det(W)²
        double top = Math.sqrt((a + Math.sqrt(a * a - 4 * det)) / 2);
        assertThat(StateDiagnostics.largestSingularValue(w)).isCloseTo(top, within(1e-12));
        assertThat(StateDiagnostics.spectralRadius(w)).isCloseTo(0.5, within(1e-7));
        double[][] rot = {{0, -0.9}, {0.9, 0}}; // eigenvalues ±0.9i
        assertThat(StateDiagnostics.spectralRadius(rot)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void diagnosticsOfATrainedRnnFollowItsCell() {
        double[] x = new double[200];
        var rng = RandomStreams.of(2);
        for (int t = 1; t < x.length; t++) {
            x[t] = 0.8 * x[t - 1] + rng.nextDouble() - 0.5;
        }
        RecurrentModel net = RecurrentModel.of(RecurrentModel.Cell.RNN, 5, 1, HeadSpec.gaussian());
        TrainedModel m = Trainer.of(net, TrainingData.of(x, 1, 0.2), TrainingPlan.fullBatch(Optimizer.adam(0.05)), 1)
                .run(30, () -> false).model();
        StateDiagnostics d = StateDiagnostics.of(m, x, 50, 20);
        double[] theta = m.parameters();
        double[][] w = StateDiagnostics.recurrentMatrix(net.cell(), theta);
        assertThat(w[2][3]).isEqualTo(theta[3 * 5 + 2]); // input-major: from h_3 to unit 2
        double[] z = m.scaling().apply(x);
        double[] h0 = net.state(theta, z, 50);
        double[] norms = MemoryExperiment.jacobianNorms(net.cell(), theta, h0, java.util.Arrays.copyOfRange(z, 50, 70),
                20);
        assertThat(d.jacobianNorms()).containsExactly(norms);
        for (int t = 0; t < 20; t++) {
            assertThat(d.jacobianNorms()[t]).isLessThanOrEqualTo(Math.pow(d.largestSingularValue(), t + 1) * (1 + 1e-9));
            double[] h = net.state(theta, z, 51 + t);
            int sat = 0;
            for (double v : h) {
                sat += Math.abs(v) > 0.95 ? 1 : 0;
            }
            assertThat(d.saturation()[t]).isEqualTo(sat / 5.0);
        }
    }

    @Test
    void clippingCapsTheStepOfGradientAscent() {
        Optimizer.Stepper s = Optimizer.clipped(Optimizer.gradientAscent(0.1), 1).start(2);
        double[] theta = {0, 0};
        s.apply(theta, new double[] {30, 40}); // ‖g‖ = 50 → g/50
        assertThat(theta[0]).isCloseTo(-0.1 * 0.6, within(1e-15));
        assertThat(theta[1]).isCloseTo(-0.1 * 0.8, within(1e-15));
        s.apply(theta, new double[] {0.3, 0.4}); // ‖g‖ = 0.5 < 1: unchanged
        assertThat(theta[0]).isCloseTo(-0.06 - 0.03, within(1e-15));
    }
}
