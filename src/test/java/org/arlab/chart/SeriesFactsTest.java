package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.reference.Fixtures;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.series.Series;
import org.junit.jupiter.api.Test;

/** Issue 15: a loaded series at an extreme scale still loads, with its correlations right. */
class SeriesFactsTest {
    @Test
    void aSeriesAtAnExtremeScaleLoadsWithTheSameCorrelations() {
        double[] y = Fixtures.series("sunspot_year");
        CurrentSeries plain = SeriesFacts.loaded(Series.of("sunspots", y), 0, "");
        for (double f : new double[] {1e200, 1e-200}) {
            double[] z = y.clone();
            for (int i = 0; i < z.length; i++) {
                z[i] *= f;
            }
            CurrentSeries scaled = SeriesFacts.loaded(Series.of("scaled", z), 0, "");
            double[] a = scaled.acf().acf();
            double[] b = plain.acf().acf();
            for (int k = 0; k < b.length; k++) {
                assertThat(a[k]).as("scale %s lag %d", f, k + 1).isCloseTo(b[k], within(1e-13));
            }
            assertThat(scaled.acf().standardDeviation() / f).isCloseTo(plain.acf().standardDeviation(),
                    within(1e-12 * plain.acf().standardDeviation()));
        }
        double[] outlier = y.clone();
        outlier[100] = 1e300;
        CurrentSeries o = SeriesFacts.loaded(Series.of("outlier", outlier), 0, "");
        for (double r : o.acf().acf()) {
            assertThat(r).isFinite();
        }
    }
}
