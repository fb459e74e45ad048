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
}
