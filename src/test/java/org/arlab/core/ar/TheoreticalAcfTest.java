package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class TheoreticalAcfTest {
    @Test
    void ar1IsPhiToTheK() {
        double[] g = TheoreticalAcf.autocovariance(ArModel.of(new double[] {0.7}, 2), 5);
        // γ(0) = σ²/(1 − φ²) = 4/0.51
        assertThat(g[0]).isCloseTo(4 / 0.51, offset(1e-12));
        double[] r = TheoreticalAcf.acf(ArModel.of(new double[] {0.7}, 2), 5);
        for (int k = 1; k <= 5; k++) {
            assertThat(r[k - 1]).isCloseTo(Math.pow(0.7, k), offset(1e-12));
        }
    }

    @Test
    void ar2ClosedForms() {
        // ρ1 = φ1/(1 − φ2); ρ2 = φ1 ρ1 + φ2; γ0 = σ²(1 − φ2)/((1 + φ2)((1 − φ2)² − φ1²)) (Box & Jenkins)
        double p1 = 0.5;
        double p2 = -0.3;
        double[] r = TheoreticalAcf.acf(ArModel.of(new double[] {p1, p2}, 1), 3);
        double r1 = p1 / (1 - p2);
        assertThat(r[0]).isCloseTo(r1, offset(1e-12));
        assertThat(r[1]).isCloseTo(p1 * r1 + p2, offset(1e-12));
        double g0 = (1 - p2) / ((1 + p2) * ((1 - p2) * (1 - p2) - p1 * p1));
        assertThat(TheoreticalAcf.autocovariance(ArModel.of(new double[] {p1, p2}, 1), 0)[0]).isCloseTo(g0,
                offset(1e-12));
        assertThatThrownBy(() -> TheoreticalAcf.acf(ArModel.of(new double[] {1.1}, 1), 3))
                .hasMessageContaining("not stationary");
    }

    @Test
    void levinsonDurbinInvertsTheTheoreticalAutocovariances() {
        ArModel m = ArModel.of(new double[] {0.9, -0.5, 0.2}, 1.5);
        LevinsonDurbin ld = LevinsonDurbin.of(TheoreticalAcf.autocovariance(m, 3));
        assertThat(ld.phi()).containsExactly(new double[] {0.9, -0.5, 0.2}, offset(1e-12));
        assertThat(ld.variance()).isCloseTo(2.25, offset(1e-12));
        assertThat(ld.pacf()[2]).isCloseTo(0.2, offset(1e-12));
    }
}
