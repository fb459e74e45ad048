package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.random.RandomStreams;
import org.arlab.core.random.SequenceStreams;
import org.junit.jupiter.api.Test;

/** The warm-started exact MLE lands where the full search ({@link ExactMle}, checked against R's arima) does. */
class WarmExactMleTest {
    @Test
    void agreesWithTheFullSearchOnSeededSeries() {
        double[][] models = {{0.5}, {0.95}, {-0.7}, {0.5, -0.3}, {1.2, -0.5}, {0.3, 0.2, 0.1}, {0.99}};
        SequenceStreams streams = RandomStreams.perSequence(5);
        int cases = 0;
        for (double[] phi : models) {
            for (int n : new int[] {30, 200, 1000}) {
                for (boolean intercept : new boolean[] {true, false}) {
                    for (int r = 0; r < 4; r++) {
                        ArModel m = ArModel.of(intercept ? 3.0 : 0.0, phi, 2);
                        double[] y = ArSimulator.simulate(m, n, null, streams.stream(cases++)).values();
                        ArFit full = ExactMle.fit(y, phi.length, intercept);
                        ArFit warm = WarmExactMle.fit(y, phi.length, intercept,
                                ConditionalMle.fit(y, phi.length, intercept));
                        assertThat(warm.method()).isEqualTo(ArFit.Method.MLE);
                        for (int i = 0; i < phi.length; i++) {
                            assertThat(warm.phi()[i]).as("φ%d %s n=%d", i + 1, m, n)
                                    .isCloseTo(full.phi()[i], org.assertj.core.data.Offset.offset(1e-6));
                            assertThat(warm.sePhi()[i] / full.sePhi()[i]).isCloseTo(1,
                                    org.assertj.core.data.Offset.offset(1e-3));
                        }
                        assertThat(warm.sigma2() / full.sigma2()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-8));
                        assertThat(warm.logLikelihood()).isCloseTo(full.logLikelihood(),
                                org.assertj.core.data.Offset.offset(1e-8 * Math.abs(full.logLikelihood())));
                        if (intercept) {
                            assertThat(warm.intercept()).isCloseTo(full.intercept(),
                                    org.assertj.core.data.Offset.offset(1e-5 * full.seIntercept()));
                            assertThat(warm.seIntercept() / full.seIntercept()).isCloseTo(1,
                                    org.assertj.core.data.Offset.offset(1e-3));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aStartBeyondTheUnitRootIsMovedInside() {
        // a random walk: least squares may land above 1, where the exact likelihood is not defined
        SequenceStreams streams = RandomStreams.perSequence(11);
        int above = 0;
        for (int r = 0; r < 60; r++) {
            double[] y = ArSimulator.simulate(ArModel.of(new double[] {1}, 1), 50, null, streams.stream(r)).values();
            ArFit ls = ConditionalMle.fit(y, 1, false);
            if (ls.phi()[0] >= 1) {
                above++;
            }
            ArFit warm = WarmExactMle.fit(y, 1, false, ls);
            assertThat(warm.phi()[0]).isCloseTo(ExactMle.fit(y, 1, false).phi()[0],
                    org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(above).as("some least-squares fits beyond 1").isPositive();
    }

    /** Hard data: the warm start must land where the full search does, and scale with the data. */
    @Test
    void hardDataMeanOfABillionSdsScalesOfTenToThePlusMinus140AndNBarelyAboveP() {
        SequenceStreams streams = RandomStreams.perSequence(23);
        double[] base = ArSimulator.simulate(ArModel.of(new double[] {0.6, -0.2}, 1), 300, null, streams.stream(0))
                .values();
        ArFit reference = WarmExactMle.fit(base, 2, true, ConditionalMle.fit(base, 2, true));
        assertThat(reference.phi()[0]).isCloseTo(ExactMle.fit(base, 2, true).phi()[0],
                org.assertj.core.data.Offset.offset(1e-6));
        // a mean of 10⁹ standard deviations: the same φ and σ² (centred before squaring), the mean shifted
        double[] far = base.clone();
        for (int t = 0; t < far.length; t++) {
            far[t] += 1e9;
        }
        ArFit shifted = WarmExactMle.fit(far, 2, true, ConditionalMle.fit(far, 2, true));
        for (int i = 0; i < 2; i++) {
            assertThat(shifted.phi()[i]).as("φ%d at mean 1e9", i + 1)
                    .isCloseTo(reference.phi()[i], org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(shifted.sigma2() / reference.sigma2()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(shifted.mean() - 1e9).isCloseTo(reference.mean(), org.assertj.core.data.Offset.offset(1e-4));
        // data scaled by 10^±140 (10^±200 is refused by FitScale, before any fit: σ² would be 10^±400): φ and its
        // standard errors unchanged, σ and the mean scaled, all finite
        for (double scale : new double[] {1e140, 1e-140}) {
            double[] y = base.clone();
            for (int t = 0; t < y.length; t++) {
                y[t] *= scale;
            }
            ArFit f = WarmExactMle.fit(y, 2, true, ConditionalMle.fit(y, 2, true));
            for (int i = 0; i < 2; i++) {
                assertThat(f.phi()[i]).as("φ%d scaled by %s", i + 1, scale)
                        .isCloseTo(reference.phi()[i], org.assertj.core.data.Offset.offset(1e-6));
                assertThat(f.sePhi()[i] / reference.sePhi()[i]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6));
            }
            assertThat(Math.sqrt(f.sigma2()) / scale / Math.sqrt(reference.sigma2()))
                    .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(f.mean() / scale).isCloseTo(reference.mean(),
                    org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(reference.mean()))));
            assertThat(Double.isFinite(f.logLikelihood())).isTrue();
        }
        // n barely above p: the least n least squares can start from (2p + 2) and just above
        for (int n : new int[] {6, 7, 8}) { // least squares with an intercept needs 2p + 2
            double[] y = java.util.Arrays.copyOf(base, n);
            ArFit warm = WarmExactMle.fit(y, 2, true, ConditionalMle.fit(y, 2, true));
            ArFit full = ExactMle.fit(y, 2, true);
            for (int i = 0; i < 2; i++) {
                assertThat(warm.phi()[i]).as("φ%d at n = %d", i + 1, n)
                        .isCloseTo(full.phi()[i], org.assertj.core.data.Offset.offset(1e-5));
            }
            assertThat(warm.logLikelihood()).isCloseTo(full.logLikelihood(),
                    org.assertj.core.data.Offset.offset(1e-6 * Math.abs(full.logLikelihood()) + 1e-9));
        }
    }
}
