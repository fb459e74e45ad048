package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class SeriesFigureZoomTest {
    private static int[] drawn(SeriesFigure f) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1200, 700,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        f.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 1200, 700));
        g.dispose();
        return f.drawnIndices();
    }

    @Test
    void zoomingIntoALongSeriesShowsEveryValueInView() {
        double[] y = new double[1_000_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(i * 0.001) + (i % 7) * 0.01;
        }
        y[777_777] = 5; // one spike: its column reaches it
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        f.show("long", y, 1, Double.NaN);
        XYDataset d = f.dataset();
        assertThat(d.getItemCount(0)).isEqualTo(y.length);
        int[] whole = drawn(f);
        assertThat(whole.length).isBetween(1000, 2 * 1200);
        assertThat(whole).contains(777_777);
        assertThat(f.chart().getXYPlot().getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(5);

        f.chart().getXYPlot().getDomainAxis().setRange(500_001, 501_000);
        int[] zoomed = drawn(f);
        // every value in view, and a neighbour on each side
        assertThat(zoomed).hasSize(1002);
        for (int j = 0; j < zoomed.length; j++) {
            assertThat(zoomed[j]).isEqualTo(499_999 + j);
        }
        // the value axis fits the values in view (about 0.48 … 0.54), not the spike at 5
        assertThat(f.chart().getXYPlot().getRangeAxis().getUpperBound()).isLessThan(1);
        assertThat(f.chart().getAntiAlias()).isTrue();

        f.chart().getXYPlot().getDomainAxis().setAutoRange(true);
        assertThat(drawn(f)).containsExactly(whole);
        assertThat(f.chart().getXYPlot().getDomainAxis().getUpperBound()).isGreaterThanOrEqualTo(1_000_000);
        assertThat(f.chart().getXYPlot().getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(5);
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

    /** Issue 17, item 1: a zoomed y axis must not outlive its series (Nile's 450–1400 against a −3.7…3.5 axis). */
    @Test
    void everyNewSeriesIsShownWholeOnBothAxesAfterAZoom() {
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        double[] noise = new double[500];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = Math.sin(i) * 3;
        }
        f.show("noise", noise, 1, 0);
        var plot = f.chart().getXYPlot();
        plot.getRangeAxis().setRange(-3.7, 3.5); // what one wheel notch or a drag-zoom leaves behind
        plot.getDomainAxis().setRange(100, 200);
        double[] nile = new double[100];
        for (int i = 0; i < nile.length; i++) {
            nile[i] = 450 + 9.5 * i;
        }
        f.show("Nile", nile, 1, Double.NaN);
        assertThat(plot.getRangeAxis().isAutoRange()).isTrue();
        assertThat(plot.getRangeAxis().getRange().contains(450)).isTrue();
        assertThat(plot.getRangeAxis().getRange().contains(1390.5)).isTrue();
        assertThat(plot.getDomainAxis().isAutoRange()).isTrue();
        assertThat(plot.getDomainAxis().getRange().contains(100)).isTrue();
    }

    /** Issue 17, rough: the wheel zoomed past the data into negative time. */
    @Test
    void aZoomOrPanStaysWithinTheSeriesAndZoomingOutShowsItWhole() {
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        f.show("y", new double[500], 1, Double.NaN);
        var x = f.chart().getXYPlot().getDomainAxis();
        x.setRange(-80, 20);
        assertThat(x.getLowerBound()).isEqualTo(1);
        assertThat(x.getUpperBound()).isEqualTo(101);
        x.setRange(450, 700);
        assertThat(x.getLowerBound()).isEqualTo(250);
        assertThat(x.getUpperBound()).isEqualTo(500);
        x.setRange(-100, 900);
        assertThat(x.isAutoRange()).isTrue();
        assertThat(x.getLowerBound()).isLessThanOrEqualTo(1);
        assertThat(x.getUpperBound()).isGreaterThanOrEqualTo(500);
    }
}
