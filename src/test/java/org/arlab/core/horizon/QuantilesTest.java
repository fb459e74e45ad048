package org.arlab.core.horizon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class QuantilesTest {
    private static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Test
    void matchesSortingForRandomSamplesWithTies() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] probs = {0, 0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 1};
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(2000);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextBoolean() ? rnd.nextGaussian() : rnd.nextInt(5);
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double[] q = Quantiles.of(v, probs);
            for (int k = 0; k < probs.length; k++) {
                assertThat(q[k]).as("n=%d p=%s", n, probs[k]).isCloseTo(type7(sorted, probs[k]), offset(1e-12));
            }
        }
    }

    @Test
    void rsQuantileType7ByHand() {
        // R: quantile(c(1, 2, 3, 4, 10), c(0.1, 0.5, 0.9)) = 1.4, 3, 7.6
        assertThat(Quantiles.of(new double[] {10, 3, 1, 4, 2}, new double[] {0.1, 0.5, 0.9}))
                .containsExactly(new double[] {1.4, 3, 7.6}, offset(1e-12));
    }

    @Test
    void approximateIsWithinOneBinOfExact() {
        SplittableRandom rnd = new SplittableRandom(8);
        double[] probs = {0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975};
        int[] bins = new int[4096];
        for (int trial = 0; trial < 100; trial++) {
            int n = 1000 + rnd.nextInt(20_000);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = 3 + 2 * rnd.nextGaussian();
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double width = (sorted[n - 1] - sorted[0]) / bins.length;
            double[] q = Quantiles.approximate(v, probs, bins);
            for (int k = 0; k < probs.length; k++) {
                assertThat(q[k]).isCloseTo(type7(sorted, probs[k]), offset(width));
            }
        }
    }

    @Test
    void approximateFallsBackToExactForTies() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 3;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double[] q = Quantiles.approximate(v, new double[] {0.1, 0.5, 0.9}, new int[4096]);
        assertThat(q).containsExactly(type7(sorted, 0.1), type7(sorted, 0.5), type7(sorted, 0.9));
    }
}
