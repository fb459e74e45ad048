package org.arlab.app.lab.data;

import org.arlab.chart.SeriesFacts;
import org.arlab.core.series.CurrentSeries;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.simple.RandomSource;
import org.arlab.chart.Format;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.SequentialSampler;
import org.arlab.core.series.Series;
import org.junit.jupiter.api.Test;

/** The Data lab's sentences, from series the lab's own {@code compute} makes, without a window. */
class DataPresenterTest {
    private static final ArModel AR2 = ArModel.of(new double[] {0.5, -0.3}, 1);
    private static final String LOOP = ".  Each value needs all the earlier ones: sampling is a loop over k.";

    /** The same result, as if computed in the given time. */
    private static CurrentSeries took(CurrentSeries r, long nanos) {
        return new CurrentSeries(r.title(), r.values(), r.generated(), r.model(), r.seed(), r.simulation(),
                r.stationarity(), r.roots(), r.acf(), r.theoreticalAcf(), r.note(), nanos);
    }

    private static SequentialSampler sampler(ArModel m, double[] initial) {
        return SequentialSampler.of(m, initial, RandomSource.XO_RO_SHI_RO_128_PP.create(42));
    }

    @Test
    void aGeneratedSeriesCountsItsValuesAndHasNoSource() {
        CurrentSeries r = took(SeriesFacts.generated(AR2, 500, new double[2], 42), 1_234_567);
        assertThat(DataPresenter.info(r)).isEqualTo("500 values, computed in 1.2 ms");
        assertThat(DataPresenter.source(r)).isEmpty();
        assertThat(DataPresenter.acfLegend(r)).isEqualTo("ρ(k) of the model");
    }

    @Test
    void aMillionValuesAreGroupedAndDecimated() {
        CurrentSeries r = took(SeriesFacts.generated(AR2, 1_000_000, new double[2], 1), 250_000_000);
        assertThat(DataPresenter.info(r)).isEqualTo("1\u2009000\u2009000 values (drawn as each pixel column's min "
                + "and max), computed in 250.0 ms");
    }

    @Test
    void aTinySeriesIsShownWhole() {
        CurrentSeries r = took(SeriesFacts.generated(AR2, 3, new double[2], 1), 0);
        assertThat(DataPresenter.info(r)).isEqualTo("3 values, computed in 0.0 ms");
    }

    @Test
    void aLoadedSeriesSaysWhereItComesFromAndHowItsModelWasFitted() {
        double[] y = SeriesFacts.generated(AR2, 200, new double[2], 5).values();
        CurrentSeries r = took(SeriesFacts.loaded(Series.of("lynx", y), 2, "Annual lynx trappings"), 3_000_000);
        assertThat(DataPresenter.info(r)).isEqualTo("200 values, computed in 3.0 ms\n"
                + "Annual lynx trappings. Model: its textbook AR(2), fitted by least squares.");
        assertThat(DataPresenter.source(r)).isEqualTo("Showing the loaded series lynx, n = 200. The charts show its "
                + "sample ACF and PACF and the roots of the model fitted to it.");
        assertThat(DataPresenter.acfLegend(r)).isEqualTo("ρ(k) of the fitted model");
    }

    @Test
    void theFirstStepWorksOutTheMeanFromTheInitialValues() {
        // y₋₁ = 1, y₀ = 2 (oldest first): f = 0.5 + 0.5·2 − 0.3·1 = 1.2
        ArModel m = ArModel.of(0.5, new double[] {0.5, -0.3}, 1);
        assertThat(DataPresenter.step(sampler(m, new double[] {1, 2}), null, new double[] {1, 2}))
                .isEqualTo("Next: x₁ ~ N(f, σ²) with f = 0.5 + 0.5·(2) − 0.3·(1) = 1.2, σ = 1" + LOOP);
    }

    @Test
    void afterADrawTheNextMeanUsesTheDrawnValue() {
        ArModel m = ArModel.of(0.5, new double[] {0.5, -0.3}, 1);
        double[] init = {1, 2};
        SequentialSampler s = sampler(m, init);
        SequentialSampler.Draw d = s.next();
        String v = Format.number(d.value());
        assertThat(d.mean()).isEqualTo(1.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(DataPresenter.step(s, d, init)).isEqualTo("Drew x₁ = " + v + " from N(1.2, 1²).  Next: x₂ ~ N(f, "
                + "σ²) with f = 0.5 + 0.5·(" + v + ") − 0.3·(2) = " + Format.number(0.5 + 0.5 * d.value() - 0.6)
                + ", σ = 1" + LOOP);
    }

    @Test
    void withoutInterceptTheFirstCoefficientCarriesItsOwnSign() {
        ArModel m = ArModel.of(new double[] {-0.8}, 0.25);
        assertThat(DataPresenter.step(sampler(m, new double[] {-1.5}), null, new double[] {-1.5}))
                .isEqualTo("Next: x₁ ~ N(f, σ²) with f = −0.8·(−1.5) = 1.2, σ = 0.25" + LOOP);
    }

    @Test
    void theTenthValueHasATwoDigitSubscript() {
        ArModel m = ArModel.of(new double[] {0.5}, 1);
        SequentialSampler s = sampler(m, new double[] {0});
        SequentialSampler.Draw d = null;
        for (int k = 0; k < 9; k++) {
            d = s.next();
        }
        assertThat(DataPresenter.step(s, d, new double[] {0})).startsWith("Drew x₉ = ").contains("Next: x₁₀ ~ N(f, "
                + "σ²) with f = 0.5·(" + Format.number(d.value()) + ") = ");
        assertThat(DataPresenter.subscript(120)).isEqualTo("₁₂₀");
    }

    @Test
    void hugeValuesGoScientific() {
        ArModel m = ArModel.of(2e6, new double[] {1.5}, 1e-4);
        assertThat(DataPresenter.step(sampler(m, new double[] {1e7}), null, new double[] {1e7}))
                .isEqualTo("Next: x₁ ~ N(f, σ²) with f = 2.000e+06 + 1.5·(1.000e+07) = 1.700e+07, σ = 1.000e−04"
                        + LOOP);
    }

    @Test
    void statusAndErrorLines() {
        assertThat(DataPresenter.simulating(AR2, 1_000_000)).isEqualTo("simulating AR(2), n = 1\u2009000\u2009000");
        assertThat(DataPresenter.fitting("lynx")).isEqualTo("fitting the model of lynx");
        assertThat(DataPresenter.cannotFit("lynx", "too short.")).isEqualTo("Cannot fit a model to lynx: too short.");
        assertThat(DataPresenter.simulationFailed("overflow.")).isEqualTo("Simulation failed: overflow.");
    }
}
