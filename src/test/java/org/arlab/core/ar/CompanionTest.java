package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The closed forms of orders 1 and 2 in {@link Companion}, and the small solver of the autocovariances
 * ({@link DenseAlgebra#solvePivoting}).
 */
class CompanionTest {
    private static final MathContext MC = new MathContext(60);

    /** φ_1 + φ_2 = 1 is a unit root: the closed form says so exactly, the general solver did not (0.9999999999999998). */
    @Test
    void aUnitRootOfOrderTwoIsExactlyOne() {
        for (double a : new double[] {0.5, 0.25, 1.5, 0.75}) { // the other root, −(1 − a), inside the circle
            ArModel m = ArModel.of(new double[] {a, 1 - a}, 1);
            assertThat(m.spectralRadius()).as("φ = (%s, %s)", a, 1 - a).isEqualTo(1.0);
            assertThat(m.isStationary()).isFalse();
            assertThatThrownBy(() -> TheoreticalAcf.autocovariance(m, 3))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Each eigenvalue satisfies λ² − φ_1 λ − φ_2 = 0, checked in 60 digits; the larger modulus comes first. */
    @Test
    void orderTwoEigenvaluesSolveTheQuadraticToTheLastBits() {
        Random random = new Random(22);
        for (int t = 0; t < 20_000; t++) {
            double a = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(7) - 3);
            double b = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(7) - 3);
            double[][] ev = Companion.eigenvalues(new double[] {a, b});
            if (ev[1][0] != 0) {
                assertThat(ev[0][0]).isEqualTo(ev[0][1]);
                assertThat(ev[1][0]).isPositive().isEqualTo(-ev[1][1]);
                // |λ|² = −φ_2 and 2·Re λ = φ_1 for a conjugate pair
                assertThat(ev[0][0] * ev[0][0] + ev[1][0] * ev[1][0]).isCloseTo(-b, within(1e-15 * Math.abs(b))); // φ_1² + 4φ_2 rounded
                assertThat(2 * ev[0][0]).isEqualTo(a);
                continue;
            }
            assertThat(Math.abs(ev[0][0])).isGreaterThanOrEqualTo(Math.abs(ev[0][1]));
            for (double lambda : ev[0]) {
                BigDecimal l = new BigDecimal(lambda);
                BigDecimal residual = l.multiply(l, MC).subtract(new BigDecimal(a).multiply(l, MC), MC)
                        .subtract(new BigDecimal(b), MC);
                // the residual of the rounded root, against the size of the terms and the slope there
                double scale = Math.max(lambda * lambda, Math.max(Math.abs(a * lambda), Math.abs(b)));
                double slope = Math.abs(2 * lambda - a);
                assertThat(Math.abs(residual.doubleValue()))
                        .as("φ = (%s, %s), λ = %s", a, b, lambda)
                        .isLessThanOrEqualTo(4e-16 * scale + 2.3e-16 * Math.abs(lambda) * slope);
            }
        }
    }

    /** The closed form agrees with the general solver it replaces, in value and in order. */
    @Test
    void orderTwoAgreesWithTheGeneralSolverInValueAndOrder() {
        Random random = new Random(5);
        for (int t = 0; t < 5_000; t++) {
            double[] phi = {random.nextDouble() * 3 - 1.5, random.nextDouble() * 2 - 1};
            double[][] ev = Companion.eigenvalues(phi);
            EigenDecomposition eig = new EigenDecomposition(
                    new Array2DRowRealMatrix(new double[][] {{phi[0], phi[1]}, {1, 0}}, false));
            for (int i = 0; i < 2; i++) {
                assertThat(ev[0][i]).as("φ = (%s, %s)", phi[0], phi[1])
                        .isCloseTo(eig.getRealEigenvalues()[i], within(1e-7));
                assertThat(ev[1][i]).isCloseTo(eig.getImagEigenvalues()[i], within(1e-7));
            }
        }
    }

    /** γ(0) and γ(1) of an AR(2) by their closed forms (Box & Jenkins 3.2.36) against the small solver. */
    @Test
    void theSmallSolverGivesTheAr2AutocovariancesOfTheClosedForm() {
        Random random = new Random(9);
        int checked = 0;
        while (checked < 2000) {
            double a = random.nextDouble() * 4 - 2;
            double b = random.nextDouble() * 2 - 1;
            ArModel m = ArModel.of(new double[] {a, b}, 1.3);
            if (!(m.spectralRadius() < 0.99)) {
                continue;
            }
            double s2 = 1.69;
            double g0 = (1 - b) * s2 / ((1 + b) * ((1 - b) * (1 - b) - a * a));
            double g1 = a * g0 / (1 - b);
            double[] g = TheoreticalAcf.autocovariance(m, 2);
            assertThat(g[0]).as("φ = (%s, %s)", a, b).isCloseTo(g0, within(1e-12 * g0));
            assertThat(g[1]).isCloseTo(g1, within(1e-12 * g0));
            assertThat(g[2]).isCloseTo(a * g1 + b * g0, within(1e-12 * g0));
            checked++;
        }
    }

    @Test
    void theSmallSolverPivotsAndSaysWhenAPivotVanishes() {
        // a zero in the first pivot position: only pivoting solves it
        double[] x = DenseAlgebra.solvePivoting(new double[][] {{0, 2, 1}, {1, 1, 1}, {4, 0, 1}},
                new double[] {5, 6, 7});
        // checked by substitution
        double[][] a = {{0, 2, 1}, {1, 1, 1}, {4, 0, 1}};
        double[] b = {5, 6, 7};
        for (int i = 0; i < 3; i++) {
            double s = 0;
            for (int j = 0; j < 3; j++) {
                s += a[i][j] * x[j];
            }
            assertThat(s).isCloseTo(b[i], within(1e-14));
        }
        assertThat(DenseAlgebra.solvePivoting(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2})).isNull();
    }
}
