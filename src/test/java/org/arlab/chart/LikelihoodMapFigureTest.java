package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LikelihoodMapFigureTest {
    @Test
    void waldEllipseSatisfiesItsQuadraticForm() {
        double[] m = {0.5, -0.3};
        double[][] c = {{0.01, -0.004}, {-0.004, 0.02}};
        double det = c[0][0] * c[1][1] - c[0][1] * c[0][1];
        double[][] inv = {{c[1][1] / det, -c[0][1] / det}, {-c[0][1] / det, c[0][0] / det}};
        double[][] e = LikelihoodMapFigure.ellipse(m, c, LikelihoodMapFigure.CHI2_2_95);
        for (int k = 0; k < e[0].length; k++) {
            double u = e[0][k] - m[0];
            double v = e[1][k] - m[1];
            double q = u * (inv[0][0] * u + inv[0][1] * v) + v * (inv[1][0] * u + inv[1][1] * v);
            assertThat(q).isCloseTo(LikelihoodMapFigure.CHI2_2_95, offset(1e-9));
        }
        // χ²₂(0.95) = −2 log 0.05 = 5.991464547107979 (R: qchisq(0.95, 2))
        assertThat(LikelihoodMapFigure.CHI2_2_95).isCloseTo(5.991464547107979, offset(1e-12));
    }

    @Test
    void quadraticSurfaceGivesCircularLrRegionAndRenders(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        int n = 128;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -2.2 + 4.4 * i / (n - 1);
            ys[i] = -1.2 + 2.4 * i / (n - 1);
        }
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = xs[i] - 0.5;
                double dy = ys[j] + 0.3;
                z[i][j] = -50 - 100 * (dx * dx + dy * dy);
            }
        }
        LikelihoodMapFigure f = new LikelihoodMapFigure(ChartStyle.of(false, 1f));
        f.showSurface("test", xs, ys, z, -50);
        f.showPoints(new double[] {0.5, -0.3}, new double[] {0.5, -0.3}, new double[][] {{0.01, 0}, {0, 0.01}});
        f.showPath(new double[] {-1, 0, 0.5}, new double[] {0.5, 0, -0.3});
        // ℓ ≥ ℓmax − χ²/2 ⇔ 100 r² ≤ 2.996: r = 0.1731
        var d = f.overlay();
        int lr = LikelihoodMapFigure.Layer.LR_REGION.ordinal();
        for (int k = 0; k < d.getItemCount(lr); k++) {
            double x = d.getXValue(lr, k);
            if (!Double.isNaN(x)) {
                assertThat(Math.hypot(x - 0.5, d.getYValue(lr, k) + 0.3))
                        .isCloseTo(Math.sqrt(LikelihoodMapFigure.CHI2_2_95 / 200), offset(2e-3));
            }
        }
        assertThat(f.heatImage().getWidth()).isEqualTo(n);
        // the image's top row is the highest φ₂
        assertThat(f.heatImage().getRGB(64, 0)).isNotEqualTo(f.heatImage().getRGB(64, 80));
        ChartExport.write(f.chart(), dir.resolve("map.png"), 800, 600);
        ChartExport.write(f.chart(), Path.of("target/likelihood-map-test.png"), 800, 600);
    }

    /** Issue 17: the map has a colour bar, ℓ − ℓ̂ from the depth of its colours to 0, in the map's own colours. */
    @Test
    void theColourBarReadsTheMapsColours() {
        int n = 64;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -2 + 4.0 * i / (n - 1);
            ys[i] = -1 + 2.0 * i / (n - 1);
        }
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = -10 - 20 * (xs[i] * xs[i] + ys[j] * ys[j]);
            }
        }
        LikelihoodMapFigure f = new LikelihoodMapFigure(ChartStyle.of(false, 1f));
        f.showSurface("test", xs, ys, z, -10);
        assertThat(f.chart().getSubtitles()).contains(f.colourBar());
        // the spread of the values is 20·(4 + 1) = 100: the colours reach 60 below the top
        var scale = f.colourBar().getScale();
        assertThat(scale.getLowerBound()).isCloseTo(-60, offset(1e-9));
        assertThat(scale.getUpperBound()).isEqualTo(0);
        assertThat(f.colourBar().getAxis().getLabel()).isEqualTo("ℓ − ℓ̂");
        for (int[] ij : new int[][] {{32, 32}, {40, 20}, {50, 50}, {0, 0}}) {
            double v = z[ij[0]][ij[1]] - -10;
            int expected = ((java.awt.Color) scale.getPaint(v)).getRGB();
            assertThat(f.heatImage().getRGB(ij[0], n - 1 - ij[1])).as("%s", v).isEqualTo(expected);
        }
    }
}
