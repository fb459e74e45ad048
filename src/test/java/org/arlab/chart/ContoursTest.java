package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ContoursTest {
    @Test
    void contourOfAParaboloidIsACircleOfTheRightRadius() {
        // z = −(x² + y²): the level −r² is the circle of radius r (closed form)
        int n = 201;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -2 + 4.0 * i / (n - 1);
            ys[i] = xs[i];
        }
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = -(xs[i] * xs[i] + ys[j] * ys[j]);
            }
        }
        double[][] c = Contours.at(z, xs, ys, -1.0);
        int points = 0;
        for (int k = 0; k < c[0].length; k++) {
            if (Double.isNaN(c[0][k])) {
                assertThat(c[1][k]).isNaN();
                continue;
            }
            points++;
            // linear interpolation on a 0.02 grid: radius within 1e-4 of 1
            assertThat(Math.hypot(c[0][k], c[1][k])).isCloseTo(1.0, offset(1e-4));
        }
        // the circle crosses about 4 · 100 cells: about 400 segments, 800 end points
        assertThat(points).isBetween(700, 900);
    }

    @Test
    void cellsWithMinusInfinityAreSkipped() {
        double[] xs = {0, 1, 2};
        double[] ys = {0, 1};
        double[][] z = {{0, 0}, {1, 1}, {Double.NEGATIVE_INFINITY, 2}};
        double[][] c = Contours.at(z, xs, ys, 0.5);
        assertThat(c[0]).containsExactly(0.5, 0.5, Double.NaN);
    }
}
