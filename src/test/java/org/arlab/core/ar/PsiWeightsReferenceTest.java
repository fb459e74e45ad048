package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/**
 * ψ-weights against R 4.2's {@code ARMAtoMA(ar = φ, lag.max = k)} (which omits ψ_0 = 1), printed with
 * {@code options(digits = 17)} (Debian r-base-core).
 */
class PsiWeightsReferenceTest {
    @Test
    void ar2MatchesArmaToMa() {
        double[] psi = PsiWeights.of(new double[] {0.5, -0.3}, 9);
        assertThat(psi).containsExactly(new double[] {1, 0.5, -0.0499999999999999889, -0.1749999999999999889,
            -0.0724999999999999950, 0.0162500000000000006, 0.0298749999999999988, 0.0100624999999999985,
            -0.0039312500000000007}, offset(1e-15));
    }

    @Test
    void ar3MatchesArmaToMa() {
        double[] psi = PsiWeights.of(new double[] {1.2, -0.5, 0.1}, 7);
        assertThat(psi).containsExactly(new double[] {1, 1.19999999999999996, 0.93999999999999995,
            0.62799999999999989, 0.40359999999999985, 0.26431999999999989, 0.17818399999999993}, offset(1e-14));
    }

    @Test
    void errorVarianceIsSigmaSquaredTimesCumulativeSumOfSquares() {
        double[] v = PsiWeights.errorVariance(ArModel.of(new double[] {0.5, -0.3}, 2), 3);
        // 4·1, 4·(1 + 0.25), 4·(1 + 0.25 + 0.0025)
        assertThat(v).containsExactly(new double[] {4, 5, 5.01}, offset(1e-12));
        double[] rw = PsiWeights.errorVariance(ArModel.of(new double[] {1}, 1), 5);
        assertThat(rw).containsExactly(new double[] {1, 2, 3, 4, 5}, offset(1e-12));
        for (double x : PsiWeights.errorVariance(ArModel.of(new double[] {3}, 1), 2000)) {
            assertThat(Double.isFinite(x)).isTrue();
        }
    }

    @Test
    void ar2MatchesStatsmodelsArma2ma() {
        // statsmodels 0.13.5: arma2ma(np.r_[1, -np.array([0.5, -0.3])], [1], lags=10)
        double[] expected = {1.0, 0.5, -0.04999999999999999, -0.175, -0.0725, 0.01625, 0.029875,
            0.010062499999999999, -0.003931250000000001, -0.004984374999999999};
        double[] psi = PsiWeights.of(new double[] {0.5, -0.3}, 10);
        for (int j = 0; j < 10; j++) {
            assertThat(psi[j]).isCloseTo(expected[j], offset(1e-10 * Math.max(1e-3, Math.abs(expected[j]))));
        }
        // theory variance σ² Σ_{j<h} ψ_j² from the independent weights, to 1e-10 relative
        double[] v = PsiWeights.errorVariance(ArModel.of(new double[] {0.5, -0.3}, 1.7), 10);
        double s = 0;
        for (int h = 0; h < 10; h++) {
            s += expected[h] * expected[h];
            assertThat(v[h]).isCloseTo(1.7 * 1.7 * s, offset(1e-10 * 1.7 * 1.7 * s));
        }
    }
}
