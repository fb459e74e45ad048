package org.arlab.app.lab.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.commons.rng.simple.RandomSource;
import org.arlab.chart.Format;
import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.LjungBox;
import org.arlab.core.ar.OrderChoice;
import org.junit.jupiter.api.Test;

/** The Fit lab's table and diagnostics, from fits computed by the lab's own {@code compute}, without a window. */
class FitPresenterTest {
    private static final ArModel AR2 = ArModel.of(new double[] {0.5, -0.3}, 1);

    private static double[] simulate(ArModel m, int n, long seed) {
        return ArSimulator.simulate(m, n, null, RandomSource.XO_RO_SHI_RO_128_PP.create(seed)).values();
    }

    private static FitResult fit(double[] y, ArModel truth, ArFit.Method method, int p, boolean intercept) {
        return FitController.compute("y", y, truth, method, OrderChoice.FIXED, p, 8, intercept, 10);
    }

    /** The same result with another Ljung–Box test and time taken. */
    private static FitResult with(FitResult r, LjungBox lb, long nanos) {
        return new FitResult(r.seriesName(), r.values(), r.truth(), r.fit(), r.selection(), r.predictions(),
                r.residualAcf(), r.qq(), lb, r.forecast(), nanos);
    }

    private static FitResult withFit(ArFit fit, ArModel truth) {
        FitResult r = fit(simulate(AR2, 200, 1), AR2, ArFit.Method.OLS, 1, true);
        return new FitResult(r.seriesName(), r.values(), truth, fit, r.selection(), r.predictions(), r.residualAcf(),
                r.qq(), null, r.forecast(), 0);
    }

    @Test
    void leastSquaresWithInterceptListsEveryRowWithTheTrueValues() {
        FitResult r = fit(simulate(AR2, 500, 42), AR2, ArFit.Method.OLS, 2, true);
        ArFit f = r.fit();
        List<FitPresenter.Row> rows = FitPresenter.rows(r);
        assertThat(rows).extracting(FitPresenter.Row::name).containsExactly("c", "φ₁", "φ₂", "σ² (MLE)",
                "σ² unbiased", "ℓ conditional", "AIC", "BIC", "N");
        assertThat(rows).extracting(FitPresenter.Row::truth).containsExactly("0", "0.5", "−0.3", "1", "", "", "", "",
                "");
        assertThat(rows.get(1)).isEqualTo(new FitPresenter.Row("φ₁", Format.number(f.phi()[0]),
                Format.number(f.sePhi()[0]), "0.5"));
        assertThat(rows.get(0).se()).isEqualTo(Format.number(f.seIntercept()));
        assertThat(rows.get(4).estimate()).isEqualTo(Format.number(f.sigma2Unbiased()));
        assertThat(rows.get(6).estimate()).isEqualTo(Format.number(f.aic()));
        assertThat(rows.get(8)).isEqualTo(new FitPresenter.Row("N", "498", "", ""));
        // a fit this good sits near the truth: φ̂₁ within 0.1 of 0.5, shown with a sign and four digits
        assertThat(f.phi()[0]).isBetween(0.4, 0.6);
    }

    @Test
    void aLoadedSeriesByYuleWalkerWithoutInterceptHasNoTruthNoInterceptAndNoUnbiasedRow() {
        FitResult r = fit(simulate(AR2, 300, 7), null, ArFit.Method.YULE_WALKER, 2, false);
        List<FitPresenter.Row> rows = FitPresenter.rows(r);
        assertThat(rows).extracting(FitPresenter.Row::name).containsExactly("φ₁", "φ₂", "σ² (innovation var.)", "ℓ conditional",
                "AIC", "BIC", "N");
        assertThat(rows).extracting(FitPresenter.Row::truth).containsOnly("");
        assertThat(rows).extracting(FitPresenter.Row::se).containsExactly(Format.number(r.fit().sePhi()[0]),
                Format.number(r.fit().sePhi()[1]), "", "", "", "", "");
    }

    @Test
    void coefficientsBeyondTheTrueOrderAreTrulyZero() {
        ArModel ar1 = ArModel.of(2, new double[] {0.8}, 0.5);
        FitResult r = fit(simulate(ar1, 400, 3), ar1, ArFit.Method.BURG, 3, true);
        assertThat(FitPresenter.rows(r)).extracting(FitPresenter.Row::truth).startsWith("2", "0.8", "0", "0", "0.25");
    }

    @Test
    void hugeAndTinyNumbersGoScientificAndLargeCountsAreGrouped() {
        ArFit f = new ArFit(ArFit.Method.OLS, new double[] {1.5e-7}, 123_456.789, true, 2.5e6, -1234.4, 1_000_000,
                0.000123, new double[] {0});
        List<FitPresenter.Row> rows = FitPresenter.rows(withFit(f, null));
        assertThat(rows).containsExactly(
                new FitPresenter.Row("c", "1.235e+05", "1.230e−04", ""),
                new FitPresenter.Row("φ₁", "1.500e−07", "0", ""),
                new FitPresenter.Row("σ² (MLE)", "2.500e+06", "", ""),
                new FitPresenter.Row("σ² unbiased", "2.500e+06", "", ""),
                new FitPresenter.Row("ℓ conditional", "−1234", "", ""),
                new FitPresenter.Row("AIC", "2475", "", ""),
                new FitPresenter.Row("BIC", "2510", "", ""),
                new FitPresenter.Row("N", "1\u2009000\u2009000", "", ""));
    }

