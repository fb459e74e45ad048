package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CharacteristicRootsTest {
    @Test
    void ar2RootsByTheQuadraticFormula() {
        // 1 − 0.75 z + 0.125 z² = (1 − z/2)(1 − z/4): roots 2 and 4 (by hand)
        CharacteristicRoots r = CharacteristicRoots.of(ArModel.of(new double[] {0.75, -0.125}, 1));
        double[] re = r.re().clone();
        java.util.Arrays.sort(re);
        assertThat(re[0]).isCloseTo(2, offset(1e-12));
        assertThat(re[1]).isCloseTo(4, offset(1e-12));
        assertThat(java.util.Arrays.stream(r.im()).allMatch(v -> v == 0)).isTrue();
        assertThat(r.phi()).containsExactly(new double[] {0.75, -0.125}, offset(1e-12));
    }

    /**
     * Issue 15: φ₃ = 0 made the companion matrix 3×3 with an eigenvalue ~2·10⁻¹⁷ instead of 0, a bogus root
     * |z| = 4.8·10¹⁶. Trimmed, the roots are those of 1 − 0.5z + 0.3z²: z = (0.5 ± i√0.95)/0.6 (quadratic formula),
     * |z| = √(1/0.3).
     */
    @Test
    void zeroHighestLagCoefficientsAreTrimmed() {
        for (double[] phi : new double[][] {{0.5, -0.3, 0}, {0.5, -0.3, 0, 0, 0, 0}}) {
            CharacteristicRoots r = CharacteristicRoots.of(ArModel.of(phi, 1));
            assertThat(r.size()).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                assertThat(r.re()[i]).isCloseTo(0.5 / 0.6, offset(1e-14));
                assertThat(Math.abs(r.im()[i])).isCloseTo(Math.sqrt(0.95) / 0.6, offset(1e-14));
                assertThat(r.modulus(i)).isCloseTo(Math.sqrt(1 / 0.3), offset(1e-14));
            }
            assertThat(r.im()[0]).isEqualTo(-r.im()[1]);
        }
        // φ = (0.9, 0, 0): one root, 1/0.9 exactly as computed in double; (0, 0.25, 0): ±2
        CharacteristicRoots one = CharacteristicRoots.of(ArModel.of(new double[] {0.9, 0, 0}, 1));
        assertThat(one.re()).containsExactly(1 / 0.9);
        assertThat(one.im()).containsExactly(0.0);
        CharacteristicRoots two = CharacteristicRoots.of(ArModel.of(new double[] {0, 0.25, 0}, 1));
        double[] re = two.re().clone();
        java.util.Arrays.sort(re);
        assertThat(re).containsExactly(new double[] {-2, 2}, offset(1e-14));
        assertThat(two.im()).containsOnly(0.0);
    }

    @Test
    void whiteNoiseHasNoRoots() {
        assertThat(CharacteristicRoots.of(ArModel.of(new double[] {0}, 1)).size()).isZero();
        assertThat(CharacteristicRoots.of(ArModel.of(new double[] {0, 0, 0}, 1)).size()).isZero();
        assertThat(CharacteristicRoots.of(ArModel.of(new double[0], 1)).size()).isZero();
    }

    @Test
    void complexPairForPseudoCycles() {
        // φ = (1, −0.5): 1 − z + 0.5 z² = 0 ⇒ z = 1 ± i (quadratic formula), |z| = √2
        CharacteristicRoots r = CharacteristicRoots.of(ArModel.of(new double[] {1, -0.5}, 1));
        assertThat(r.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(r.re()[i]).isCloseTo(1, offset(1e-12));
            assertThat(Math.abs(r.im()[i])).isCloseTo(1, offset(1e-12));
            assertThat(r.modulus(i)).isCloseTo(Math.sqrt(2), offset(1e-12));
        }
    }

    @Test
    void rootsAndCoefficientsRoundTripForRandomModels() {
        SplittableRandom rnd = new SplittableRandom(77);
        for (int trial = 0; trial < 500; trial++) {
            int p = 1 + rnd.nextInt(6);
            double[] phi = new double[p];
            for (int i = 0; i < p; i++) {
                phi[i] = rnd.nextDouble(-1, 1);
            }
            CharacteristicRoots r = CharacteristicRoots.of(ArModel.of(phi, 1));
            // every root solves 1 − Σ φ_k z^k = 0
            for (int i = 0; i < r.size(); i++) {
                double zr = r.re()[i];
                double zi = r.im()[i];
                double pr = 1;
                double pi = 0;
                double wr = 1;
                double wi = 0;
                for (int k = 0; k < p; k++) {
                    double t = wr * zr - wi * zi;
                    wi = wr * zi + wi * zr;
                    wr = t;
                    pr -= phi[k] * wr;
                    pi -= phi[k] * wi;
                }
                double scale = Math.max(1, Math.pow(r.modulus(i), p));
                assertThat(Math.hypot(pr, pi) / scale).isLessThan(1e-8);
            }
            if (r.size() == p) {
                assertThat(r.phi()).containsExactly(phi, offset(1e-8));
            }
        }
    }

    @Test
    void refusesUnpairedComplexRoot() {
        assertThatThrownBy(() -> new CharacteristicRoots(new double[] {1}, new double[] {1}).phi())
                .hasMessageContaining("conjugate");
    }
}
