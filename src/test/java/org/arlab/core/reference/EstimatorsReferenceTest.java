package org.arlab.core.reference;

import static org.arlab.core.reference.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.Burg;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.LjungBox;
import org.arlab.core.ar.SampleAcf;
import org.arlab.core.ar.YuleWalker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Yule–Walker and Burg against R's ar.yw and ar.burg; ACF, PACF and Ljung–Box against statsmodels (see the fixture
 * README for the conventions). Tolerances as the issue sets them: 1e-8 for Yule–Walker and closed forms, 1e-6 Burg.
 */
class EstimatorsReferenceTest {
    @ParameterizedTest
    @CsvSource({"lynx,2", "lynx,11", "sunspot_year,2", "sunspot_year,9", "nile,1", "nottem,3"})
    void yuleWalkerMatchesArYw(String name, int p) {
        double[] y = Fixtures.series(name);
        String key = name + ".p" + p + ".yw";
        ArFit fit = YuleWalker.fit(y, p);
        assertRelative(fit.phi(), Fixtures.r(key + ".ar"), 1e-8, key);
        int n = y.length;
        assertRelative(fit.sigma2() * n / (n - (p + 1)), Fixtures.r(key + ".var.pred")[0], 1e-8, key + " var.pred");
        assertRelative(fit.mean(), Fixtures.r(key + ".x.mean")[0], 1e-8, key + " mean");
    }

    @ParameterizedTest
    @CsvSource({"lynx,2", "lynx,11", "sunspot_year,2", "sunspot_year,9", "nile,1", "nottem,3"})
    void burgMatchesArBurg(String name, int p) {
        double[] y = Fixtures.series(name);
        String key = name + ".p" + p + ".burg";
        ArFit fit = Burg.fit(y, p);
        assertRelative(fit.phi(), Fixtures.r(key + ".ar"), 1e-6, key);
        assertRelative(fit.sigma2(), Fixtures.r(key + ".var.pred")[0], 1e-6, key + " var.pred");
        assertRelative(fit.mean(), Fixtures.r(key + ".x.mean")[0], 1e-8, key + " mean");
    }

    @ParameterizedTest
    @CsvSource({"lynx,2", "sunspot_year,2", "nile,1", "nottem,3"})
    void acfAndPacfMatchStatsmodels(String name, int p) {
        double[] y = Fixtures.series(name);
        String key = name + ".p" + p;
        SampleAcf acf = SampleAcf.of(y, 20);
        double[] expected = Fixtures.sm(key + ".acf");
        double[] withLagZero = new double[21];
        withLagZero[0] = 1;
        System.arraycopy(acf.acf(), 0, withLagZero, 1, 20);
        assertRelative(withLagZero, expected, 1e-8, key + " acf");
        double[] pacf = Fixtures.sm(key + ".pacf");
        for (int k = 1; k <= 20; k++) {
            assertRelative(acf.pacf()[k - 1], pacf[k], 1e-8, key + " pacf lag " + k);
        }
        assertThat(acf.band()).isEqualTo(1.96 / Math.sqrt(y.length));
    }

    @ParameterizedTest
    @CsvSource({"lynx,2", "sunspot_year,2", "sunspot_year,9", "nile,1", "nottem,3"})
    void ljungBoxOfResidualsMatchesStatsmodels(String name, int p) {
        double[] y = Fixtures.series(name);
        for (boolean c : new boolean[] {true, false}) {
            String key = name + ".p" + p + ".ols." + (c ? "c" : "n");
            ArFit fit = ConditionalMle.fit(y, p, c);
            LjungBox lb = LjungBox.of(fit.residuals(y), 10, p);
            double[] expected = Fixtures.sm(key + ".ljungbox10");
            assertRelative(lb.statistic(), expected[0], 1e-8, key + " Q");
            assertRelative(lb.pValue(), expected[1], 1e-6, key + " p-value");
        }
    }
}