    @Test
    void undefinedNumbersShowADash() {
        // N = k − 1: no degrees of freedom left for the unbiased σ², and no standard error of ĉ without c
        ArFit f = new ArFit(ArFit.Method.OLS, new double[] {0.4}, 0, false, 1, -3, 1, Double.NaN, new double[] {
            Double.POSITIVE_INFINITY});
        List<FitPresenter.Row> rows = FitPresenter.rows(withFit(f, null));
        assertThat(rows.get(0)).isEqualTo(new FitPresenter.Row("φ₁", "0.4", "∞", ""));
        assertThat(rows.get(2)).isEqualTo(new FitPresenter.Row("σ² unbiased", "—", "", ""));
    }

    /** The conditional log-likelihood at (c, φ, σ²), summed directly over t = p+1..n (MATH.md, problem 1). */
    private static double conditional(double[] y, double c, double[] phi, double s2) {
        int p = phi.length;
        double ssr = 0;
        for (int t = p; t < y.length; t++) {
            double e = y[t] - c;
            for (int i = 1; i <= p; i++) {
                e -= phi[i - 1] * y[t - i];
            }
            ssr += e * e;
        }
        int n = y.length - p;
        return -0.5 * n * Math.log(2 * Math.PI * s2) - ssr / (2 * s2);
    }

    private static String estimate(List<FitPresenter.Row> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().estimate();
    }

    @Test
    void everyMethodShowsItsOwnLikelihoodNamedForItsKindAndItsOwnVariance() {
        // issue 15: Yule–Walker's row showed the exact MLE's ℓ, AIC and BIC, and every method's σ² said "(MLE)"
        double[] y = simulate(AR2, 400, 11);
        for (double shift : new double[] {0, 1e6}) {
            double[] z = y.clone();
            for (int i = 0; i < z.length; i++) {
                z[i] += shift;
            }
            FitResult exact = fit(z, null, ArFit.Method.MLE, 2, true);
            List<FitPresenter.Row> mle = FitPresenter.rows(exact);
            assertThat(mle).extracting(FitPresenter.Row::name).contains("σ² (exact MLE)", "ℓ exact")
                    .doesNotContain("ℓ conditional", "σ² unbiased");
            assertThat(estimate(mle, "ℓ exact")).isEqualTo(Format.number(exact.fit().logLikelihood()));
            for (ArFit.Method m : new ArFit.Method[] {ArFit.Method.OLS, ArFit.Method.YULE_WALKER,
                ArFit.Method.BURG}) {
                FitResult r = fit(z, null, m, 2, true);
                ArFit f = r.fit();
                List<FitPresenter.Row> rows = FitPresenter.rows(r);
                double own = conditional(z, f.intercept(), f.phi(), f.sigma2());
                assertThat(f.logLikelihood()).as("%s at shift %s", m, shift)
                        .isCloseTo(own, org.assertj.core.data.Offset.offset(1e-6 * Math.abs(own)));
                assertThat(estimate(rows, "ℓ conditional")).isEqualTo(Format.number(f.logLikelihood()))
                        .isNotEqualTo(estimate(mle, "ℓ exact"));
                assertThat(estimate(rows, "AIC")).isEqualTo(Format.number(-2 * f.logLikelihood()
                        + 2 * f.parameters()));
                assertThat(rows).extracting(FitPresenter.Row::name).contains(m == ArFit.Method.OLS ? "σ² (MLE)"
                        : "σ² (innovation var.)");
            }
        }
    }

    @Test
    void subscriptsHaveOneDigitPerPlace() {
        assertThat(FitPresenter.subscript(1)).isEqualTo("₁");
        assertThat(FitPresenter.subscript(12)).isEqualTo("₁₂");
        assertThat(FitPresenter.subscript(20)).isEqualTo("₂₀");
    }

    @Test
    void ljungBoxRejectingAsksForAHigherOrder() {
        FitResult r = with(fit(simulate(AR2, 500, 42), AR2, ArFit.Method.OLS, 2, true),
                new LjungBox(31.4159, 10, 8, 1.2e-4), 1_234_567);
        assertThat(FitPresenter.diagnostics(r)).isEqualTo("Ljung–Box on the residuals, 10 lags (χ² on 8 df): "
                + "Q = 31.42, p-value 1.200e−04 — the residuals are still autocorrelated: try a higher order.\n"
                + "The fitted model is stationary.\nFitted in 1.2 ms.");
    }

