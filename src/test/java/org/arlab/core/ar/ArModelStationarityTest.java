package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ArModelStationarityTest {
    @Test
    void ar2StationarityMatchesTheTriangle() {
        // MATH.md: AR(2) is stationary iff φ2 > −1, φ2 < 1 − φ1, φ2 < 1 + φ1.
        SplittableRandom rnd = new SplittableRandom(20261124);
        int checked = 0;
        for (int i = 0; i < 5000; i++) {
            double p1 = rnd.nextDouble(-2.5, 2.5);
            double p2 = rnd.nextDouble(-1.5, 1.5);
            boolean triangle = p2 > -1 && p2 < 1 - p1 && p2 < 1 + p1;
            double margin = Math.min(Math.abs(p2 + 1), Math.min(Math.abs(1 - p1 - p2), Math.abs(1 + p1 - p2)));
            if (margin < 1e-6) {
                continue;
            }
            assertThat(ArModel.of(new double[] {p1, p2}, 1).isStationary()).as("φ = (%s, %s)", p1, p2)
                    .isEqualTo(triangle);
            checked++;
        }
        assertThat(checked).isGreaterThan(4900);
    }

    @Test
    void spectralRadiusOfAr2WithComplexRootsIsSqrtOfMinusPhi2() {
        // complex roots when φ1² + 4φ2 < 0; then |eigenvalues| = sqrt(−φ2)
        assertThat(ArModel.of(new double[] {1.5, -0.75}, 1).spectralRadius()).isCloseTo(Math.sqrt(0.75),
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void meanIsInterceptOverOneMinusSumPhi() {
        assertThat(ArModel.of(2.0, new double[] {0.5, 0.3}, 1).mean()).isCloseTo(10.0,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void refusesBadParametersWithReadableMessages() {
        assertThatThrownBy(() -> ArModel.of(new double[] {0.5}, 0)).hasMessageContaining("σ");
        assertThatThrownBy(() -> ArModel.of(new double[] {Double.NaN}, 1)).hasMessageContaining("φ1");
        assertThatThrownBy(() -> ArModel.of(Double.POSITIVE_INFINITY, new double[] {0.5}, 1))
                .hasMessageContaining("intercept");
    }
}
