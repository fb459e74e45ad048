package org.arlab.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.junit.jupiter.api.Test;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.TheoreticalAcf;
import org.arlab.core.neural.Predictive;
import org.arlab.core.random.RandomStreams;

class LinearProcessTest {
    @Test
    void theStartIsTheExactStationaryLaw() {
        ArModel m = ArModel.of(0.4, new double[] {0.5, -0.3, 0.2}, 1.3);
        LinearProcess lp = LinearProcess.of("ar", m);
        assertThat(lp.firstConditional()).isZero();
        double[] g = TheoreticalAcf.autocovariance(m, 2);
        double[][] cov = new double[3][3];
        double[] mean = new double[3];
        for (int i = 0; i < 3; i++) {
            mean[i] = m.mean();
            for (int j = 0; j < 3; j++) {
                cov[i][j] = g[Math.abs(i - j)];
            }
        }
        MultivariateNormalDistribution mvn = new MultivariateNormalDistribution(mean, cov);
        double[] x = {0.3, 1.9, -0.8, 0.5};
        Predictive[] c = lp.conditionals(x, 0, 3);
        double sum = 0;
        for (int t = 0; t < 3; t++) {
            sum += c[t].logDensity(x[t]);
        }
        assertThat(sum).isCloseTo(Math.log(mvn.density(new double[] {x[0], x[1], x[2]})), within(1e-12));
        Predictive last = lp.conditionals(x, 3, 4)[0];
        assertThat(last.mean()).isCloseTo(0.4 + 0.5 * -0.8 - 0.3 * 1.9 + 0.2 * 0.3, within(1e-14));
        assertThat(last.sds()[0]).isEqualTo(1.3);
    }

    @Test
    void samplesHaveTheStationaryVarianceFromTheFirstValue() {
        ArModel m = ArModel.of(new double[] {0.9}, 1);
        LinearProcess lp = LinearProcess.of("ar", m);
        int n = 40_000;
        double s0 = 0;
        double s1 = 0;
        for (int i = 0; i < n; i++) {
            double[] x = lp.sample(2, RandomStreams.of(i));
            s0 += x[0] * x[0];
            s1 += x[1] * x[1];
        }
        double v = 1 / (1 - 0.81);
        double se = v * Math.sqrt(2.0 / n);
        assertThat(s0 / n).isCloseTo(v, within(4 * se));
        assertThat(s1 / n).isCloseTo(v, within(4 * se));
    }

    @Test
    void aModelThatIsNotStationaryStartsAtZero() {
        LinearProcess lp = LinearProcess.of("ar", ArModel.of(new double[] {1.1, 0}, 1));
        assertThat(lp.firstConditional()).isEqualTo(2);
        double[] x = lp.sample(5, RandomStreams.of(1));
        assertThat(x[0]).isZero();
        assertThat(x[1]).isZero();
        assertThat(x[2]).isNotZero();
    }
}
