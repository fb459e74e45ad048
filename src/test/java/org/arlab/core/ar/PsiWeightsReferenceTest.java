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
}
