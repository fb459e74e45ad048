package org.arlab.core.replicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class QuantilesTest {
    @Test
    void selectionGivesRsType7() {
        // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0, 0.05, 0.5, 0.9, 1)) = 1, 1, 3.5, 6.9, 9
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        assertThat(Quantiles.type7(x, 0)).isEqualTo(1);
        assertThat(Quantiles.type7(x, 0.05)).isEqualTo(1);
        assertThat(Quantiles.type7(x, 0.5)).isEqualTo(3.5);
        assertThat(Quantiles.type7(x, 0.9)).isCloseTo(6.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Quantiles.type7(x, 1)).isEqualTo(9);
        assertThat(x).containsExactly(3, 1, 4, 1, 5, 9, 2, 6);
        SplittableRandom rnd = new SplittableRandom(3);
        for (int t = 0; t < 200; t++) {
            double[] v = new double[1 + rnd.nextInt(300)];
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextInt(20) + (rnd.nextBoolean() ? 0 : rnd.nextDouble());
            }
            double prob = rnd.nextDouble();
            double[] s = v.clone();
            Arrays.sort(s);
            double h = (s.length - 1) * prob;
            int lo = (int) Math.floor(h);
            double expected = s[lo] + (h - lo) * (s[Math.min(s.length - 1, lo + 1)] - s[lo]);
            assertThat(Quantiles.type7(v, prob)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
