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

    /** Brute force: per pixel column of the view, the min and max of the values in it, from {@link Decimation#pixel}. */
    private static void assertExactEnvelope(double[] y, double first, double lower, double upper, double x0,
            double x1) {
        int[] kept = Decimation.envelope(y, first, lower, upper, x0, x1);
        java.util.TreeMap<Long, double[]> truth = new java.util.TreeMap<>();
        int inView = 0;
        for (int i = 0; i < y.length; i++) {
            if (first + i < lower || first + i > upper) {
                continue;
            }
            inView++;
            long col = (long) Math.floor(Decimation.pixel(i, first, lower, upper, x0, x1));
            double[] mm = truth.computeIfAbsent(col, c -> new double[] {Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY});
            mm[0] = Math.min(mm[0], y[i]);
            mm[1] = Math.max(mm[1], y[i]);
        }
        java.util.TreeMap<Long, double[]> drawn = new java.util.TreeMap<>();
        for (int j = 0; j < kept.length; j++) {
            if (j > 0) {
                assertThat(kept[j]).isGreaterThan(kept[j - 1]);
            }
            int i = kept[j];
            if (first + i < lower || first + i > upper) {
                continue; // the neighbours outside the view, for the line to reach the edges
            }
            long col = (long) Math.floor(Decimation.pixel(i, first, lower, upper, x0, x1));
            double[] mm = drawn.computeIfAbsent(col, c -> new double[] {Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY});
            mm[0] = Math.min(mm[0], y[i]);
            mm[1] = Math.max(mm[1], y[i]);
        }
        assertThat(drawn.keySet()).isEqualTo(truth.keySet());
        for (var e : truth.entrySet()) {
            assertThat(drawn.get(e.getKey())).as("column %d", e.getKey()).containsExactly(e.getValue());
        }
        // at most two points per column, and the outside neighbours where there are any
        int outside = (int) java.util.Arrays.stream(kept).filter(i -> first + i < lower || first + i > upper).count();
        assertThat(kept.length - outside).isLessThanOrEqualTo(2 * truth.size());
        // a column holding at most two values keeps them all: a zoomed-in view shows every value
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < y.length; i++) {
            if (first + i >= lower && first + i <= upper) {
                counts.merge((long) Math.floor(Decimation.pixel(i, first, lower, upper, x0, x1)), 1, Integer::sum);
            }
        }
        if (counts.values().stream().allMatch(c -> c <= 2)) {
            assertThat(kept.length - outside).isEqualTo(inView);
        }
    }

    @Test
    void theEnvelopeHoldsEachPixelColumnsTrueMinAndMax() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int trial = 0; trial < 60; trial++) {
            int n = 2 + rnd.nextInt(trial < 30 ? 200_000 : 3_000);
            double[] y = new double[n];
            double level = 0;
            for (int i = 0; i < n; i++) {
                level = 0.9 * level + rnd.nextGaussian();
                y[i] = level;
            }
            // a spike at one index, up or down, somewhere in the series
            y[rnd.nextInt(n)] = (rnd.nextBoolean() ? 1 : -1) * 1e6;
            double first = rnd.nextBoolean() ? 1 : 1821;
            double x0 = 40 + 30 * rnd.nextDouble();
            double x1 = x0 + 100 + rnd.nextInt(1500) + rnd.nextDouble();
            // the whole series, then a zoomed range (sometimes narrower than a few values)
            assertExactEnvelope(y, first, first, first + n - 1, x0, x1);
            double width = (n - 1) * Math.pow(10, -4 * rnd.nextDouble());
            double lower = first + rnd.nextDouble() * (n - 1 - width);
            assertExactEnvelope(y, first, lower, lower + width, x0, x1);
        }
    }

    @Test
    void aSpikeAtOneIndexIsDrawnInItsColumnAndAZoomKeepsEveryValue() {
        double[] y = new double[1_000_000];
        y[654_321] = 42;
        y[10] = -7;
        int[] kept = Decimation.envelope(y, 1, 1, 1_000_000, 50.5, 1150.5);
        assertThat(kept).contains(654_321, 10);
        assertThat(kept.length).isLessThanOrEqualTo(2 * 1101);
        // 500 values across 1100 pixels: every one of them, and one neighbour each side
        int[] zoomed = Decimation.envelope(y, 1, 654_001, 654_500, 50.5, 1150.5);
        assertThat(zoomed).hasSize(502);
        assertThat(zoomed[0]).isEqualTo(653_999);
        assertThat(zoomed[501]).isEqualTo(654_500);
        assertThat(Decimation.envelope(new double[0], 1, 1, 2, 0, 100)).isEmpty();
    }
}
