package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The heads' NLL gradients against central differences (relative error ≤ 1e-6), for the parameters and the features;
 * the NLL against the densities written out by hand; an MDN with C = 1 against the Gaussian NLL; the parameter count
 * 3C(D + 1) of MATH.md, problem 3.
 */
class HeadGradientTest {
    private static double[] random(SplittableRandom rnd, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * (2 * rnd.nextDouble() - 1);
        }
        return v;
    }

    private static void checkHead(String what, Head head, double[] theta, double[] h, double x) {
        double weight = 0.7;
        double[] grad = new double[theta.length];
        double[] dh = new double[h.length];
        double[] work = new double[head.workSize()];
        double loss = head.nllGradient(theta, h, 0, x, weight, grad, dh, 0, work);
        assertThat(loss).isEqualTo(head.nll(theta, h, 0, x, work));
        GradientCheck.check(what + " θ", th -> weight * head.nll(th, h, 0, x, new double[head.workSize()]), theta,
                grad);
        GradientCheck.check(what + " h", hh -> weight * head.nll(theta, hh, 0, x, new double[head.workSize()]),
                h, dh);
    }

    @Test
    void gaussianHeadLearnedAndFixed() {
        SplittableRandom rnd = new SplittableRandom(3);
        int d = 4;
        GaussianHead learned = GaussianHead.learned(d, 2);
        double[] theta = random(rnd, 2 + learned.size(), 0.8);
        double[] h = random(rnd, d, 1);
        checkHead("Gaussian, σ learned", learned, theta, h, 0.9);
        GaussianHead fixed = GaussianHead.fixed(d, 0.6, 2);
        double[] theta2 = random(rnd, 2 + fixed.size(), 0.8);
        checkHead("Gaussian, σ fixed", fixed, theta2, h, -0.4);
        // the density by hand: μ = b + wᵀh, NLL = ½log(2πσ²) + (x − μ)²/(2σ²)
        double mu = theta[2 + d];
        for (int i = 0; i < d; i++) {
            mu += theta[2 + i] * h[i];
        }
        double var = Math.exp(theta[2 + d + 1]);
        double expected = 0.5 * Math.log(2 * Math.PI * var) + (0.9 - mu) * (0.9 - mu) / (2 * var);
        assertThat(learned.nll(theta, h, 0, 0.9, new double[0])).isCloseTo(expected, within(1e-14));
        assertThat(learned.size()).isEqualTo(d + 2);
        assertThat(fixed.size()).isEqualTo(d + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void mixtureHead(int c) {
        SplittableRandom rnd = new SplittableRandom(11 + c);
        int d = 3;
        MixtureHead head = MixtureHead.of(d, c, 1);
        assertThat(head.size()).as("3C(D + 1)").isEqualTo(3 * c * (d + 1));
        // components that overlap, so that every responsibility is large enough for differences to resolve
        double[] theta = random(rnd, 1 + head.size(), 0.5);
        double[] h = random(rnd, d, 1);
        for (double x : new double[] {-0.8, 0.1, 0.9}) {
            checkHead("MDN C = " + c + ", x = " + x, head, theta, h, x);
        }
        // the density by hand, from softmax, means and exp(log σ)
        double[] a = new double[c];
        double[] mu = new double[c];
        double[] ls = new double[c];
        for (int j = 0; j < c; j++) {
            a[j] = theta[1 + d * c + j];
            mu[j] = theta[1 + c * (d + 1) + d * c + j];
            ls[j] = theta[1 + 2 * c * (d + 1) + d * c + j];
            for (int i = 0; i < d; i++) {
                a[j] += theta[1 + i * c + j] * h[i];
                mu[j] += theta[1 + c * (d + 1) + i * c + j] * h[i];
                ls[j] += theta[1 + 2 * c * (d + 1) + i * c + j] * h[i];
            }
        }
        double norm = 0;
        for (double v : a) {
            norm += Math.exp(v);
        }
        double x = 0.4;
        double p = 0;
        for (int j = 0; j < c; j++) {
            double s = Math.exp(ls[j]);
            p += Math.exp(a[j]) / norm * Math.exp(-0.5 * Math.pow((x - mu[j]) / s, 2)) / (s * Math.sqrt(2 * Math.PI));
        }
        assertThat(head.nll(theta, h, 0, x, new double[head.workSize()])).isCloseTo(-Math.log(p), within(1e-13));
        Predictive pred = head.predictive(theta, h, 0);
        assertThat(pred.logDensity(x)).isCloseTo(Math.log(p), within(1e-13));
        assertThat(pred.means()).containsExactly(mu);
    }

    @Test
    void mixtureNllIsStableFarInTheTails() {
        // 40 standard deviations out, exponentiating first would give log 0
        MixtureHead head = MixtureHead.of(1, 2, 0);
        double[] theta = new double[head.size()];
        double nll = head.nll(theta, new double[] {0}, 0, 40, new double[head.workSize()]);
        assertThat(nll).isCloseTo(Head.HALF_LOG_2PI + 800 - 0.0, within(1e-9));
    }

    @Test
    void mixtureOfOneIsTheGaussianExactly() {
        SplittableRandom rnd = new SplittableRandom(17);
        int d = 4;
        GaussianHead gauss = GaussianHead.learned(d, 0);
        MixtureHead mdn = MixtureHead.of(d, 1, 0);
        double[] g = random(rnd, gauss.size(), 1);
        // the same mean weights; log σ = ½ log σ² with no dependence on h; any softmax input
        double[] m = new double[mdn.size()];
        m[d] = 0.37;
        for (int i = 0; i < d; i++) {
            m[d + 1 + i] = g[i];
        }
        m[d + 1 + d] = g[d];
        m[2 * (d + 1) + d] = 0.5 * g[d + 1];
        for (int k = 0; k < 50; k++) {
            double[] h = random(rnd, d, 2);
            double x = 3 * (2 * rnd.nextDouble() - 1);
            assertThat(mdn.nll(m, h, 0, x, new double[mdn.workSize()])).isEqualTo(gauss.nll(g, h, 0, x, null));
        }
    }

    @Test
    void factoriesRefuseBadShapesWithASentence() {
        assertThatThrownBy(() -> MixtureHead.of(0, 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one input");
        assertThatThrownBy(() -> GaussianHead.fixed(2, 0, 0)).hasMessageContaining("σ must be");
        assertThatThrownBy(() -> HeadSpec.mixture(0)).hasMessageContaining("components");
        assertThatThrownBy(() -> Predictive.mixture(new double[] {0.5, 0.6}, new double[2], new double[] {1, 1}))
                .hasMessageContaining("sum to");
    }
}
