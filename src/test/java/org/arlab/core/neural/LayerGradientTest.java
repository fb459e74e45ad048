package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every layer's backward step against central differences (relative error ≤ 1e-6), for the parameters and for the
 * layer's input, on random values: the loss is a fixed random linear function of the outputs, {@code L = Σ_j c_j y_j},
 * so ∂L/∂y = c.
 */
class LayerGradientTest {
    private static double[] random(SplittableRandom rnd, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * (2 * rnd.nextDouble() - 1);
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void denseLayer(Activation act) {
        SplittableRandom rnd = new SplittableRandom(7 + act.ordinal());
        int n = 5;
        int m = 4;
        int off = 3;
        Dense d = Dense.of(n, m, act, off);
        double[] theta = random(rnd, off + d.size() + 2, 1);
        double[] x = random(rnd, n, 1.5);
        double[] c = random(rnd, m, 1);
        double[] y = new double[m];
        d.forward(theta, x, 0, y, 0);
        if (act == Activation.RELU) {
            double[] pre = new double[m];
            Dense.of(n, m, Activation.IDENTITY, off).forward(theta, x, 0, pre, 0);
            for (double a : pre) {
                assertThat(Math.abs(a)).as("no pre-activation near the kink").isGreaterThan(0.02);
            }
        }
        double[] grad = new double[theta.length];
        double[] dx = new double[n];
        double[] delta = c.clone();
        d.backward(theta, x, 0, y, 0, delta, 0, grad, dx, 0);
        GradientCheck.check("dense " + act + " θ", th -> {
            double[] out = new double[m];
            d.forward(th, x, 0, out, 0);
            return dot(c, out);
        }, theta, grad);
        GradientCheck.check("dense " + act + " x", xx -> {
            double[] out = new double[m];
            d.forward(theta, xx, 0, out, 0);
            return dot(c, out);
        }, x, dx);
        for (int i = 0; i < off; i++) {
            assertThat(grad[i]).as("no gradient outside the layer").isZero();
        }
        assertThat(grad[theta.length - 1]).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rnn", "gru"})
    void recurrentCellStep(String kind) {
        SplittableRandom rnd = new SplittableRandom(kind.hashCode());
        int h = 4;
        int in = 2;
        RecurrentCell cell = RecurrentModel.Cell.of(kind).build(h, in, 2);
        double[] theta = random(rnd, 2 + cell.size(), 0.8);
        double[] prev = random(rnd, h, 0.9);
        double[] x = random(rnd, in, 1.2);
        double[] c = random(rnd, h, 1);
        double[] out = new double[h];
        double[] cache = new double[cell.cacheSize()];
        cell.forward(theta, prev, 0, x, 0, out, 0, cache, 0);
        double[] grad = new double[theta.length];
        double[] dPrev = new double[h];
        cell.backward(theta, prev, 0, x, 0, out, 0, cache, 0, c.clone(), 0, grad, dPrev, 0,
                new double[cell.workSize()]);
        GradientCheck.check(kind + " θ", th -> {
            double[] o = new double[h];
            cell.forward(th, prev, 0, x, 0, o, 0, new double[cell.cacheSize()], 0);
            return dot(c, o);
        }, theta, grad);
        GradientCheck.check(kind + " h_{k−1}", pp -> {
            double[] o = new double[h];
            cell.forward(theta, pp, 0, x, 0, o, 0, new double[cell.cacheSize()], 0);
            return dot(c, o);
        }, prev, dPrev);
        assertThat(grad[0]).isZero();
        assertThat(grad[1]).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rnn", "gru"})
    void stateJacobianIsTheDerivativeOfTheStep(String kind) {
        SplittableRandom rnd = new SplittableRandom(31 + kind.length());
        int h = 5;
        RecurrentCell cell = RecurrentModel.Cell.of(kind).build(h, 1, 0);
        double[] theta = random(rnd, cell.size(), 0.9);
        double[] prev = random(rnd, h, 0.8);
        double[] x = {0.7};
        double[] jac = new double[h * h];
        cell.stateJacobian(theta, prev, x, jac);
        for (int j = 0; j < h; j++) {
            int unit = j;
            double[] row = Arrays.copyOfRange(jac, j * h, (j + 1) * h);
            GradientCheck.check(kind + " ∂h_" + j + "/∂h_{k−1}", pp -> {
                double[] o = new double[h];
                cell.forward(theta, pp, 0, x, 0, o, 0, new double[cell.cacheSize()], 0);
                return o[unit];
            }, prev, row);
        }
    }

    @Test
    void tanhIsWithinFourUlpsOfTheLibrary() {
        SplittableRandom rnd = new SplittableRandom(5);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = (2 * rnd.nextDouble() - 1) * Math.pow(10, rnd.nextInt(-12, 2));
            double expected = Math.tanh(x);
            worst = Math.max(worst, Math.abs(Activation.tanh(x) - expected) / Math.ulp(expected));
        }
        assertThat(worst).isLessThanOrEqualTo(4);
        assertThat(Activation.tanh(0.0)).isZero();
        assertThat(Activation.tanh(30)).isEqualTo(1.0);
        assertThat(Activation.tanh(-30)).isEqualTo(-1.0);
        assertThat(Activation.tanh(Double.NaN)).isNaN();
        assertThat(Activation.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Double.doubleToRawLongBits(Activation.tanh(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Activation.tanh(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        assertThat(Activation.tanh(-1e-300)).isEqualTo(-1e-300);
    }

    @Test
    void tanhOfAnArrayIsTanhOfEachValueBitForBitAndWithinFourUlps() {
        SplittableRandom rnd = new SplittableRandom(8);
        double worst = 0;
        for (int rep = 0; rep < 20_000; rep++) {
            int n = 1 + rnd.nextInt(70); // past the scratch's first size too
            double[] v = new double[n + 3];
            for (int i = 0; i < v.length; i++) {
                v[i] = (2 * rnd.nextDouble() - 1) * Math.pow(10, rnd.nextInt(-300, 2) * rnd.nextDouble());
            }
            v[rnd.nextInt(v.length)] = rnd.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
            double[] w = v.clone();
            Activation.TANH.applyInPlace(w, 2, n);
            for (int i = 0; i < v.length; i++) {
                if (i < 2 || i >= 2 + n) {
                    assertThat(Double.doubleToRawLongBits(w[i])).isEqualTo(Double.doubleToRawLongBits(v[i]));
                    continue;
                }
                assertThat(Double.doubleToRawLongBits(w[i])).as("tanh(%s)", v[i])
                        .isEqualTo(Double.doubleToRawLongBits(Activation.tanh(v[i])));
                if (Double.isFinite(v[i])) {
                    double e = StrictMath.tanh(v[i]);
                    worst = Math.max(worst, Math.abs(w[i] - e) / Math.ulp(e));
                }
            }
        }
        assertThat(worst).isLessThanOrEqualTo(4);
    }
}
