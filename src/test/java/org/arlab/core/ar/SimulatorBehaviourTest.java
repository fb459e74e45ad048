package org.arlab.core.ar;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class SimulatorBehaviourTest {
    @Test
    void sameSeedGivesTheSameSeries() {
        ArModel m = ArModel.of(new double[] {0.5, -0.3}, 1);
        double[] a = ArSimulator.simulate(m, 1000, null, RandomStreams.of(5L)).values();
        double[] b = ArSimulator.simulate(m, 1000, null, RandomStreams.of(5L)).values();
        double[] c = ArSimulator.simulate(m, 1000, null, RandomStreams.of(6L)).values();
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    /**
     * Seed 42 fixes every series to the last bit, through each of the simulator's paths (AR(2) with its lags in
     * registers, AR(1) and AR(3) through the general loop, an explosive AR(1) from y₀ = 1 that stops before overflow):
     * a faster simulator must draw these same numbers. The values were recorded from the simulator of December 2026.
     */
    @Test
    void seed42PinsEverySeriesToTheLastBit() {
        double[][] phis = {{0.5, -0.3}, {0.9}, {0.4, 0.2, -0.3}, {1.05}};
        String[][] expected = {
            {"1000000", "-0x1.8d989268395d2p-1", "-0x1.3fa5b1cb5228fp1", "-3697278641896065079"},
            {"1000000", "0x1.a15d89cc5afaep1", "0x1.2fd1559422bffp2", "7442159226506322340"},
            {"1000000", "0x1.148d291f64e9fp1", "0x1.206d885a79f32p1", "2523117645414275547"},
            {"7029", "0x1.511348e8af195p-1", "0x1.32ac27192ed75p498", "-5809362446512304146"}};
        for (int k = 0; k < phis.length; k++) {
            double[] phi = phis[k];
            ArModel m = ArModel.of(0.25, phi, 1.5);
            double[] y = ArSimulator.simulate(m, 1_000_000, phi[0] > 1 ? new double[] {1} : null,
                    RandomStreams.of(42L)).values();
            long hash = 0;
            for (double v : y) {
                hash = 31 * hash + Double.doubleToLongBits(v);
            }
            assertThat(new String[] {Integer.toString(y.length), Double.toHexString(y[0]),
                Double.toHexString(y[y.length - 1]), Long.toString(hash)}).as("φ = %s", java.util.Arrays.toString(phi))
                    .containsExactly(expected[k]);
        }
    }

    @Test
    void stationaryAr1HasTheClosedFormMeanAndVariance() {
        // y_t = 1 + 0.6 y_{t-1} + ε, σ = 2: mean 1/(1−0.6) = 2.5, variance σ²/(1−φ²) = 4/0.64 = 6.25.
        ArModel m = ArModel.of(1.0, new double[] {0.6}, 2.0);
        int n = 400_000;
        double[] y = ArSimulator.simulate(m, n, null, RandomStreams.of(11L)).values();
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean);
        }
        var /= n;
        // sd of the sample mean of an AR(1): sqrt(γ0 (1+φ)/(1−φ) / n) ≈ 0.008; allow 5 of them.
        assertThat(mean).isCloseTo(2.5, offset(0.04));
        // sd of the sample variance ≈ γ0 sqrt(2 (1+φ²)/(1−φ²) / n) ≈ 0.02; allow 5 of them.
        assertThat(var).isCloseTo(6.25, offset(0.1));
        // the very first value is already stationary: no start-up transient from zero
        assertThat(y[0]).isBetween(2.5 - 5 * 2.5, 2.5 + 5 * 2.5);
    }

    @Test
    void nonStationaryModelStartsFromTheGivenInitialValues() {
        // φ = 2 with negligible noise: y_t = 2^t from y_0 = 1 (a hand calculation).
        ArModel m = ArModel.of(new double[] {2}, 1e-300);
        Simulation s = ArSimulator.simulate(m, 10, new double[] {1}, RandomStreams.of(1L));
        assertThat(s.stationary()).isFalse();
        for (int t = 1; t <= 10; t++) {
            assertThat(s.values()[t - 1]).isEqualTo(Math.pow(2, t));
        }
        assertThat(s.warning()).contains("not stationary");
    }

    @Test
    void explosiveSeriesStopsBeforeOverflowAndSaysSo() {
        ArModel m = ArModel.of(new double[] {2}, 1e-300);
        Simulation s = ArSimulator.simulate(m, 2000, new double[] {1}, RandomStreams.of(1L));
        // 2^498 ≈ 8.2e149 ≤ 1e150 < 2^499
        assertThat(s.overflowed()).isTrue();
        assertThat(s.values()).hasSize(498);
        assertThat(s.warning()).contains("overflowed after 498 of 2000");
    }

    @Test
    void refusesBadArguments() {
        ArModel m = ArModel.of(new double[] {0.5, 0.1}, 1);
        assertThatThrownBy(() -> ArSimulator.simulate(m, 0, null, RandomStreams.of(1L)))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ArSimulator.simulate(m, 5, new double[] {1},
                RandomStreams.of(1L))).hasMessageContaining("needs 2 initial values");
    }
}
