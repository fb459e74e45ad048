package org.arlab.core.mixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

import org.arlab.core.session.MixtureSettings;

/** The Mixture lab's experiment headless: frames that are densities, counts, reproducibility. */
class MixtureExperimentTest {
    private static MixtureSettings series(MixtureSettings.Source source, int c, MixtureSettings.Network n) {
        return new MixtureSettings(MixtureSettings.Part.SERIES, source, c, 8, n, 2, -2, 7, 0.5);
    }

    /**
     * Each heat-map column holds at most the mass 1 over its rows (midpoint rule; some may lie off the grid), the
     * probe's column is the probe's conditional, and the weights sum to 1.
     */
    private static void columnsAreDensities(MixtureFrame f) {
        double dy = f.gridY()[1] - f.gridY()[0];
        for (int j = 0; j < f.gridY().length; j++) {
            assertThat(f.density()[f.probeIndex()][j]).isEqualTo(Math.exp(f.probe().logDensity(f.gridY()[j])));
        }
        for (int i = 0; i < f.gridX().length; i += 7) {
            double s = 0;
            for (double v : f.density()[i]) {
                s += v * dy;
            }
            assertThat(s).as("column %d", i).isBetween(0.3, 1.02);
            double w = 0;
            for (int c = 0; c < f.components(); c++) {
                w += f.weights()[c][i];
            }
            assertThat(w).isCloseTo(1, offset(1e-12));
        }
    }

    @Test
    void aSinusoidFrameIsADensityPerColumnAndCountsTheHead() {
        MixtureExperiment e = new MixtureExperiment(MixtureSettings.DEFAULT, null);
        long t0 = System.nanoTime();
        e.advance(200, () -> false);
        long t1 = System.nanoTime();
        MixtureFrame f = e.frame();
        long t2 = System.nanoTime();
        System.out.printf("part 1: 200 epochs %.1f ms, a frame %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        assertThat(f.epoch()).isEqualTo(200);
        assertThat(f.headParameters()).isEqualTo(3 * 3 * 17);
        assertThat(f.totalParameters()).isEqualTo(2 * 16 + 3 * 3 * 17)
                .isEqualTo(MixtureExperiment.parameterCount(MixtureSettings.DEFAULT));
        assertThat(f.history()[0]).hasSize(201);
        assertThat(f.validationNll()).isLessThan(f.history()[1][0]);
        columnsAreDensities(f);
        assertThat(f.truthDensity()).isNotNull();
        assertThat(f.trained()).isNull();
    }

    @Test
    void aSeriesRunIsReproducibleAndItsExactNllIsTheGeneratorsForwardAlgorithm() {
        MixtureSettings s = series(MixtureSettings.Source.REGIME, 2, MixtureSettings.Network.WINDOW);
        MixtureExperiment a = new MixtureExperiment(s, null);
        MixtureExperiment b = new MixtureExperiment(s, null);
        long t0 = System.nanoTime();
        a.advance(30, () -> false);
        long t1 = System.nanoTime();
        MixtureFrame fa = a.frame();
        long t2 = System.nanoTime();
        System.out.printf("part 2 window: 30 epochs %.1f ms, a frame %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        for (int k = 0; k < 3; k++) {
            b.advance(10, () -> false);
        }
        MixtureFrame fb = b.frame();
        assertThat(fb.nll()).containsExactly(fa.nll());
        assertThat(fb.sampled()).containsExactly(fa.sampled());
        columnsAreDensities(fa);
        double[] x = a.seriesValues();
        int from = (int) Math.round(x.length - Math.round(0.3 * (x.length - 2)));
        double exact = -org.arlab.core.process.RegimeSwitchingAr.DEFAULT.logLikelihood(x);
        assertThat(fa.exactNll()).isFinite().isLessThan(fa.validationNllOne());
        assertThat(exact).isFinite();
        assertThat(fa.trained()).isNotNull();
        assertThat(fa.observed()).isEqualTo(x[(int) Math.round(fa.probeX())]);
        a.rewind();
        assertThat(a.epoch()).isZero();
        assertThat(a.frame().history()[0]).hasSize(1);
    }

    @Test
    void aGruRunAndEverySourceMakeFrames() {
        MixtureExperiment g = new MixtureExperiment(series(MixtureSettings.Source.DOUBLE_WELL, 3,
                MixtureSettings.Network.GRU), null);
        long t0 = System.nanoTime();
        g.advance(5, () -> false);
        long t1 = System.nanoTime();
        MixtureFrame f = g.frame();
        long t2 = System.nanoTime();
        System.out.printf("part 2 GRU: 5 epochs %.1f ms, a frame %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        columnsAreDensities(f);
        MixtureFrame t = new MixtureExperiment(series(MixtureSettings.Source.THRESHOLD, 2,
                MixtureSettings.Network.WINDOW), null).frame();
        columnsAreDensities(t);
        double[] loaded = new double[300];
        for (int i = 0; i < loaded.length; i++) {
            loaded[i] = Math.sin(i / 5.0) + 0.1 * Math.cos(i * 1.7);
        }
        MixtureFrame l = new MixtureExperiment(series(MixtureSettings.Source.LOADED, 2,
                MixtureSettings.Network.WINDOW), loaded).frame();
        assertThat(l.exactNll()).isNaN();
        assertThat(l.truthDensity()).isNull();
        assertThatThrownBy(() -> new MixtureExperiment(series(MixtureSettings.Source.LOADED, 2,
                MixtureSettings.Network.WINDOW), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Data lab");
    }
}