    @Test
    void ljungBoxAtOrAboveFivePercentFindsNoLeftoverAutocorrelation() {
        FitResult r = fit(simulate(AR2, 500, 42), AR2, ArFit.Method.OLS, 2, true);
        assertThat(FitPresenter.diagnostics(with(r, new LjungBox(5.5, 10, 8, 0.7035), 25_000_000)))
                .isEqualTo("Ljung–Box on the residuals, 10 lags (χ² on 8 df): Q = 5.5, p-value 0.7035 — no evidence "
                        + "of leftover autocorrelation.\nThe fitted model is stationary.\nFitted in 25.0 ms.");
        assertThat(FitPresenter.diagnostics(with(r, new LjungBox(15.51, 10, 8, 0.05), 0)))
                .startsWith("Ljung–Box on the residuals, 10 lags (χ² on 8 df): Q = 15.51, p-value 0.05 — no "
                        + "evidence");
    }

    @Test
    void anUnderfittedModelLeavesAutocorrelationThatTheRealTestFinds() {
        // AR(1) fitted to a strong AR(2): the residuals keep the second lag
        ArModel strong = ArModel.of(new double[] {0.3, -0.7}, 1);
        FitResult r = fit(simulate(strong, 1000, 5), strong, ArFit.Method.OLS, 1, true);
        assertThat(r.ljungBox().pValue()).isLessThan(0.05);
        assertThat(FitPresenter.diagnostics(r)).startsWith("Ljung–Box on the residuals, 10 lags (χ² on 9 df): Q = ")
                .contains(" — the residuals are still autocorrelated: try a higher order.\nThe fitted model is "
                        + "stationary.\nFitted in ");
    }

    @Test
    void anExplosiveSeriesGivesANonStationaryFit() {
        ArModel explosive = ArModel.of(new double[] {1.03}, 1);
        FitResult r = with(fit(simulate(explosive, 200, 11), explosive, ArFit.Method.OLS, 1, false), null, 400_000);
        assertThat(r.fit().phi()[0]).isGreaterThan(1);
        assertThat(FitPresenter.diagnostics(r)).isEqualTo("The fitted model is not stationary.\nFitted in 0.4 ms.");
    }

    @Test
    void aTinySeriesHasNoLjungBoxLineAndNoBlankFirstLine() {
        // six values, AR(1) without c: φ̂ = Σ y_t y_{t−1} / Σ y_{t−1}² = 0.75 / 1.4225 = 0.5272; five residuals are
        // too few for ten lags
        double[] y = {1, 0.6, 0.2, 0.15, 0, 0.1};
        FitResult r = fit(y, null, ArFit.Method.OLS, 1, false);
        assertThat(r.ljungBox()).isNull();
        assertThat(FitPresenter.rows(r)).containsExactly(
                new FitPresenter.Row("φ₁", "0.5272", Format.number(r.fit().sePhi()[0]), ""),
                new FitPresenter.Row("σ² (MLE)", Format.number(r.fit().sigma2()), "", ""),
                new FitPresenter.Row("σ² unbiased", Format.number(r.fit().sigma2() * 5 / 4), "", ""),
                new FitPresenter.Row("ℓ conditional", Format.number(r.fit().logLikelihood()), "", ""),
                new FitPresenter.Row("AIC", Format.number(r.fit().aic()), "", ""),
                new FitPresenter.Row("BIC", Format.number(r.fit().bic()), "", ""),
                new FitPresenter.Row("N", "5", "", ""));
        assertThat(FitPresenter.diagnostics(with(r, null, 0))).isEqualTo("The fitted model is stationary.\n"
                + "Fitted in 0.0 ms.");
    }

    @Test
    void theStatusLineNamesTheMethodAndTheLength() {
        assertThat(FitPresenter.task(ArFit.Method.BURG, 500)).isEqualTo("Burg on 500 values");
        assertThat(FitPresenter.task(ArFit.Method.OLS, 12)).isEqualTo("conditional MLE (least squares) on 12 values");
    }

    /**
     * Issue 17, item 6: the criteria chart and the table showed different AIC for the same fit with no word on why
     * (common sample against the fit's own).
     */
    @Test
    void theChartAndTheTableSayWhichSampleTheirAicUses() {
        FitResult r = fit(simulate(AR2, 500, 42), AR2, ArFit.Method.OLS, 2, true);
        assertThat(FitPresenter.criteriaSample(r)).isEqualTo("least squares, all on t = 9..500 (N = 492)");
        double chartAic = r.selection().fits().get(2).aic();
        assertThat(chartAic).isNotEqualTo(r.fit().aic());
        assertThat(FitPresenter.criteriaNote(r)).isEqualTo("The table's AIC (" + Format.number(r.fit().aic())
                + ") is this fit's own, from its conditional ℓ on N = 498; the criteria chart fits every order by least "
                + "squares on the same N = 492 values, so that orders compare (its AIC at p = 2: "
                + Format.number(chartAic) + ").");
        FitResult exact = fit(simulate(AR2, 500, 42), AR2, ArFit.Method.MLE, 2, true);
        assertThat(FitPresenter.criteriaNote(exact)).contains("from its exact ℓ on n = 500");
    }
}
