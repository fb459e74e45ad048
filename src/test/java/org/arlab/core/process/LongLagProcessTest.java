package org.arlab.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.arlab.core.neural.Predictive;
import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The long-lag processes' conditionals are exact: the sum of their −log p(x_t | x_<t) equals the joint Gaussian
 * −log N(x; μ, Σ) computed independently, with Σ = M Mᵀ from the linear map M of the innovations (each column
 * simulated by the recursion itself with one unit innovation) and a Cholesky factor of Σ.
 */
class LongLagProcessTest {
    private static final int N = 40;

    /** Simulates the process with the given standard-normal innovations, by the recursions of the definitions. */
    private static double[] recurse(LongLagProcess p, double[] e) {
        double[] x = new double[e.length];
        double u = 0;
        double s = p.sigma();
        int lag = p.lag();
        for (int t = 0; t < e.length; t++) {
            switch (p.kind()) {
                case SEASONAL -> x[t] = t < lag ? e[t] * s / Math.sqrt(1 - p.coefficient() * p.coefficient())
                        : p.coefficient() * x[t - lag] + s * e[t];
                case DELAYED_COPY -> {
                    u = t == 0 ? e[t] * s / Math.sqrt(1 - p.shortRange() * p.shortRange()) : p.shortRange() * u + s * e[t];
                    x[t] = (t >= lag ? p.coefficient() * x[t - lag] : 0) + u;
                }
                case LONG_PERIOD -> x[t] = s * e[t];
            }
        }
        return x;
    }

    private static double jointNll(LongLagProcess p, double[] x) {
        double[][] m = new double[N][N];
        for (int j = 0; j < N; j++) {
            double[] e = new double[N];
            e[j] = 1;
            double[] col = recurse(p, e);
            for (int i = 0; i < N; i++) {
                m[i][j] = col[i];
            }
        }
        RealMatrix mm = new Array2DRowRealMatrix(m);
        RealMatrix sigma = mm.multiply(mm.transpose());
        CholeskyDecomposition c = new CholeskyDecomposition(sigma, 1e-12, 1e-14);
        double[] r = new double[N];
        for (int t = 0; t < N; t++) {
            double mean = p.kind() == LongLagProcess.Kind.LONG_PERIOD
                    ? p.coefficient() * Math.sin(2 * Math.PI * t / p.lag()) : 0;
            r[t] = x[t] - mean;
        }
        double[] w = c.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(r)).toArray();
        double q = 0;
        for (int t = 0; t < N; t++) {
            q += r[t] * w[t];
        }
        return 0.5 * N * Math.log(2 * Math.PI) + 0.5 * Math.log(c.getDeterminant()) + 0.5 * q;
    }

    @Test
    void conditionalsMultiplyToTheJointGaussianDensity() {
        LongLagProcess[] ps = {LongLagProcess.of(LongLagProcess.Kind.SEASONAL, 7, 0.8, 0, 1.3),
                LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, 6, 0.9, 0.5, 0.7),
                LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, 11, -1.2, -0.3, 2),
                LongLagProcess.of(LongLagProcess.Kind.LONG_PERIOD, 12, 2.5, 0, 0.4)};
        for (LongLagProcess p : ps) {
            for (long seed = 1; seed <= 3; seed++) {
                double[] x = p.sample(N, RandomStreams.of(seed));
                double sum = 0;
                for (Predictive c : p.conditionals(x, 0, N)) {
                    assertThat(c.components()).isEqualTo(1);
                }
                Predictive[] cs = p.conditionals(x, 0, N);
                for (int t = 0; t < N; t++) {
                    sum -= cs[t].logDensity(x[t]);
                }
                double joint = jointNll(p, x);
                assertThat(sum).as("%s seed %d", p, seed).isCloseTo(joint, within(1e-9 * Math.abs(joint) + 1e-9));
                assertThat(p.meanNll(x, 0, N)).isCloseTo(sum / N, within(1e-12));
            }
        }
    }

    @Test
    void samplesFollowTheRecursionWithTheirOwnInnovations() {
        // the standardised residuals of a sample under its conditionals are the innovations drawn: mean 0, variance 1
        LongLagProcess p = LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, 30, 0.7, 0.5, 1);
        double[] x = p.sample(20_000, RandomStreams.of(11));
        Predictive[] cs = p.conditionals(x, 0, x.length);
        double m = 0;
        double v = 0;
        for (int t = 0; t < x.length; t++) {
            double r = (x[t] - cs[t].mean()) / Math.sqrt(cs[t].variance());
            m += r / x.length;
            v += r * r / x.length;
        }
        assertThat(m).isCloseTo(0, within(4 / Math.sqrt(x.length)));
        assertThat(v).isCloseTo(1, within(4 * Math.sqrt(2.0 / x.length)));
        assertThat(p.meanNll(x, 100, x.length)).isCloseTo(p.entropyRate(), within(0.03));
    }

    @Test
    void refusesValuesOutOfRange() {
        assertThatThrownBy(() -> LongLagProcess.of(LongLagProcess.Kind.SEASONAL, 12, 1, 0, 1))
                .hasMessageContaining("between −1 and 1");
        assertThatThrownBy(() -> LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, 0, 0.5, 0, 1))
                .hasMessageContaining("lag L");
        assertThatThrownBy(() -> LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, 5, 0.5, 1, 1))
                .hasMessageContaining("ψ");
        assertThatThrownBy(() -> LongLagProcess.of(LongLagProcess.Kind.LONG_PERIOD, 5, 0.5, 0, 0))
                .hasMessageContaining("σ");
    }
}
