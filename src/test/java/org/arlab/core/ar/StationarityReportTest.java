package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StationarityReportTest {
    private static StationarityReport of(double... phi) {
        return StationarityReport.of(ArModel.of(phi, 1));
    }

    @Test
    void ar1SaysWhereTheRootIs() {
        assertThat(of(0.5).reason()).contains("Stationary").contains("z = 1/φ₁ = 2");
        assertThat(of(1.0).stationary()).isFalse();
        assertThat(of(1.0).reason()).contains("on the unit circle");
        assertThat(of(-1.25).reason()).contains("inside the unit circle").contains("−0.8");
    }

    @Test
    void ar2NamesTheViolatedEdgeOfTheTriangle() {
        assertThat(of(0.5, -1.2).reason()).contains("φ₂ = −1.2 ≤ −1").contains("bottom edge");
        assertThat(of(0.7, 0.4).reason()).contains("φ₁ + φ₂ = 1.1 ≥ 1").contains("right edge");
        assertThat(of(-0.7, 0.4).reason()).contains("φ₂ − φ₁ = 1.1 ≥ 1").contains("left edge");
        assertThat(of(0.5, -0.3).stationary()).isTrue();
    }

    @Test
    void ar2WithComplexRootsGivesThePseudoCyclePeriod() {
        // φ = (1, −0.5): period 2π / arccos(1 / (2·sqrt(0.5))) = 2π / (π/4) = 8
        assertThat(of(1, -0.5).reason()).contains("pseudo-cycles of period 8");
        assertThat(of(0.5, 0.2).reason()).contains("Real roots");
    }

    @Test
    void higherOrderReportsTheSmallestRootModulus() {
        // 1 − 0.5z)(1 − 0.25z)(1 − 0.2z) expanded: φ = (0.95, −0.275, 0.025); smallest root 2
        StationarityReport r = of(0.95, -0.275, 0.025);
        assertThat(r.stationary()).isTrue();
        assertThat(r.smallestRootModulus()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.reason()).contains("smallest |z| = 2");
    }
}
