package org.arlab.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.Burg;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.ExactMle;
import org.arlab.core.ar.YuleWalker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15's hard data against exact values (exact.properties, made by make_exact_fixtures.py: exact rational least
 * squares and Yule–Walker, 60-digit Burg and exact MLE with its observed information): series with means of 10⁴, 10⁶
 * and 10⁹ standard deviations, near unit roots (φ = 0.98, 0.995), data scaled by 10^±200, level series fitted
 * without an intercept (LakeHuron, austres, BJsales) and the classic series. Least squares within 1e-9 of the exact
 * solution; Yule–Walker and Burg within 1e-9; the exact MLE's φ̂ within 1e-5 of the optimum (the issue asks 2e-4;
 * measured: 2.5e-8 with a mean, 1.3e-6 for LakeHuron without one, where 1 − Σφ̂ = 9e-7 and −ℓ is flat to its
 * rounding over 1e-6 of φ) and its standard errors within 1e-3 of the observed information's (measured: 1.7e-5).
 */
class HardDataReferenceTest {
    private static final String EXACT = "exact.properties";
    private static final List<String> SHORT = List.of("mean1e4", "mean1e6", "mean1e9", "unit098", "unit0995",
            "scaled1e200", "scaled1e-200");
    private static final List<String> LONG = List.of("lakehuron", "austres", "bjsales", "nile", "lynx",
            "sunspot_year", "nottem");

    static double[] exact(String key) {
        return Fixtures.get(EXACT, key);
    }

    /** Every (series, order, intercept) of the least-squares, Yule–Walker and Burg fixtures. */
    static Stream<Arguments> fits() {
        List<Arguments> out = new ArrayList<>();
        for (String s : SHORT) {
            for (int p = 1; p <= 3; p++) {
                out.add(Arguments.of(s, p, true));
                if (!s.startsWith("mean")) {
                    out.add(Arguments.of(s, p, false));
                }
            }
        }
        for (String s : LONG) {
            for (int p = 1; p <= 6; p++) {
                out.add(Arguments.of(s, p, true));
                out.add(Arguments.of(s, p, false));
            }
        }
        return out.stream();
    }

    /** Every (series, order, mean) of the exact-MLE fixtures. */
    static Stream<Arguments> mles() {
        List<Arguments> out = new ArrayList<>();
        for (String s : List.of("bjsales", "lakehuron", "lynx", "sunspot_year", "nile", "unit098")) {
            for (int p = 1; p <= 6; p++) {
                out.add(Arguments.of(s, p, true));
            }
        }
        for (String s : List.of("mean1e4", "mean1e6", "mean1e9", "unit0995", "scaled1e200", "scaled1e-200")) {
            for (int p = 1; p <= 2; p++) {
                out.add(Arguments.of(s, p, true));
            }
        }
        for (String s : List.of("lakehuron", "nile")) {
            for (int p = 1; p <= 3; p++) {
                out.add(Arguments.of(s, p, false));
            }
        }
        return out.stream();
    }

    /** |a − e| ≤ tol · max|e| over the vector: a relative error of the whole coefficient vector. */
    static void assertVector(double[] actual, double[] expected, double tol, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        double norm = 0;
        for (double v : expected) {
            norm = Math.max(norm, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i])).as("%s[%d]: %s vs %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(tol * norm);
        }
    }

    /** Relative, or both infinite (σ² of data scaled by 10²⁰⁰ is 10⁴⁰⁰, beyond binary64). */
    static void assertScalar(double actual, double expected, double tol, String what) {
        if (Double.isInfinite(expected) || expected == 0) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        Fixtures.assertRelative(actual, expected, tol, what);
    }

    @ParameterizedTest(name = "{0} p={1} intercept={2}")
    @MethodSource("fits")
    void leastSquaresIsTheExactRationalSolution(String name, int p, boolean intercept) {
        double[] y = Fixtures.series(name);
        String key = name + ".p" + p + ".ls." + (intercept ? "c" : "n");
        ArFit fit = ConditionalMle.fit(y, p, intercept);
        assertVector(fit.phi(), exact(key + ".phi"), 1e-9, key + " phi");
        double[] se = exact(key + ".se");
        if (intercept) {
            assertScalar(fit.intercept(), exact(key + ".intercept")[0], 1e-9, key + " intercept");
            assertScalar(fit.seIntercept(), se[0], 1e-9, key + " se(intercept)");
        }
        for (int i = 0; i < p; i++) {
            assertScalar(fit.sePhi()[i], se[(intercept ? 1 : 0) + i], 1e-9, key + " se(phi" + (i + 1) + ")");
        }
        assertScalar(fit.sigma2(), exact(key + ".sigma2")[0], 1e-9, key + " sigma2");
        assertScalar(fit.logLikelihood(), exact(key + ".loglik")[0], 1e-12, key + " loglik");
    }

    @ParameterizedTest(name = "{0} p={1} mean={2}")
    @MethodSource("fits")
    void yuleWalkerAndBurgAreTheExactRecursions(String name, int p, boolean mean) {
        double[] y = Fixtures.series(name);
        String k = "." + (mean ? "c" : "n");
        String yw = name + ".p" + p + ".yw" + k;
        ArFit a = YuleWalker.fit(y, p, mean);
        assertVector(a.phi(), exact(yw + ".phi"), 1e-9, yw + " phi");
        assertScalar(a.sigma2(), exact(yw + ".var")[0], 1e-9, yw + " var");
        String bu = name + ".p" + p + ".burg" + k;
        ArFit b = Burg.fit(y, p, mean);
        assertVector(b.phi(), exact(bu + ".phi"), 1e-9, bu + " phi");
        assertScalar(b.sigma2(), exact(bu + ".var")[0], 1e-9, bu + " var");
    }

    @ParameterizedTest(name = "{0} p={1} mean={2}")
    @MethodSource("mles")
    void exactMleIsTheFortyDigitOptimumWithItsObservedInformation(String name, int p, boolean mean) {
        double[] y = Fixtures.series(name);
        String key = name + ".p" + p + ".mle." + (mean ? "c" : "n");
        ArFit fit = ExactMle.fit(y, p, mean);
        double[] phi = exact(key + ".phi");
        for (int i = 0; i < p; i++) {
            assertThat(Math.abs(fit.phi()[i] - phi[i])).as("%s phi%d: %s vs %s", key, i + 1, fit.phi()[i], phi[i])
                    .isLessThanOrEqualTo(1e-5);
        }
        if (mean) {
            assertScalar(fit.mean(), exact(key + ".mean")[0], 1e-9, key + " mean");
            assertScalar(fit.seIntercept(), exact(key + ".seintercept")[0], 1e-3, key + " se(intercept)");
        }
        assertScalar(fit.sigma2(), exact(key + ".sigma2")[0], 1e-6, key + " sigma2");
        assertScalar(fit.logLikelihood(), exact(key + ".loglik")[0], 1e-10, key + " loglik");
        double[] se = exact(key + ".se");
        for (int i = 0; i < p; i++) {
            assertScalar(fit.sePhi()[i], se[i], 1e-3, key + " se(phi" + (i + 1) + ")");
        }
    }
}
