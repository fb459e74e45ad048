package org.arlab.app.lab.kl;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.chart.Format;
import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlExact;
import org.arlab.core.kl.KlMonteCarlo;
import org.arlab.core.montecarlo.Estimate;
import org.junit.jupiter.api.Test;

/** The KL lab's sentences, from exact values and Monte Carlo runs computed by the core, without a window. */
class KlPresenterTest {
    private static final ArModel AR1 = ArModel.of(new double[] {0.5}, 1);
    private static final ArModel NOISE = ArModel.of(new double[] {0}, 1);

    private static KlSnapshot snapshot(KlMonteCarlo mc, KlExact x, long max) {
        return new KlSnapshot(x, mc.logRatio(), mc.conditional(), mc.logRatioTrace(), mc.conditionalTrace(), max);
    }

    private static KlSnapshot snapshot(Estimate logRatio, Estimate conditional, long max) {
        return new KlSnapshot(KlExact.of(AR1, NOISE, 10), logRatio, conditional, null, null, max);
    }

    @Test
    void exactValuesAndRatesOfTwoStationaryModels() {
        // φ = 0.5 against white noise, σ = 1, from zero: KL_2 = φ²·Var(x₁)/2 = 0.125 both ways;
        // κ(p‖q) = φ²/(2(1 − φ²)) = 1/6, κ(q‖p) = φ²/2
        assertThat(KlPresenter.exact(KlExact.of(AR1, NOISE, 2))).isEqualTo("Exact, T = 2:\n"
                + "  KL_T(p‖q) = 0.125\n  KL_T(q‖p) = 0.125\nRate κ = lim KL_T/T:\n"
                + "  κ(p‖q) = 0.1667 (closed form), 0.1667 (spectral integral)\n  κ(q‖p) = 0.125");
        assertThat(KlPresenter.stationarity(AR1, NOISE)).isEmpty();
        assertThat(KlPresenter.overflow(KlExact.of(AR1, NOISE, 2))).isEmpty();
    }

    @Test
    void aNonStationaryModelHasNoRate() {
        // φ = 1.2: Var(x_t) = 1, 2.44, 4.5136, 7.4996, so KL_5(p‖q) = 0.72 · 15.4532 = 11.13 and KL_5(q‖p) = 4 · 0.72
        ArModel explosive = ArModel.of(new double[] {1.2}, 1);
        KlExact x = KlExact.of(explosive, NOISE, 5);
        assertThat(KlPresenter.exact(x)).isEqualTo("Exact, T = 5:\n  KL_T(p‖q) = 11.13\n  KL_T(q‖p) = 2.88\n"
                + "Rate κ = lim KL_T/T:\n  κ(p‖q) undefined: p is not stationary\n  κ(q‖p) = 0.72");
        assertThat(KlPresenter.stationarity(explosive, NOISE)).isEqualTo("p is not stationary: KL_T still holds "
                + "over T, but the rate κ(p‖q) = lim KL_T/T is undefined.");
        assertThat(KlPresenter.stationarity(explosive, explosive)).endsWith("undefined, and so is κ(q‖p).");
        // issue 15: only p has to be stationary for κ(p‖q); here d = −1.2, Γ_p = 1: κ = 1.44/2
        assertThat(KlPresenter.exact(KlExact.of(NOISE, explosive, 5))).endsWith("κ(p‖q) = 0.72 (closed form), "
                + "0.72 (spectral integral)\n  κ(q‖p) undefined: q is not stationary");
        assertThat(KlPresenter.stationarity(NOISE, explosive)).isEqualTo("q is not stationary: κ(p‖q) is still "
                + "defined (it needs only p stationary), but κ(q‖p) is not.");
        assertThat(KlPresenter.overflow(x)).isEmpty();
    }

