package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Whole models against central differences of their teacher-forced NLL (relative error ≤ 1e-6): window models with
 * and without hidden layers and with each head, and recurrent models by backpropagation through time, full, truncated
 * to k steps (against the NLL with each segment's first state held at its value) and from a carried state.
 */
class ModelGradientTest {
    private static double[] series(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] z = new double[n];
        for (int t = 2; t < n; t++) {
            z[t] = 0.6 * z[t - 1] - 0.3 * z[t - 2] + 0.4 * Math.sin(z[t - 1]) + 0.7 * (2 * rnd.nextDouble() - 1);
        }
        return z;
    }

    private static double[] initial(SeriesNetwork net, long seed) {
        double[] theta = new double[net.parameterCount()];
        net.initialise(theta, RandomStreams.of(seed));
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < theta.length; i++) {
            theta[i] += 0.2 * (2 * rnd.nextDouble() - 1); // biases away from 0 too
        }
        return theta;
    }

    private static void checkWhole(String what, SeriesNetwork net, double[] z) {
        double[] theta = initial(net, what.hashCode());
        int from = net.first();
        double[] grad = new double[theta.length];
        double w = 1.0 / (z.length - from);
        double loss = net.gradient(theta, z, from, z.length, w, grad);
        assertThat(loss).isCloseTo(net.nll(theta, z, from, z.length, null), within(1e-12 * Math.abs(loss)));
        GradientCheck.check(what, th -> w * net.nll(th, z, from, z.length, null), theta, grad);
    }

    @Test
    void windowModels() {
        double[] z = series(60, 1);
        checkWhole("linear AR(3), σ learned", WindowModel.linear(3, HeadSpec.gaussian()), z);
        checkWhole("linear AR(2), σ fixed", WindowModel.linear(2, HeadSpec.gaussian(0.8)), z);
        checkWhole("MLP 4 → 6 tanh", WindowModel.of(4, new int[] {6}, Activation.TANH, HeadSpec.gaussian()), z);
        checkWhole("MLP 3 → 5 → 4 logistic",
                WindowModel.of(3, new int[] {5, 4}, Activation.LOGISTIC, HeadSpec.gaussian()), z);
        checkWhole("MLP 3 → 5 identity, MDN C = 3",
                WindowModel.of(3, new int[] {5}, Activation.IDENTITY, HeadSpec.mixture(3)), z);
        checkWhole("MLP 2 → 4 tanh, MDN C = 2", WindowModel.of(2, new int[] {4}, Activation.TANH,
                HeadSpec.mixture(2)), z);
    }

    /** The smallest |pre-activation| of the first layer over the series. */
    private static double closestToTheKink(double[] theta, double[] z) {
        Dense linear = Dense.of(3, 5, Activation.IDENTITY, 0);
        double closest = Double.MAX_VALUE;
        for (int t = 3; t < z.length; t++) {
            double[] pre = new double[5];
            linear.forward(theta, new double[] {z[t - 1], z[t - 2], z[t - 3]}, 0, pre, 0);
            for (double a : pre) {
                closest = Math.min(closest, Math.abs(a));
            }
        }
        return closest;
    }

    @Test
    void reluWindowModelAwayFromTheKinks() {
        double[] z = series(40, 2);
        WindowModel net = WindowModel.of(3, new int[] {5}, Activation.RELU, HeadSpec.gaussian());
        // the first seed whose weights keep every pre-activation at least 0.01 from the kink, so that differences of
        // step ~1e-4 never cross one
        double[] theta = null;
        for (long seed = 1; theta == null && seed < 1000; seed++) {
            double[] t = initial(net, seed);
            if (closestToTheKink(t, z) > 0.01) {
                theta = t;
            }
        }
        assertThat(theta).isNotNull();
        double[] th0 = theta;
        double[] grad = new double[theta.length];
        net.gradient(theta, z, 3, z.length, 1, grad);
        GradientCheck.check("MLP ReLU", th -> net.nll(th, z, 3, z.length, null), th0, grad);
    }

    @Test
    void miniBatchGradientIsTheSumOverItsTargets() {
        double[] z = series(50, 3);
        WindowModel net = WindowModel.of(3, new int[] {4}, Activation.TANH, HeadSpec.mixture(2));
        double[] theta = initial(net, 9);
        int[] targets = {17, 4, 33, 8};
        double[] grad = new double[theta.length];
        net.gradient(theta, z, targets, 1, 3, 0.5, grad);
        double[] expected = new double[theta.length];
        net.gradient(theta, z, 4, 5, 0.5, expected);
        net.gradient(theta, z, 33, 34, 0.5, expected);
        for (int i = 0; i < grad.length; i++) {
            assertThat(grad[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-15));
        }
    }

    @Test
    void recurrentModelsFullBptt() {
        double[] z = series(30, 4);
        for (RecurrentModel.Cell cell : RecurrentModel.Cell.values()) {
            checkWhole(cell + " H = 4, Gaussian", RecurrentModel.of(cell, 4, 2, HeadSpec.gaussian()), z);
            checkWhole(cell + " H = 3, MDN C = 3", RecurrentModel.of(cell, 3, 0, HeadSpec.mixture(3)), z);
            checkWhole(cell + " H = 3, σ fixed", RecurrentModel.of(cell, 3, 1, HeadSpec.gaussian(0.7)), z);
        }
    }

    @Test
    void truncatedBpttIsTheGradientWithSegmentStartsHeldConstant() {
        double[] z = series(26, 5);
        for (RecurrentModel.Cell cell : RecurrentModel.Cell.values()) {
            RecurrentModel net = RecurrentModel.of(cell, 3, 2, HeadSpec.mixture(2));
            double[] theta = initial(net, 13 + cell.ordinal());
            int start = 4;
            double[] s0 = net.state(theta, z, start);
            int k = 5;
            double[] grad = new double[theta.length];
            double[] state = s0.clone();
            net.gradient(theta, z, start, state, 6, z.length, k, 1, grad);
            assertThat(state).containsExactly(net.state(theta, z, z.length));
            // the segments [4, 9), [9, 14), …: each run from its first state, as the unperturbed θ left it
            GradientCheck.check(cell + " truncated to k = 5", th -> {
                double sum = 0;
                for (int a = start; a < z.length; a += k) {
                    double[] frozen = net.state(theta, z, a);
                    int b = Math.min(z.length, a + k);
                    sum += net.nll(th, z, a, frozen, Math.max(a, 6), b, null);
                }
                return sum;
            }, theta, grad);
            // k at least the length is the full gradient from the carried state
            double[] full = new double[theta.length];
            net.gradient(theta, z, start, s0.clone(), 6, z.length, z.length, 1, full);
            double[] none = new double[theta.length];
            net.gradient(theta, z, start, s0.clone(), 6, z.length, 0, 1, none);
            assertThat(full).containsExactly(none);
            GradientCheck.check(cell + " from a carried state", th -> net.nll(th, z, start, s0.clone(), 6, z.length,
                    null), theta, none);
        }
    }

    @Test
    void parameterCounts() {
        assertThat(WindowModel.linear(5, HeadSpec.gaussian()).parameterCount()).isEqualTo(5 + 1 + 1);
        assertThat(WindowModel.of(8, new int[] {32}, Activation.TANH, HeadSpec.gaussian()).parameterCount())
                .isEqualTo(9 * 32 + 33 + 1);
        assertThat(WindowModel.of(8, new int[] {32}, Activation.TANH, HeadSpec.mixture(5)).parameterCount())
                .isEqualTo(9 * 32 + 3 * 5 * 33);
        assertThat(RecurrentModel.of(RecurrentModel.Cell.RNN, 16, 0, HeadSpec.gaussian()).parameterCount())
                .isEqualTo(16 * 18 + 18);
        assertThat(RecurrentModel.of(RecurrentModel.Cell.GRU, 16, 0, HeadSpec.gaussian()).parameterCount())
                .isEqualTo(3 * 16 * 18 + 18);
    }

    @Test
    void rangesAndShapesAreChecked() {
        WindowModel net = WindowModel.linear(3, HeadSpec.gaussian());
        double[] theta = new double[net.parameterCount()];
        assertThatThrownBy(() -> net.nll(theta, new double[10], 2, 10, null)).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> net.nll(new double[2], new double[10], 3, 10, null)).hasMessageContaining(
                "parameters");
        assertThatThrownBy(() -> WindowModel.linear(33, HeadSpec.gaussian())).hasMessageContaining("1 to 32");
        assertThatThrownBy(() -> RecurrentModel.of(RecurrentModel.Cell.GRU, 0, 0, HeadSpec.gaussian()))
                .hasMessageContaining("1 to 256");
    }
}
