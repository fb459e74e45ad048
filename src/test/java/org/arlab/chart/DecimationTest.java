package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DecimationTest {
    @Test
    void shortSeriesIsKeptWhole() {
        double[][] xy = Decimation.minMax(new double[] {3, 1, 2}, 1, 10);
        assertThat(xy[0]).containsExactly(1, 2, 3);
        assertThat(xy[1]).containsExactly(3, 1, 2);
    }

    @Test
    void keepsEveryBucketsExtremesInTimeOrder() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1000 + rnd.nextInt(100_000);
            int buckets = 1 + rnd.nextInt(500);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = rnd.nextGaussian();
            }
            double[][] xy = Decimation.minMax(y, 1, buckets);
            assertThat(xy[0].length).isLessThanOrEqualTo(2 * buckets).isEqualTo(xy[1].length);
            for (int i = 1; i < xy[0].length; i++) {
                assertThat(xy[0][i]).isGreaterThan(xy[0][i - 1]);
            }
            for (int i = 0; i < xy[0].length; i++) {
                assertThat(xy[1][i]).isEqualTo(y[(int) xy[0][i] - 1]);
            }
            // brute-force extremes of each bucket are among the kept points
            for (int b = 0; b < buckets; b++) {
                int from = (int) ((long) b * n / buckets);
                int to = (int) ((long) (b + 1) * n / buckets);
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    min = Math.min(min, y[i]);
                    max = Math.max(max, y[i]);
                }
                assertThat(xy[1]).contains(min, max);
            }
        }
    }

    @Test
    void sliceKeepsTheTimesOfTheSlice() {
        double[] y = {5, 4, 3, 2, 1, 0};
        double[][] xy = Decimation.minMax(y, 2, 5, 1, 10);
        assertThat(xy[0]).containsExactly(3, 4, 5);
        assertThat(xy[1]).containsExactly(3, 2, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Decimation.minMax(y, 4, 2, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
