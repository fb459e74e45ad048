package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class SeriesFigureZoomTest {
    @Test
    void zoomingIntoALongSeriesShowsEveryValueInView() {
        double[] y = new double[1_000_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(i * 0.001) + (i % 7) * 0.01;
        }
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        f.show("long", y, 1, Double.NaN);
        XYDataset d = f.dataset();
        assertThat(d.getItemCount(0)).isLessThanOrEqualTo(2 * SeriesFigure.BUCKETS);

        f.chart().getXYPlot().getDomainAxis().setRange(500_001, 501_000);
        int count = d.getItemCount(0);
        assertThat(count).isBetween(1000, 1004);
        assertThat(d.getXValue(0, 1)).isEqualTo(d.getXValue(0, 0) + 1);
        int i = (int) d.getXValue(0, 10);
        assertThat(d.getYValue(0, 10)).isEqualTo(y[i - 1]);

        f.chart().getXYPlot().getDomainAxis().setAutoRange(true);
        assertThat(d.getItemCount(0)).isLessThanOrEqualTo(2 * SeriesFigure.BUCKETS);
        assertThat(f.chart().getXYPlot().getDomainAxis().getUpperBound()).isGreaterThanOrEqualTo(1_000_000);
    }

    @Test
    void denseBandsAreDrawnWithoutAntiAliasingShortSeriesWithIt() {
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        f.show("short", new double[500], 1, Double.NaN);
        assertThat(f.chart().getAntiAlias()).isTrue();
        f.show("long", new double[100_000], 1, Double.NaN);
        assertThat(f.chart().getAntiAlias()).isFalse();
        f.restyle(ChartStyle.of(true, 1f));
        assertThat(f.chart().getAntiAlias()).isFalse();
    }
}
