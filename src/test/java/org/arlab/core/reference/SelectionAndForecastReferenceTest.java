package org.arlab.core.reference;

import static org.arlab.core.reference.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.Forecast;
import org.arlab.core.ar.OrderSelection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Order selection against statsmodels' ar_select_order(maxlag=12); forecasts against AutoReg.get_prediction. */
class SelectionAndForecastReferenceTest {
    @ParameterizedTest
    @CsvSource({"lynx", "sunspot_year", "nile", "nottem"})
    void sameOrderAsArSelectOrder(String name) {
        double[] y = Fixtures.series(name);
        for (OrderSelection.Criterion c : OrderSelection.Criterion.values()) {
            OrderSelection s = OrderSelection.of(y, 12, true, c);
            double expected = Fixtures.sm(name + ".select12." + c.name().toLowerCase())[0];
            assertThat((double) s.order()).as("%s %s", name, c).isEqualTo(expected);
            assertThat(s.fits()).hasSize(13);
            // all orders on the common sample t = 13..n
            assertThat(s.fits()).allMatch(f -> f.nobs() == y.length - 12);
        }
    }

    @Test
    void forecastMatchesAutoRegPrediction() {
        double[] y = Fixtures.series("lynx");
        Forecast f = Forecast.of(ConditionalMle.fit(y, 2, true).model(), y, 10);
        assertRelative(f.mean(), Fixtures.sm("lynx.p2.forecast.mean"), 1e-8, "mean");
        assertRelative(f.lower(), Fixtures.sm("lynx.p2.forecast.lower"), 1e-8, "lower");
        assertRelative(f.upper(), Fixtures.sm("lynx.p2.forecast.upper"), 1e-8, "upper");
    }
}
