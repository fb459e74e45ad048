package org.arlab.core.likelihood;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.ExactMle;
import org.arlab.core.ar.GramMatrix;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: "the same series shows two estimates in two labs" — the Likelihood lab's least squares (SurfaceResult on
 * the PrefixGram, GramMatrix.leastSquares) must be the Fit lab's ConditionalMle, also far from zero: at a mean of 10⁶
 * the uncentred Gram gave φ̂₁ = 0.5242 where QR gives 0.5206, at 10⁸ it refused as collinear.
 */
class OneSolverTest {
    static final double TOL = 1e-9;

    static double[] series(int n, double shift, long seed) {
        double[] y = ArSimulator.simulate(ArModel.of(0.3, new double[] {0.5, -0.3, 0.1}, 1.2), n, null,
                RandomStreams.of(seed)).values();
        for (int i = 0; i < n; i++) {
            y[i] += shift;
        }
        return y;
    }

    static void assertSame(double[] actual, double[] expected, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i])).as("%s[%d]: %s vs %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(TOL * Math.max(1, Math.abs(expected[i])));
        }
    }

    @Test
    void theLikelihoodLabsMleIsTheFitLabsAtEveryPrefixAndLevel() {
        for (double shift : new double[] {0, 1e4, 1e6, 1e8, 1e9}) {
            double[] y = series(3000, shift, 7);
            for (int p = 1; p <= 3; p++) {
                PrefixGram prefix = PrefixGram.of(y, p);
                for (int m : new int[] {40, 500, 3000}) {
                    double[] head = java.util.Arrays.copyOf(y, m);
                    for (boolean intercept : new boolean[] {true, false}) {
                        if (!intercept && shift > 1e4) {
                            continue; // without an intercept such a series is a unit root: not this test's point
                        }
                        String what = "shift " + shift + " p " + p + " m " + m + " intercept " + intercept;
                        ArFit fit = ConditionalMle.fit(head, p, intercept);
                        SurfaceResult r = SurfaceResult.compute(prefix.upTo(m), y, m, p, 0, Math.min(1, p - 1),
                                false, intercept, null, Double.NaN, 11);
                        assertSame(r.base(), fit.phi(), what + " surface");
                        assertThat(r.maxLogLik()).as(what + " ℓ").isCloseTo(fit.logLikelihood(),
                                org.assertj.core.data.Offset.offset(TOL * Math.abs(fit.logLikelihood())));
                        double[][] ls = prefix.upTo(m).leastSquares(intercept);
                        assertSame(java.util.Arrays.copyOfRange(ls[0], 1, p + 1), fit.phi(), what + " Gram");
                        assertThat(ls[0][0]).as(what + " c").isCloseTo(fit.intercept(),
                                org.assertj.core.data.Offset.offset(1e-7 * Math.max(1, Math.abs(fit.intercept()))));
                        for (int i = 0; i < p; i++) {
                            assertThat(Math.sqrt(ls[2 + i][1 + i])).as(what + " se").isCloseTo(fit.sePhi()[i],
                                    org.assertj.core.data.Offset.offset(1e-7 * fit.sePhi()[i]));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theExactSurfaceIsCentredOnTheFitLabsExactMle() {
        double[] y = Fixtures.series("mean1e6");
        ArFit mle = ExactMle.fit(y, 2, true);
        SurfaceResult r = SurfaceResult.compute(PrefixGram.of(y, 2).upTo(y.length), y, y.length, 2, 0, 1, true, true,
                null, Double.NaN, 21);
        assertSame(r.base(), mle.phi(), "exact");
        assertThat(r.maxLogLik()).isEqualTo(mle.logLikelihood());
        // the surface's exact ℓ at the MLE is the MLE's ℓ
        double l = org.arlab.core.ar.ExactMle.profileLogLikelihood(y, GramMatrix.of(y, 2), mle.phi(), mle.mean());
        assertThat(l).isCloseTo(mle.logLikelihood(), org.assertj.core.data.Offset.offset(1e-9 * Math.abs(l)));
    }

    @Test
    void theFixtureAtAMeanOfAMillionStandardDeviationsAgreesInBothLabs() {
        double[] y = Fixtures.series("mean1e6");
        double[] exact = Fixtures.get("exact.properties", "mean1e6.p2.ls.c.phi");
        ArFit fit = ConditionalMle.fit(y, 2, true);
        SurfaceResult r = SurfaceResult.compute(PrefixGram.of(y, 2).upTo(y.length), y, y.length, 2, 0, 1, false, true,
                null, Double.NaN, 21);
        assertSame(fit.phi(), exact, "Fit lab");
        assertSame(r.base(), exact, "Likelihood lab");
        assertSame(GramMatrix.of(y, 2).leastSquares(true)[0], new double[] {fit.intercept(), exact[0], exact[1]},
                "GramMatrix");
    }
}
