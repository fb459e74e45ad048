package org.arlab.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

import org.arlab.core.neural.Predictive;
import org.arlab.core.random.RandomStreams;

/** The forward algorithm against enumerating every path of the hidden chain. */
class RegimeSwitchingArTest {
    private static double normalLogPdf(double x, double mu, double sd) {
        double r = (x - mu) / sd;
        return -0.5 * Math.log(2 * Math.PI) - Math.log(sd) - 0.5 * r * r;
    }

    /** log p(x_0..x_{n−1}) = log Σ over all 2ⁿ regime paths of p(s) p(x | s), computed directly. */
    static double bruteForceLogJoint(RegimeSwitchingAr m, double[] x, int n) {
        double total = 0;
        double[] start = m.stationary();
        for (int path = 0; path < (1 << n); path++) {
            int k = path & 1;
            double lp = Math.log(start[k]) + normalLogPdf(x[0], m.regimeMean(k), m.regimeSd(k));
            for (int t = 1; t < n; t++) {
                int j = k;
                k = (path >> t) & 1;
                lp += Math.log(m.transition(j, k)) + normalLogPdf(x[t], m.c()[k] + m.phi()[k] * x[t - 1],
                        m.sigma()[k]);
            }
            total += Math.exp(lp);
        }
        return Math.log(total);
    }

    private static RegimeSwitchingAr random(UniformRandomProvider rng) {
        return new RegimeSwitchingAr(new double[] {rng.nextDouble(-2, 2), rng.nextDouble(-2, 2)},
                new double[] {rng.nextDouble(-0.9, 0.9), rng.nextDouble(-0.9, 0.9)},
                new double[] {rng.nextDouble(0.2, 1.5), rng.nextDouble(0.2, 1.5)},
                new double[] {rng.nextDouble(0.05, 0.95), rng.nextDouble(0.05, 0.95)});
    }

    @Test
    void eachConditionalIsTheRatioOfBruteForceJointDensities() {
        UniformRandomProvider rng = RandomStreams.of(2024);
        for (int trial = 0; trial < 20; trial++) {
            RegimeSwitchingAr m = random(rng);
            double[] x = m.sample(8, rng);
            Predictive[] p = m.conditionals(x, 0, x.length);
            double previous = 0;
            for (int t = 0; t < x.length; t++) {
                double joint = bruteForceLogJoint(m, x, t + 1);
                assertThat(p[t].logDensity(x[t])).as("trial %d, t = %d", trial, t).isCloseTo(joint - previous,
                        offset(1e-10));
                previous = joint;
            }
            assertThat(m.logLikelihood(x)).isCloseTo(previous, offset(1e-10));
        }
    }

    @Test
    void theConditionalIsADensityAtEveryPointNotJustTheObservedOne() {
        // p(y | x_<t) for a y other than x_t: brute force with y in place of x_t, over the joint of x_<t
        UniformRandomProvider rng = RandomStreams.of(7);
        RegimeSwitchingAr m = random(rng);
        double[] x = m.sample(6, rng);
        Predictive p = m.conditionals(x, 5, 6)[0];
        double past = bruteForceLogJoint(m, x, 5);
        for (double y : new double[] {-3, -0.5, 0.2, 1.7, 4}) {
            double[] with = x.clone();
            with[5] = y;
            assertThat(p.logDensity(y)).isCloseTo(bruteForceLogJoint(m, with, 6) - past, offset(1e-10));
        }
        assertThat(p.components()).isEqualTo(2);
    }

    @Test
    void conditionalsFromALaterStartAreTheSame() {
        RegimeSwitchingAr m = RegimeSwitchingAr.DEFAULT;
        double[] x = m.sample(50, RandomStreams.of(3));
        Predictive[] all = m.conditionals(x, 0, 50);
        Predictive[] late = m.conditionals(x, 30, 40);
        for (int t = 30; t < 40; t++) {
            assertThat(late[t - 30].logDensity(x[t])).isEqualTo(all[t].logDensity(x[t]));
        }
    }

    @Test
    void samplesSpendTheStationaryShareInEachRegimeAndTheFilterFindsThem() {
        RegimeSwitchingAr m = new RegimeSwitchingAr(new double[] {1, -1}, new double[] {0.6, 0.6},
                new double[] {0.3, 0.3}, new double[] {0.95, 0.8});
        double[][] xs = m.sampleWithRegimes(100_000, RandomStreams.of(11));
        double share = 0;
        for (double s : xs[1]) {
            share += s == 0 ? 1 : 0;
        }
        share /= xs[1].length;
        // stationary π_1 = 0.2 / 0.25 = 0.8; sd of the share with switching runs is well below 0.01 at 10⁵
        assertThat(m.stationary()[0]).isCloseTo(0.8, offset(1e-12));
        assertThat(share).isCloseTo(0.8, offset(0.01));
        double[][] f = m.filtered(xs[0]);
        int right = 0;
        for (int t = 0; t < f.length; t++) {
            right += (f[t][0] > 0.5 ? 0 : 1) == xs[1][t] ? 1 : 0;
        }
        assertThat(right / (double) f.length).isGreaterThan(0.95);
    }

    @Test
    void badParametersAreRefused() {
        assertThatThrownBy(() -> new RegimeSwitchingAr(new double[] {0, 0}, new double[] {1, 0},
                new double[] {1, 1}, new double[] {0.5, 0.5})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegimeSwitchingAr(new double[] {0, 0}, new double[] {0, 0},
                new double[] {1, 1}, new double[] {1, 0.5})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegimeSwitchingAr.DEFAULT.conditionals(new double[3], 0, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
