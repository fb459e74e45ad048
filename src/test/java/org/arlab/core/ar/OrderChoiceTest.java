package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class OrderChoiceTest {
    private static double[] ar2(int n) {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] y = new double[n];
        for (int t = 2; t < n; t++) {
            y[t] = 0.5 * y[t - 1] - 0.3 * y[t - 2] + rnd.nextGaussian();
        }
        return y;
    }

    @Test
    void theLargestOrderIsCutToWhatTheSeriesAllows() {
        // n = 11: (11 − 3) / 2 = 4, so orders 0..4 are compared even when 10 are asked for
        OrderSelection s = OrderChoice.AIC.compare(ar2(11), 10, true);
        assertThat(s.fits()).hasSize(5);
        assertThat(OrderChoice.FIXED.compare(ar2(500), 10, true).fits()).hasSize(11);
    }

    @Test
    void aFixedOrderIsKeptAndACriterionPicksItsOwn() {
        double[] y = ar2(500);
        OrderSelection bic = OrderChoice.BIC.compare(y, 8, true);
        assertThat(bic.criterion()).isEqualTo(OrderSelection.Criterion.BIC);
        assertThat(OrderChoice.BIC.order(5, bic)).isEqualTo(bic.order()).isEqualTo(2);
        assertThat(OrderChoice.FIXED.compare(y, 8, true).criterion()).isEqualTo(OrderSelection.Criterion.AIC);
        assertThat(OrderChoice.FIXED.order(5, bic)).isEqualTo(5);
        assertThat(OrderChoice.AIC.toString()).isEqualTo("choose by AIC");
    }
}