    @Test
    void anExplosiveModelOverALongHorizonOverflows() {
        KlExact x = KlExact.of(ArModel.of(new double[] {1.5}, 1), NOISE, 2000);
        int steps = x.forward().length;
        assertThat(steps).isBetween(1, 1999);
        assertThat(KlPresenter.exact(x)).startsWith("Exact, T = 2000:\n  KL_T(p‖q) = overflows\n  KL_T(q‖p) = ");
        assertThat(KlPresenter.overflow(x)).isEqualTo("A model is explosive: KL overflows double precision after T = "
                + steps + " steps; shorten the horizon.");
    }

    @Test
    void beforeAnySampleTheEstimatesAreDashesAndNothingIsCompared() {
        KlMonteCarlo mc = new KlMonteCarlo(AR1, NOISE, 10, null, RandomStreams.perSequence(1));
        KlSnapshot s = snapshot(mc, KlExact.of(AR1, NOISE, 10), 10_000);
        assertThat(KlPresenter.summary(s)).isEqualTo("M = 0 of 10\u2009000 sequences.");
        assertThat(KlPresenter.cells(s.logRatio())).isEqualTo(new KlPresenter.Cells("—", "—", "—"));
        assertThat(KlPresenter.cells(s.conditional())).isEqualTo(new KlPresenter.Cells("—", "—", "—"));
    }

    @Test
    void oneSequenceHasAMeanButNoStandardError() {
        KlMonteCarlo mc = new KlMonteCarlo(AR1, NOISE, 10, null, RandomStreams.perSequence(1));
        mc.advance(1, () -> false);
        KlSnapshot s = snapshot(mc, KlExact.of(AR1, NOISE, 10), 10);
        assertThat(KlPresenter.summary(s)).isEqualTo("M = 1 of 10 sequences.");
        assertThat(KlPresenter.cells(s.conditional())).isEqualTo(new KlPresenter.Cells(
                Format.number(s.conditional().mean()), "—", "—"));
    }

    @Test
    void aRealRunFindsTheConditionalEstimatorMorePrecise() {
        KlMonteCarlo mc = new KlMonteCarlo(AR1, NOISE, 20, null, RandomStreams.perSequence(42));
        mc.advance(5000, () -> false);
        KlSnapshot s = snapshot(mc, KlExact.of(AR1, NOISE, 20), 100_000);
        double ratio = s.logRatio().stdError() / s.conditional().stdError();
        assertThat(ratio).isGreaterThan(1.5);
        assertThat(KlPresenter.summary(s)).isEqualTo("M = 5\u2009000 of 100\u2009000 sequences. The conditional "
                + "estimator's standard error is " + Format.number(ratio) + "× smaller: the log-ratio estimator "
                + "would need " + Format.number(ratio * ratio) + "× as many sequences to match it.");
    }

    @Test
    void theComparisonNamesTheRatioAndItsSquare() {
        KlSnapshot s = snapshot(new Estimate(0.13, 0.004, 0.4, 10_000), new Estimate(0.125, 0.001, 0.1, 10_000),
                100_000);
        assertThat(KlPresenter.summary(s)).isEqualTo("M = 10\u2009000 of 100\u2009000 sequences. The conditional "
                + "estimator's standard error is 4× smaller: the log-ratio estimator would need 16× as many sequences "
                + "to match it.");
    }

    @Test
    void aLuckyLogRatioEstimateIsNotCalledMorePreciseInTheWrongDirection() {
        // at M = 3 the sample standard errors can come out the other way round
        KlSnapshot s = snapshot(new Estimate(0.1, 0.002, 0.0035, 3), new Estimate(0.12, 0.005, 0.0087, 3), 1000);
        assertThat(KlPresenter.summary(s)).isEqualTo("M = 3 of 1\u2009000 sequences. So far the log-ratio "
                + "estimator's standard error is 2.5× smaller, by chance: conditioning never increases the variance.");
        KlSnapshot tie = snapshot(new Estimate(0.1, 0.002, 0.0035, 3), new Estimate(0.12, 0.002, 0.0035, 3), 1000);
        assertThat(KlPresenter.summary(tie)).isEqualTo("M = 3 of 1\u2009000 sequences.");
    }

