package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * MATH.md, problem 2D: with W = S·Q, zero input and bias and h₀ = 0, ‖∂h_T/∂h_0‖₂ = S^T for the RNN (0.9⁵⁰ ≈
 * 5.15e-3), to 1e-12; the GRU's ½I + ¼SQ gives ρ^T; along a general run the product of Jacobians is the derivative
 * of h_T with respect to h_0 (central differences).
 */
class MemoryExperimentTest {
    @Test
    void rnnNormsAreSToTheT() {
        for (double s : new double[] {0.9, 1.0, 1.1, 0.5}) {
            MemoryExperiment m = MemoryExperiment.of(RecurrentModel.Cell.RNN, 16, s, 50, RandomStreams.of(3));
            double[] norms = m.jacobianNorms();
            for (int t = 1; t <= 50; t++) {
                double expected = Math.pow(s, t);
                assertThat(norms[t - 1]).as("S = %s, t = %d", s, t).isCloseTo(expected, within(1e-12 * expected));
                assertThat(m.theory()[t - 1]).isEqualTo(expected);
            }
        }
        double[] n = MemoryExperiment.of(RecurrentModel.Cell.RNN, 8, 0.9, 50, RandomStreams.of(1)).jacobianNorms();
        assertThat(n[49]).isCloseTo(5.15e-3, within(0.005e-3));
    }

    @Test
    void gruLeaksHalfTheStateWhateverS() {
        for (double s : new double[] {0.0, 0.9, 2.0}) {
            MemoryExperiment m = MemoryExperiment.of(RecurrentModel.Cell.GRU, 12, s, 40, RandomStreams.of(5));
            double[] norms = m.jacobianNorms();
            double[] theory = m.theory();
            for (int t = 0; t < 40; t++) {
                assertThat(norms[t]).as("S = %s, t = %d", s, t + 1).isCloseTo(theory[t], within(1e-10 * theory[t]));
            }
        }
        assertThat(MemoryExperiment.of(RecurrentModel.Cell.GRU, 4, 0, 3, RandomStreams.of(1)).jacobianNorms())
                .containsExactly(0.5, 0.25, 0.125);
    }

    @Test
    void orthogonalIsOrthogonal() {
        double[][] q = MemoryExperiment.orthogonal(10, RandomStreams.of(9));
        for (int a = 0; a < 10; a++) {
            for (int b = 0; b < 10; b++) {
                double dot = 0;
                for (int i = 0; i < 10; i++) {
                    dot += q[i][a] * q[i][b];
                }
                assertThat(dot).isCloseTo(a == b ? 1 : 0, within(1e-14));
            }
        }
    }

    @Test
    void productOfJacobiansIsTheDerivativeOfTheRun() {
        SplittableRandom rnd = new SplittableRandom(4);
        for (RecurrentModel.Cell kind : RecurrentModel.Cell.values()) {
            int h = 3;
            RecurrentCell cell = kind.build(h, 1, 0);
            double[] theta = new double[cell.size()];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = 2 * rnd.nextDouble() - 1;
            }
            double[] h0 = {0.3, -0.5, 0.1};
            double[] x = {0.4, -1.1, 0.8, 0.2};
            double[] norms = MemoryExperiment.jacobianNorms(cell, theta, h0, x, 4);
            // the full Jacobian of h_4 with respect to h_0 by central differences, then its largest singular value
            double[][] jac = new double[h][h];
            for (int i = 0; i < h; i++) {
                double eps = 1e-6;
                double[] up = run(cell, theta, h0, x, i, eps);
                double[] down = run(cell, theta, h0, x, i, -eps);
                for (int j = 0; j < h; j++) {
                    jac[j][i] = (up[j] - down[j]) / (2 * eps);
                }
            }
            double sv = new org.apache.commons.math3.linear.SingularValueDecomposition(
                    new org.apache.commons.math3.linear.Array2DRowRealMatrix(jac)).getNorm();
            assertThat(norms[3]).as(kind.key()).isCloseTo(sv, within(1e-8 * sv));
        }
    }

    private static double[] run(RecurrentCell cell, double[] theta, double[] h0, double[] x, int i, double eps) {
        double[] h = h0.clone();
        h[i] += eps;
        double[] next = new double[h.length];
        for (double v : x) {
            cell.forward(theta, h, 0, new double[] {v}, 0, next, 0, new double[cell.cacheSize()], 0);
            double[] s = h;
            h = next;
            next = s;
        }
        return h;
    }

    @Test
    void refusesWithASentence() {
        assertThatThrownBy(() -> MemoryExperiment.of(RecurrentModel.Cell.RNN, 0, 1, 5, RandomStreams.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden state");
        assertThatThrownBy(() -> MemoryExperiment.of(RecurrentModel.Cell.RNN, 4, -1, 5, RandomStreams.of(1)))
                .hasMessageContaining("spectral norm");
        assertThatThrownBy(() -> MemoryExperiment.of(RecurrentModel.Cell.RNN, 4, 1, 0, RandomStreams.of(1)))
                .hasMessageContaining("steps");
    }
}
