package org.arlab.core.kl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.arlab.core.ar.ArModel;
import org.junit.jupiter.api.Test;

class KlRateTest {
    @Test
    void closedFormEqualsTheSpectralIntegralOnSeededRandomStationaryPairs() {
        SplittableRandom rnd = new SplittableRandom(2026);
        int checked = 0;
        while (checked < 60) {
            ArModel p = randomModel(rnd);
            ArModel q = randomModel(rnd);
            if (!p.isStationary() || !q.isStationary() || p.spectralRadius() > 0.95 || q.spectralRadius() > 0.95) {
                continue;
            }
            double closed = KlRate.closedForm(p, q).orElseThrow();
            double spectral = KlRate.spectral(p, q).orElseThrow();
            assertThat(Math.abs(closed - spectral)).as("%s vs %s", p, q)
                    .isLessThanOrEqualTo(1e-8 * Math.max(1, Math.abs(closed)));
            checked++;
        }
    }

    @Test
    void aHandCalculationForAr1AgainstWhiteNoise() {
        // p: AR(1) φ = 0.5, σ = 1; q: white noise σ = 1. d = 0.5, Γ_p = 1/(1 − 0.25) = 4/3:
        // κ = 0 + (1 + 0.25·4/3)/2 − 1/2 = 1/6.
        ArModel p = ArModel.of(new double[] {0.5}, 1);
        ArModel q = ArModel.of(new double[] {0}, 1);
        assertThat(KlRate.closedForm(p, q).orElseThrow()).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(KlRate.spectral(p, q).orElseThrow()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void klOverTApproachesTheRate() {
        ArModel p = ArModel.of(new double[] {0.5, -0.3}, 1);
        ArModel q = ArModel.of(new double[] {0.6, 0.2}, 1.2);
        double kappa = KlRate.closedForm(p, q).orElseThrow();
        double[] kl = KlClosedForm.perStep(p, q, 400, null);
        assertThat(kl[399]).isCloseTo(kappa, within(1e-12));
    }

    @Test
    void theRateIsUndefinedWhenPIsNotStationaryAndDefinedWhenOnlyQIsNot() {
        ArModel stationary = ArModel.of(new double[] {0.5}, 1);
        ArModel explosive = ArModel.of(new double[] {1.05}, 1);
        assertThat(KlRate.closedForm(explosive, stationary)).isEmpty();
        assertThat(KlRate.spectral(explosive, stationary)).isEmpty();
        // d = −0.55, Γ_p(0) = 4/3: κ = (1 + 0.3025·4/3)/2 − 1/2 = 0.3025·2/3
        assertThat(KlRate.closedForm(stationary, explosive).orElseThrow()).isCloseTo(0.3025 * 2 / 3, within(1e-15));
        assertThat(KlRate.spectral(stationary, explosive).orElseThrow()).isCloseTo(0.3025 * 2 / 3, within(1e-12));
        // the closed form over T still holds
        double[] kl = KlClosedForm.cumulative(explosive, stationary, 50, null);
        assertThat(kl).hasSize(50);
        for (double v : kl) {
            assertThat(v).isFinite().isNotNegative();
        }
    }

    @Test
    void theCurveIsCutWhereItOverflows() {
        ArModel explosive = ArModel.of(new double[] {2}, 1);
        ArModel q = ArModel.of(new double[] {0}, 1);
        double[] kl = KlClosedForm.cumulative(explosive, q, 5000, null);
        assertThat(KlClosedForm.overflowed(kl, 5000)).isTrue();
        assertThat(kl.length).isBetween(100, 1100);
        for (double v : kl) {
            assertThat(v).isFinite();
        }
    }

    @Test
    void identicalModelsAreZeroApart() {
        ArModel p = ArModel.of(new double[] {0.3, 0.2}, 1.3);
        for (double v : KlClosedForm.cumulative(p, p, 30, null)) {
            assertThat(v).isCloseTo(0, within(1e-14));
        }
        assertThat(KlRate.closedForm(p, p).orElseThrow()).isCloseTo(0, within(1e-15));
    }

    @Test
    void gaussianKlMatchesTheLemma() {
        assertThat(GaussianKl.of(1, 2, 3, 2)).isCloseTo(4.0 / 8, within(1e-15));
        assertThat(GaussianKl.of(0, 1, 0, Math.E)).isCloseTo(1 + 1 / (2 * Math.E * Math.E) - 0.5, within(1e-15));
    }

    private static ArModel randomModel(SplittableRandom rnd) {
        double[] phi = new double[1 + rnd.nextInt(4)];
        for (int i = 0; i < phi.length; i++) {
            phi[i] = rnd.nextDouble(-0.9, 0.9) / (i + 1);
        }
        return ArModel.of(phi, rnd.nextDouble(0.3, 3));
    }
}
