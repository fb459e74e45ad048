package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MATH.md, "Numerical care": with an intercept, every estimator's φ̂ (and σ̂², ℓ) is the same for a series and for
 * the series plus 10⁹ standard deviations — issue 15 found the exact MLE at φ = (0.90, 0.10) for (0.5, −0.3) at a mean
 * of 10⁴ and φ ≈ 1 at 10⁶. The seeded series are rounded to multiples of 2⁻²⁰ so that adding the integer offset is
 * exact in binary64: both series are the same numbers, and only the estimator can tell them apart.
 */
class CentringInvarianceTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new double[] {0.5, -0.3}, 500, 2, 1L),
                Arguments.of(new double[] {0.5, -0.3}, 2000, 4, 2L),
                Arguments.of(new double[] {0.98}, 1000, 1, 3L),
                Arguments.of(new double[] {0.995}, 1000, 3, 4L),
                Arguments.of(new double[] {1.2, -0.5, 0.1}, 300, 3, 5L),
                Arguments.of(new double[] {0.3}, 60, 2, 6L));
    }

    static double[] series(double[] phi, int n, long seed) {
        double[] y = ArSimulator.simulate(ArModel.of(phi, 1), n, null, RandomStreams.of(seed)).values();
        for (int i = 0; i < n; i++) {
            y[i] = Math.rint(Math.scalb(y[i], 20)) / Math.scalb(1.0, 20);
        }
        return y;
    }

    static double[] plus(double[] y, double k) {
        double sd = Math.sqrt(SampleAcf.of(y, 0).autocovariance()[0]);
        double shift = Math.rint(k * sd);
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = y[i] + shift;
            assertThat(z[i] - shift).isEqualTo(y[i]); // exact
        }
        return z;
    }

    @ParameterizedTest(name = "phi={0} n={1} p={2}")
    @MethodSource("cases")
    void everyMethodFitsTheSameModelAtAMeanOfABillionStandardDeviations(double[] truth, int n, int p, long seed) {
        double[] y = series(truth, n, seed);
        for (double k : new double[] {1e4, 1e6, 1e9}) {
            double[] z = plus(y, k);
            for (ArFit.Method m : ArFit.Method.values()) {
                ArFit a = m.fit(y, p, true);
                ArFit b = m.fit(z, p, true);
                String what = m.label() + " at " + k + " sd";
                for (int i = 0; i < p; i++) {
                    assertThat(Math.abs(b.phi()[i] - a.phi()[i])).as("%s φ%d: %s vs %s", what, i + 1, b.phi()[i],
                            a.phi()[i]).isLessThanOrEqualTo(1e-8);
                    assertThat(b.sePhi()[i]).as(what + " se").isCloseTo(a.sePhi()[i],
                            org.assertj.core.data.Offset.offset(1e-6 * a.sePhi()[i]));
                }
                assertThat(b.sigma2()).as(what + " σ²").isCloseTo(a.sigma2(),
                        org.assertj.core.data.Offset.offset(1e-8 * a.sigma2()));
                assertThat(b.logLikelihood()).as(what + " ℓ").isCloseTo(a.logLikelihood(),
                        org.assertj.core.data.Offset.offset(1e-9 * Math.abs(a.logLikelihood())));
                assertThat(b.mean() - Math.rint(k * Math.sqrt(SampleAcf.of(y, 0).autocovariance()[0])))
                        .as(what + " mean").isCloseTo(a.mean(), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }
}
