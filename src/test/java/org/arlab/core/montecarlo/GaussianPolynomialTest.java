package org.arlab.core.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.integration.gauss.SymmetricGaussIntegrator;
import org.junit.jupiter.api.Test;

class GaussianPolynomialTest {
    @Test
    void theCourseExampleIsThreeWithVarianceTen() {
        // MATH.md problem 4: E[x² + x + 1] = 2 + 0 + 1 = 3 for x ~ N(0, 2); Var = Var(x²) + Var(x) = 2·2² + 2 = 10.
        GaussianPolynomial f = new GaussianPolynomial(new double[] {1, 1, 1}, 0, 2);
        assertThat(f.mean()).isEqualTo(3.0);
        assertThat(f.variance()).isCloseTo(10.0, within(1e-13));
    }

    @Test
    void momentsAreTheGaussianOnes() {
        GaussianPolynomial f = new GaussianPolynomial(new double[] {0}, 1.5, 0.7);
        double[] m = f.moments(4);
        // E x² = μ² + s², E x³ = μ³ + 3μs², E x⁴ = μ⁴ + 6μ²s² + 3s⁴
        assertThat(m[2]).isCloseTo(1.5 * 1.5 + 0.7, within(1e-14));
        assertThat(m[3]).isCloseTo(Math.pow(1.5, 3) + 3 * 1.5 * 0.7, within(1e-13));
        assertThat(m[4]).isCloseTo(Math.pow(1.5, 4) + 6 * 1.5 * 1.5 * 0.7 + 3 * 0.49, within(1e-13));
    }

    @Test
    void meanAndVarianceMatchGaussHermiteQuadratureOnSeededRandomPolynomials() {
        // Gauss–Hermite with n nodes is exact for polynomials of degree ≤ 2n − 1: f² has degree ≤ 16.
        SymmetricGaussIntegrator gh = new GaussIntegratorFactory().hermite(12);
        SplittableRandom rnd = new SplittableRandom(4);
        for (int trial = 0; trial < 50; trial++) {
            double[] a = new double[1 + rnd.nextInt(GaussianPolynomial.MAX_DEGREE + 1)];
            for (int k = 0; k < a.length; k++) {
                a[k] = rnd.nextDouble(-2, 2);
            }
            double mu = rnd.nextDouble(-1.5, 1.5);
            double s2 = rnd.nextDouble(0.05, 3);
            GaussianPolynomial f = new GaussianPolynomial(a, mu, s2);
            double s = Math.sqrt(s2);
            // ∫ e^{−t²} g(t) dt with x = μ + √2 s t, divided by √π
            double ef = gh.integrate(t -> f.apply(mu + Math.sqrt(2) * s * t)) / Math.sqrt(Math.PI);
            double ef2 = gh.integrate(t -> Math.pow(f.apply(mu + Math.sqrt(2) * s * t), 2)) / Math.sqrt(Math.PI);
            double scale = Math.max(1, ef2);
            assertThat(f.mean()).as("trial %d", trial).isCloseTo(ef, within(1e-10 * scale));
            assertThat(f.variance()).as("trial %d", trial).isCloseTo(ef2 - ef * ef, within(1e-9 * scale));
        }
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertThatThrownBy(() -> new GaussianPolynomial(new double[0], 0, 1)).hasMessageContaining("coefficient");
        assertThatThrownBy(() -> new GaussianPolynomial(new double[] {1}, 0, -1)).hasMessageContaining("variance");
        assertThatThrownBy(() -> new GaussianPolynomial(new double[] {Double.NaN}, 0, 1)).hasMessageContaining("finite");
    }
}
