package org.arlab.core.reference;


import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlClosedForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact chain-rule recursion for KL_T(p‖q) against the full T×T multivariate-normal formula evaluated with
 * numpy ({@code make_kl_fixtures.py} → {@code kl.properties}): AR(1), AR(2), mixed orders, unequal σ, intercepts and
 * an explosive p, to 1e-9 relative.
 */
class KlReferenceTest {
    @ParameterizedTest
    @ValueSource(strings = {"ar1", "ar1sigma", "ar2", "ar2sigma", "mixed13", "mixed42", "intercept", "explosive"})
    void recursionEqualsTheFullMultivariateNormalFormula(String name) {
        double[] sigma = Fixtures.get("kl.properties", name + ".sigma");
        double[] c = Fixtures.get("kl.properties", name + ".intercept");
        ArModel p = ArModel.of(c[0], Fixtures.get("kl.properties", name + ".p"), sigma[0]);
        ArModel q = ArModel.of(c[1], Fixtures.get("kl.properties", name + ".q"), sigma[1]);
        double[] horizons = Fixtures.get("kl.properties", name + ".horizons");
        double[] expected = Fixtures.get("kl.properties", name + ".kl");
        int max = (int) horizons[horizons.length - 1];
        double[] cumulative = KlClosedForm.cumulative(p, q, max, null);
        for (int i = 0; i < horizons.length; i++) {
            int t = (int) horizons[i];
            double tol = expected[i] == 0 ? 1e-12 : 1e-9;
            Fixtures.assertRelative(cumulative[t - 1], expected[i], tol, name + " KL_" + t);
        }
    }
}
