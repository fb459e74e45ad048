package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 17: an explosive series on a symmetric log scale, readable from its first values to 10⁴². */
class SymlogAxisTest {
    @Test
    void theScaleIsLinearNearZeroLogarithmicBeyondAndInvertible() {
        for (double c : new double[] {1, 0.01, 1e6}) {
            for (double v : new double[] {0, 1e-3, -0.5, 3, -7e42, 1e300, -1e-300}) {
                double s = SymlogAxis.forward(v * c, c);
                assertThat(SymlogAxis.inverse(s, c)).isCloseTo(v * c, within(1e-12 * Math.abs(v * c) + 1e-300));
            }
            // linear near 0 (slope 1/(c ln 10)), a decade per unit far out
            assertThat(SymlogAxis.forward(1e-6 * c, c)).isCloseTo(1e-6 / Math.log(10), within(1e-12));
            assertThat(SymlogAxis.forward(1e20 * c, c) - SymlogAxis.forward(1e19 * c, c)).isCloseTo(1, within(1e-12));
            assertThat(SymlogAxis.forward(-5 * c, c)).isEqualTo(-SymlogAxis.forward(5 * c, c));
        }
        double[] explosive = new double[200];
        explosive[0] = 1;
        for (int t = 1; t < explosive.length; t++) {
            explosive[t] = -1.65 * explosive[t - 1]; // alternating, to 7×10⁴²
        }
        assertThat(SymlogAxis.thresholdFor(explosive)).isEqualTo(1e4);
        assertThat(SymlogAxis.thresholdFor(new double[] {0, 0})).isEqualTo(1);
    }

    @Test
    void ticksAreDecadesLabelledWithTheirValuesAndThinnedToTheRoom() {
        SymlogAxis a = new SymlogAxis("y", 1);
        double hi = SymlogAxis.forward(7e42, 1);
        List<Double> ticks = a.tickValues(-hi, hi, 12);
        assertThat(ticks).contains(0.0);
        assertThat(ticks.size()).isBetween(5, 13);
        for (double v : ticks) {
            if (v != 0) {
                double k = Math.log10(Math.abs(v));
                assertThat(k).isCloseTo(Math.rint(k), within(1e-9)); // whole decades
            }
        }
        assertThat(ticks).contains(1e40, -1e40, 1e10);
        assertThat(SymlogAxis.label(1e42)).isEqualTo("1×10⁴²");
        assertThat(SymlogAxis.label(-1e42)).isEqualTo("−1×10⁴²");
        assertThat(SymlogAxis.label(1000)).isEqualTo("1000");
        assertThat(SymlogAxis.label(0)).isEqualTo("0");
        // a small range keeps every decade
        assertThat(a.tickValues(0, SymlogAxis.forward(1000, 1), 12)).containsExactly(0.0, 10.0, 100.0, 1000.0);
    }

    @Test
    void theSeriesChartDrawsTheTransformedValuesAndComesBack() {
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        double[] y = new double[300];
        y[0] = 1;
        for (int t = 1; t < y.length; t++) {
            y[t] = 1.3 * y[t - 1];
        }
        f.show("explosive", y, 1, 0);
        double last = f.dataset().getYValue(0, f.dataset().getItemCount(0) - 1);
        f.setSymlog(true);
        assertThat(f.chart().getXYPlot().getRangeAxis()).isInstanceOf(SymlogAxis.class);
        double c = ((SymlogAxis) f.chart().getXYPlot().getRangeAxis()).threshold();
        assertThat(f.dataset().getYValue(0, f.dataset().getItemCount(0) - 1))
                .isCloseTo(SymlogAxis.forward(last, c), within(1e-12));
        // a new series stays on the symmetric log scale
        f.show("explosive again", y, 1, 0);
        assertThat(f.dataset().getYValue(0, 0)).isCloseTo(SymlogAxis.forward(1, c), within(1e-12));
        f.setSymlog(false);
        assertThat(f.chart().getXYPlot().getRangeAxis()).isNotInstanceOf(SymlogAxis.class);
        assertThat(f.dataset().getYValue(0, f.dataset().getItemCount(0) - 1)).isEqualTo(last);
        // it draws
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 500,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        f.setSymlog(true);
        f.chart().draw(img.createGraphics(), new java.awt.geom.Rectangle2D.Double(0, 0, 800, 500));
    }

    /** The pictures of assets/issue-17 (an AR(1) with φ = −1.5, 250 values): linear, then symmetric log. */
    @Test
    void drawsAnExplosiveSeriesBothWays() throws Exception {
        org.arlab.core.ar.ArModel m = org.arlab.core.ar.ArModel.of(new double[] {-1.5}, 1);
        double[] y = org.arlab.core.ar.ArSimulator.simulate(m, 250, new double[] {0},
                org.arlab.core.random.RandomStreams.of(42L)).values();
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        f.show(SeriesFigure.title(m, y.length, 42), y, 1, Double.NaN);
        ChartExport.write(f.chart(), java.nio.file.Path.of("target/explosive-linear.png"), 800, 450);
        f.setSymlog(true);
        ChartExport.write(f.chart(), java.nio.file.Path.of("target/explosive-symlog.png"), 800, 450);
        assertThat(java.nio.file.Files.size(java.nio.file.Path.of("target/explosive-symlog.png"))).isPositive();
    }
}
