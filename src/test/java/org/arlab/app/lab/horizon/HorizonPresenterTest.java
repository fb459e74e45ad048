package org.arlab.app.lab.horizon;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.chart.Format;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.LeastSquaresFit;
import org.arlab.core.horizon.HorizonExperiment;
import org.arlab.core.horizon.RolloutSummary;
import org.junit.jupiter.api.Test;

/** The Horizon lab's sentences, from experiments run by the core, without a window. */
class HorizonPresenterTest {
    private static final ArModel TRUTH = ArModel.of(new double[] {0.9, -0.2}, 1);

    @Test
    void fittedNamesTheEstimatesAndTheErrorsAtOneStepAndAtTheHorizon() {
        // a fixed "fit", so that the estimates are known exactly; the errors come from the rollouts
        ArModel fixed = ArModel.of(0.1, new double[] {0.85, -0.15}, 1.1);
        HorizonExperiment e = HorizonExperiment.run(TRUTH, 200, 10, 50, 2, y -> fixed, RandomStreams.of(7));
        assertThat(HorizonPresenter.fitted(e)).isEqualTo("Fitted to 200 values: φ = (0.85, −0.15), c = 0.1, "
                + "σ² = 1.21.\nTeacher-forced one-step MSE " + Format.number(e.oneStepMse()) + " against the true σ² = 1; "
                + "at h = 10 the fitted model's MSE is " + Format.number(e.mseFittedModel()[9]) + ".");
        assertThat(HorizonPresenter.fitted(e)).doesNotContain("\u0302"); // wrapped: see HorizonPresenter.fitted
    }

    @Test
    void aLeastSquaresFitOnALongSeriesGroupsTheCountAndLandsNearTheTruth() {
        HorizonExperiment e = HorizonExperiment.run(TRUTH, 20_000, 3, 20, 1, y -> LeastSquaresFit.fit(y, 2), RandomStreams.of(1));
        ArModel f = e.fitted();
        assertThat(f.phi(1)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(0.05));
        assertThat(HorizonPresenter.fitted(e)).isEqualTo("Fitted to 20\u2009000 values: φ = ("
                + Format.number(f.phi(1)) + ", " + Format.number(f.phi(2)) + "), c = " + Format.number(f.intercept())
                + ", σ² = " + Format.number(f.sigma() * f.sigma()) + ".\nTeacher-forced one-step MSE "
                + Format.number(e.oneStepMse()) + " against the true σ² = 1; at h = 3 the fitted model's MSE is "
                + Format.number(e.mseFittedModel()[2]) + ".");
        assertThat(HorizonPresenter.explain(f)).isEmpty();
    }

    @Test
    void anExplosiveFitWithTinyNoiseAndAnInfiniteErrorIsStillReadable() {
        ArModel truth = ArModel.of(new double[] {0.5}, 2);
        ArModel fitted = ArModel.of(0, new double[] {1.2}, 0.001);
        double[] three = {0, 0, 0};
        RolloutSummary fan = new RolloutSummary(new double[] {0.5}, three, three, new double[][] {three},
                new double[0][], 2, 0);
        HorizonExperiment e = new HorizonExperiment(truth, fitted, new double[0], 1_000_000, new double[0], fan, three,
                three, three, three, new double[] {1, 2, Double.POSITIVE_INFINITY}, three, 4.0001);
        assertThat(HorizonPresenter.fitted(e)).isEqualTo("Fitted to 1\u2009000\u2009000 values: φ = (1.2), c = 0, "
                + "σ² = 1.000e−06.\nTeacher-forced one-step MSE 4 against the true σ² = 4; at h = 3 the fitted model's MSE "
                + "overflows double precision: its errors grow without bound.");
    }

    @Test
    void explosiveFitNamesTheRootAndTheGrowthRate() {
        // φ = 1.05: root z = 1/1.05 = 0.9524, errors grow like 1.05^h
        assertThat(HorizonPresenter.explain(ArModel.of(new double[] {1.05}, 1))).isEqualTo("The fitted model is "
                + "explosive: its root z = 0.9524 has |z| = 0.9524 < 1, so free-running errors grow like 1.05^h.");
        // φ = −1.25: root z = −0.8
        assertThat(HorizonPresenter.explain(ArModel.of(new double[] {-1.25}, 1))).isEqualTo("The fitted model is "
                + "explosive: its root z = −0.8 has |z| = 0.8 < 1, so free-running errors grow like 1.25^h.");
        assertThat(HorizonPresenter.explain(ArModel.of(new double[] {0.5}, 1))).isEmpty();
    }

    @Test
    void aComplexPairInsideTheUnitCircleIsWrittenAsOneComplexNumber() {
        // φ = (0.5, −1.2): 1 − 0.5z + 1.2z² = 0 at z = (0.5 ± i√4.55)/2.4 = 0.2083 ± 0.8888i, |z| = 1/√1.2
        String m = HorizonPresenter.explain(ArModel.of(new double[] {0.5, -1.2}, 1));
        assertThat(m).matches("The fitted model is explosive: its root z = 0\\.2083 [+−] 0\\.8888i has \\|z\\| = "
                + "0\\.9129 < 1, so free-running errors grow like 1\\.095\\^h\\.");
    }

    @Test
    void aUnitRootIsOnTheEdge() {
        assertThat(HorizonPresenter.explain(ArModel.of(new double[] {1}, 1))).isEqualTo("The fitted model is on the "
                + "edge of stationarity: its root z = 1 has |z| = 1.");
    }

    @Test
    void statusAndWarningLines() {
        assertThat(HorizonPresenter.task(10_000, 100)).isEqualTo("rolling out 10\u2009000 × 100 steps");
        assertThat(HorizonPresenter.TRUTH_NOT_STATIONARY).isEqualTo("The true model is not stationary: choose φ "
                + "inside the stationarity region (the fitted model may still come out explosive).");
    }
}