    @Test
    void identicalModelsGiveZeroEverywhereAndNoRatio() {
        KlMonteCarlo mc = new KlMonteCarlo(AR1, AR1, 10, null, RandomStreams.perSequence(3));
        mc.advance(100, () -> false);
        KlExact x = KlExact.of(AR1, AR1, 10);
        KlSnapshot s = snapshot(mc, x, 1000);
        assertThat(KlPresenter.summary(s)).isEqualTo("M = 100 of 1\u2009000 sequences.");
        // the conditional terms vanish exactly; the log-ratio keeps round-off, so its standard error is not 0 and
        // the ratio to 0 is infinite: nothing is compared
        assertThat(KlPresenter.cells(s.conditional())).isEqualTo(new KlPresenter.Cells("0", "0", "0"));
        assertThat(s.logRatio().stdError()).isPositive().isLessThan(1e-12);
        assertThat(KlPresenter.cells(s.logRatio()).stdError()).matches("[1-9]\\.[0-9]{3}e−(1[3-9]|[2-9][0-9])");
        assertThat(KlPresenter.exact(x)).isEqualTo("Exact, T = 10:\n  KL_T(p‖q) = 0\n  KL_T(q‖p) = 0\n"
                + "Rate κ = lim KL_T/T:\n  κ(p‖q) = 0 (closed form), 0 (spectral integral)\n  κ(q‖p) = 0");
    }

    @Test
    void hugeAndTinyEstimatesGoScientific() {
        assertThat(KlPresenter.cells(new Estimate(1.234e7, 5.6e-9, 0.00042, 1_000_000)))
                .isEqualTo(new KlPresenter.Cells("1.234e+07", "5.600e−09", "4.200e−04"));
        assertThat(KlPresenter.summary(snapshot(new Estimate(1, 2e-3, 2, 1_000_000), new Estimate(1, 1e-3, 1,
                1_000_000), 1_000_000))).isEqualTo("M = 1\u2009000\u2009000 of 1\u2009000\u2009000 sequences. The "
                + "conditional estimator's standard error is 2× smaller: the log-ratio estimator would need 4× as "
                + "many sequences to match it.");
    }

    @Test
    void theTableNamesItsRowsAndColumns() {
        assertThat(KlPresenter.estimators()).containsExactly("log-ratio", "conditional");
        assertThat(KlPresenter.headings()).containsExactly("estimator", "estimate", "std. error", "sd per sequence");
        KlPresenter.estimators()[0] = "changed";
        assertThat(KlPresenter.estimators()[0]).isEqualTo("log-ratio");
    }

    @Test
    void theCurveSentenceGivesTheRangeOfTAndTheRateWithItsStandardError() {
        org.arlab.core.kl.ProcessKl kl = new org.arlab.core.kl.ProcessKl(
                org.arlab.core.process.LinearProcess.of("p", AR1), org.arlab.core.process.LinearProcess.of("q",
                        NOISE), 40, 3, 1);
        assertThat(KlPresenter.curve(kl.cumulative())).isEmpty();
        assertThat(KlPresenter.curve(null)).isEmpty();
        kl.advance(2000, () -> false);
        org.arlab.core.kl.CumulativeKl c = kl.cumulative();
        String text = KlPresenter.curve(c);
        assertThat(text).contains("every t = 1..40 at once").contains("slope over t = 20..40")
                .contains(", " + Format.number(c.rate()) + " ± " + Format.number(c.rateStdError()))
                .contains("estimates the rate κ");
        // from its stationary law, φ = 0.5 against white noise: every step's KL is κ = 1/6
        assertThat(Math.abs(c.rate() - 1 / 6.0)).isLessThan(4 * c.rateStdError());
        KlSnapshot.Models m = new KlSnapshot.Models("pair", kl.method(), kl.notes(), 1.0, Double.NaN, Double.NaN,
                40, c);
        assertThat(KlPresenter.models(m)).contains(text);
    }
}
