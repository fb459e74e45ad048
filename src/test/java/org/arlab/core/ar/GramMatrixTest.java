package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class GramMatrixTest {
    /** The conditional log-likelihood as the direct sum of MATH.md over t = first..n. */
    static double direct(double[] y, int first, double c, double[] phi, double s2) {
        int p = phi.length;
        double ssr = 0;
        for (int t = first - 1; t < y.length; t++) {
            double e = y[t] - c;
            for (int i = 1; i <= p; i++) {
                e -= phi[i - 1] * y[t - i];
            }
            ssr += e * e;
        }
        int nobs = y.length - first + 1;
        return -0.5 * nobs * Math.log(2 * Math.PI * s2) - ssr / (2 * s2);
    }

    @Test
    void likelihoodFromGramEqualsTheDirectSum() {
        SplittableRandom rnd = new SplittableRandom(99);
        for (int trial = 0; trial < 300; trial++) {
            int p = rnd.nextInt(7);
            int n = p + 2 + rnd.nextInt(300);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = 3 + rnd.nextGaussian() * 2;
            }
            int first = p + 1 + rnd.nextInt(Math.max(1, n - p - 1));
            GramMatrix g = GramMatrix.of(y, p, first);
            assertThat(g.nobs()).isEqualTo(n - first + 1);
            for (int k = 0; k < 5; k++) {
                double c = rnd.nextGaussian();
                double[] phi = new double[p];
                for (int i = 0; i < p; i++) {
                    phi[i] = rnd.nextDouble(-1, 1);
                }
                double s2 = rnd.nextDouble(0.1, 5);
                double expected = direct(y, first, c, phi, s2);
                assertThat(g.logLikelihood(c, phi, s2)).isCloseTo(expected, offset(1e-10 * Math.abs(expected)));
            }
        }
    }

    @Test
    void gradientMatchesCentralDifferences() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] y = new double[400];
        for (int i = 2; i < y.length; i++) {
            y[i] = 0.5 + 0.6 * y[i - 1] - 0.2 * y[i - 2] + rnd.nextGaussian();
        }
        GramMatrix g = GramMatrix.of(y, 2);
        double c = 0.3;
        double[] phi = {0.4, -0.1};
        double s2 = 1.7;
        double[] grad = g.gradient(c, phi, s2);
        double h = 1e-6;
        double dc = (g.logLikelihood(c + h, phi, s2) - g.logLikelihood(c - h, phi, s2)) / (2 * h);
        assertThat(grad[0]).isCloseTo(dc, offset(1e-4 * Math.abs(dc) + 1e-6));
        for (int j = 0; j < 2; j++) {
            double[] up = phi.clone();
            double[] dn = phi.clone();
            up[j] += h;
            dn[j] -= h;
            double d = (g.logLikelihood(c, up, s2) - g.logLikelihood(c, dn, s2)) / (2 * h);
            assertThat(grad[1 + j]).isCloseTo(d, offset(1e-4 * Math.abs(d) + 1e-6));
        }
        double ds = (g.logLikelihood(c, phi, s2 + h) - g.logLikelihood(c, phi, s2 - h)) / (2 * h);
        assertThat(grad[3]).isCloseTo(ds, offset(1e-4 * Math.abs(ds) + 1e-6));
    }

    @Test
    void refusesTooShortSeries() {
        assertThatThrownBy(() -> GramMatrix.of(new double[] {1, 2}, 2)).hasMessageContaining("AR(2)");
    }

    @Test
    void leastSquaresFromTheGramMatchesConditionalMle() {
        SplittableRandom rnd = new SplittableRandom(8);
        double[] y = new double[600];
        for (int i = 2; i < y.length; i++) {
            y[i] = 1 + 0.6 * y[i - 1] - 0.2 * y[i - 2] + rnd.nextGaussian();
        }
        for (boolean c : new boolean[] {true, false}) {
            double[][] ls = GramMatrix.of(y, 2).leastSquares(c);
            ArFit fit = ConditionalMle.fit(y, 2, c);
            assertThat(ls[0][0]).isCloseTo(fit.intercept(), offset(1e-8));
            assertThat(ls[0][1]).isCloseTo(fit.phi()[0], offset(1e-8));
            assertThat(ls[0][2]).isCloseTo(fit.phi()[1], offset(1e-8));
            assertThat(Math.sqrt(ls[2][1])).isCloseTo(fit.sePhi()[0], offset(1e-8));
            assertThat(Math.sqrt(ls[3][2])).isCloseTo(fit.sePhi()[1], offset(1e-8));
        }
    }
}
