package org.arlab.core.horizon;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.arlab.core.ar.ArModel;
import org.junit.jupiter.api.Test;

class RolloutsTest {
    /** σ² Σ_{j<h} ψ_j² with ψ by its recursion (MATH.md 2E), computed here independently of the rollouts. */
    private static double[] theory(double[] phi, double sigma, int horizon) {
        double[] psi = new double[horizon];
        psi[0] = 1;
        for (int j = 1; j < horizon; j++) {
            for (int i = 1; i <= Math.min(j, phi.length); i++) {
                psi[j] += phi[i - 1] * psi[j - i];
            }
        }
        double[] v = new double[horizon];
        double s = 0;
        for (int h = 0; h < horizon; h++) {
            s += psi[h] * psi[h];
            v[h] = sigma * sigma * s;
        }
        return v;
    }

    @Test
    void empiricalVarianceAndMeanMatchTheoryWithinSamplingError() {
        double[][] models = {{0.5, -0.3}, {0.9}, {1.2, -0.5, 0.1}};
        int m = 20_000;
        for (double[] phi : models) {
            ArModel model = ArModel.of(0.3, phi, 1.5);
            double[] state = new double[phi.length];
            state[state.length - 1] = 2.0;
            RolloutSummary s = Rollouts.run(model, state, 60, m, 3, RandomStreams.of(17L));
            double[] v = theory(phi, 1.5, 60);
            // conditional mean by the deterministic recursion (noise switched off)
            double[] lag = state.clone();
            for (int h = 0; h < 60; h++) {
                double mu = 0.3;
                for (int i = 0; i < phi.length; i++) {
                    mu += phi[i] * lag[lag.length - 1 - i];
                }
                System.arraycopy(lag, 1, lag, 0, lag.length - 1);
                lag[lag.length - 1] = mu;
                // sd of the sample mean sqrt(v/m); of the sample variance v·sqrt(2/(m−1)); 5 of each
                assertThat(Math.abs(s.mean()[h] - mu)).isLessThan(5 * Math.sqrt(v[h] / m));
                assertThat(Math.abs(s.variance()[h] - v[h])).isLessThan(5 * v[h] * Math.sqrt(2.0 / (m - 1)));
            }
            assertThat(s.paths()).hasDimensions(3, 60);
            assertThat(s.quantiles()[3][59]).isBetween(s.quantiles()[2][59], s.quantiles()[4][59]);
        }
    }

    @Test
    void explosiveModelsStayFinite() {
        RolloutSummary s = Rollouts.run(ArModel.of(new double[] {1.5}, 1), null, 1000, 50, 1,
                RandomStreams.of(1L));
        for (double v : s.mean()) {
            assertThat(Double.isFinite(v)).isTrue();
        }
    }

    @Test
    void refusesBadArguments() {
        ArModel m = ArModel.of(new double[] {0.5}, 1);
        assertThatThrownBy(() -> Rollouts.run(m, null, 0, 10, 0, RandomStreams.of(1L)))
                .hasMessageContaining("horizon");
        assertThatThrownBy(() -> Rollouts.run(m, null, 10, 1, 0, RandomStreams.of(1L)))
                .hasMessageContaining("rollouts");
        assertThatThrownBy(() -> Rollouts.run(m, new double[2], 10, 10, 0,
                RandomStreams.of(1L))).hasMessageContaining("starts from 1");
    }
}
