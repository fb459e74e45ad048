package org.arlab.core.reference;

import static org.arlab.core.reference.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ConditionalMle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Least squares against statsmodels' AutoReg (see make_fixtures.py): 1e-8 relative. */
class ConditionalMleReferenceTest {
    static final double TOL = 1e-8;

    @ParameterizedTest
    @CsvSource({"lynx,2", "lynx,11", "sunspot_year,2", "sunspot_year,9", "nile,1", "nottem,3"})
    void withAndWithoutInterceptMatchAutoReg(String name, int p) {
        double[] y = Fixtures.series(name);
        for (boolean c : new boolean[] {true, false}) {
            String key = name + ".p" + p + ".ols." + (c ? "c" : "n");
            ArFit fit = ConditionalMle.fit(y, p, c);
            double[] params = Fixtures.sm(key + ".params");
            double[] bse = Fixtures.sm(key + ".bse");
            int off = c ? 1 : 0;
            if (c) {
                assertRelative(fit.intercept(), params[0], TOL, key + " intercept");
                assertRelative(fit.seIntercept(), bse[0], TOL, key + " se(intercept)");
            } else {
                assertThat(fit.intercept()).isZero();
                assertThat(fit.seIntercept()).isNaN();
            }
            for (int i = 0; i < p; i++) {
                assertRelative(fit.phi()[i], params[off + i], TOL, key + " phi" + (i + 1));
                assertRelative(fit.sePhi()[i], bse[off + i], TOL, key + " se(phi" + (i + 1) + ")");
            }
            assertRelative(fit.sigma2(), Fixtures.sm(key + ".sigma2")[0], TOL, key + " sigma2");
            assertRelative(fit.logLikelihood(), Fixtures.sm(key + ".llf")[0], TOL, key + " llf");
            assertRelative(fit.aic(), Fixtures.sm(key + ".aic")[0], TOL, key + " aic");
            assertRelative(fit.bic(), Fixtures.sm(key + ".bic")[0], TOL, key + " bic");
            assertThat((double) fit.nobs()).isEqualTo(Fixtures.sm(key + ".nobs")[0]);
        }
    }
}
