package org.arlab.core.reference;

import static org.arlab.core.reference.Fixtures.assertRelative;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ExactMle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact Gaussian MLE against R's arima(method = "ML"): 2e-4 relative on φ, μ, σ² and ℓ. */
class ExactMleReferenceTest {
    @ParameterizedTest
    @CsvSource({"lynx,2", "lynx,11", "sunspot_year,2", "sunspot_year,9", "nile,1", "nottem,3"})
    void matchesRArimaMl(String name, int p) {
        double[] y = Fixtures.series(name);
        String key = name + ".p" + p + ".ml";
        ArFit fit = ExactMle.fit(y, p, true);
        double[] coef = Fixtures.r(key + ".coef");
        double[] expectedPhi = java.util.Arrays.copyOf(coef, p);
        for (int i = 0; i < p; i++) {
            // relative to the larger of |φ| and 0.05: tiny coefficients are compared on an absolute scale
            org.assertj.core.api.Assertions.assertThat(Math.abs(fit.phi()[i] - expectedPhi[i]))
                    .as("%s phi%d: %s vs %s", key, i + 1, fit.phi()[i], expectedPhi[i])
                    .isLessThanOrEqualTo(2e-4 * Math.max(0.05, Math.abs(expectedPhi[i])));
        }
        assertRelative(fit.mean(), coef[p], 2e-4, key + " mean");
        assertRelative(fit.sigma2(), Fixtures.r(key + ".sigma2")[0], 2e-4, key + " sigma2");
        assertRelative(fit.logLikelihood(), Fixtures.r(key + ".loglik")[0], 2e-4, key + " loglik");
        double[] se = Fixtures.r(key + ".se");
        for (int i = 0; i < p; i++) {
            assertRelative(fit.sePhi()[i], se[i], 2e-2, key + " se(phi" + (i + 1) + ")");
        }
    }
}
