package org.arlab.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/**
 * Reference values from R 4.2 (Debian's r-base-core): {@code options(digits=17); qnorm(ppoints(5));
 * qnorm(ppoints(12)); qqnorm(x, plot.it=FALSE)}.
 */
class NormalQqTest {
    @Test
    void quantilesMatchRsPpointsForSmallN() {
        assertThat(NormalQq.quantiles(5)).containsExactly(new double[] {-1.17976111761186031, -0.49720057068155399,
            0.0, 0.49720057068155399, 1.17976111761186031}, offset(1e-12));
    }

    @Test
    void qqnormOfASampleMatchesR() {
        double[] x = {3.1, -0.2, 1.7, 0.4, -2.5, 0.9, 1.1, -0.7, 2.2, 0.0, -1.3, 0.6};
        NormalQq qq = NormalQq.of(x);
        assertThat(qq.theoretical()).containsExactly(new double[] {-1.73166439612224510, -1.15034938037600787,
            -0.81221780149991285, -0.54852228269809800, -0.31863936396437514, -0.10463345561407539,
            0.10463345561407526, 0.31863936396437514, 0.54852228269809822, 0.81221780149991285,
            1.15034938037600787, 1.73166439612224554}, offset(1e-12));
        assertThat(qq.sample()).containsExactly(-2.5, -1.3, -0.7, -0.2, 0.0, 0.4, 0.6, 0.9, 1.1, 1.7, 2.2, 3.1);
    }

    @Test
    void standardisedHasMeanZeroAndUnitSd() {
        NormalQq z = NormalQq.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9}).standardised();
        // mean 5, sd (1/(n−1)) = sqrt(32/7): first value (2 − 5)/sqrt(32/7) by hand
        assertThat(z.sample()[0]).isCloseTo(-3 / Math.sqrt(32.0 / 7), offset(1e-14));
        assertThatThrownBy(() -> NormalQq.of(new double[0])).hasMessageContaining("at least one");
    }
}
