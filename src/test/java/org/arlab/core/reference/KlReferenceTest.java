package org.arlab.core.reference;


import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlClosedForm;
import org.arlab.core.kl.KlExact;
import org.arlab.core.kl.KlRate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact chain-rule recursion for KL_T(p‖q) against the full T×T multivariate-normal formula evaluated with
 * numpy ({@code make_kl_fixtures.py} → {@code kl.properties}): AR(1), AR(2), mixed orders, unequal σ, intercepts and
 * an explosive p, to 1e-9 relative; and the rate κ(p‖q) for a stationary p against a stationary, explosive or
 * unit-root q, against 40-digit mpmath integrals ({@code make_kl_rate_fixtures.py} → {@code kl_rate.properties}).
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

    private static ArModel[] models(String name) {
        double[] sigma = Fixtures.get("kl_rate.properties", name + ".sigma");
        double[] c = Fixtures.get("kl_rate.properties", name + ".intercept");
        return new ArModel[] {ArModel.of(c[0], Fixtures.get("kl_rate.properties", name + ".p"), sigma[0]),
            ArModel.of(c[1], Fixtures.get("kl_rate.properties", name + ".q"), sigma[1])};
    }

    /** Issue 15: κ was reported undefined whenever q was not stationary; only p has to be. */
    @ParameterizedTest
    @ValueSource(strings = {"stationary", "ar1explosive", "ar2explosive", "complexexplosive", "intercepts",
        "unitroot"})
    void theRateNeedsOnlyAStationaryP(String name) {
        ArModel[] pq = models(name);
        double kappa = Fixtures.get("kl_rate.properties", name + ".kappa")[0];
        Fixtures.assertRelative(KlRate.closedForm(pq[0], pq[1]).orElseThrow(), kappa, 1e-13, name + " closed form");
        Fixtures.assertRelative(KlExact.of(pq[0], pq[1], 50).rate(), kappa, 1e-13, name + " KlExact");
        // KL_T / T per step settles on κ (p's state forgets its start geometrically)
        double[] perStep = KlClosedForm.perStep(pq[0], pq[1], 600, null);
        Fixtures.assertRelative(perStep[599], kappa, 1e-12, name + " per-step term at T = 600");
    }

    /** The spectral route: the Itakura–Saito integral plus Jensen's term for q's roots inside the unit circle. */
    @ParameterizedTest
    @ValueSource(strings = {"stationary", "ar1explosive", "ar2explosive", "complexexplosive"})
    void theSpectralIntegralWithJensensTermIsTheRate(String name) {
        ArModel[] pq = models(name);
        double spectral = Fixtures.get("kl_rate.properties", name + ".spectral")[0];
        Fixtures.assertRelative(KlRate.spectral(pq[0], pq[1]).orElseThrow(), spectral, 1e-11, name + " spectral");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unitroot"})
    void theSpectralIntegralIsUndefinedForAUnitRootInQ(String name) {
        ArModel[] pq = models(name);
        assertThat(KlRate.spectral(pq[0], pq[1])).isEmpty();
        assertThat(KlRate.closedForm(pq[1], pq[0])).isEmpty();
    }
}
