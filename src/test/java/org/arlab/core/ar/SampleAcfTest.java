package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 15: the sample ACF of data at 10^±200, with a 10³⁰⁰ outlier or near the largest double. */
class SampleAcfTest {
    private static final MathContext MC = new MathContext(50);

    private static double[] ar1(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 1; t < n; t++) {
            y[t] = 0.6 * y[t - 1] + rnd.nextGaussian();
        }
        return y;
    }

    /** γ̂(0..K) by exact decimal arithmetic, then rounded: the reference. */
    private static BigDecimal[] exactAutocovariance(double[] y, int k) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : y) {
            sum = sum.add(new BigDecimal(v));
        }
        BigDecimal n = BigDecimal.valueOf(y.length);
        BigDecimal mean = sum.divide(n, MC);
        BigDecimal[] g = new BigDecimal[k + 1];
        for (int lag = 0; lag <= k; lag++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int t = 0; t + lag < y.length; t++) {
                s = s.add(new BigDecimal(y[t]).subtract(mean).multiply(new BigDecimal(y[t + lag]).subtract(mean)));
            }
            g[lag] = s.divide(n, MC);
        }
        return g;
    }

    @Test
    void ordinaryDataGiveTheSameBitsAsTheTextbookSums() {
        double[] y = Fixtures.series("lynx");
        SampleAcf acf = SampleAcf.of(y, 20);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        assertThat(acf.mean()).isEqualTo(mean);
        for (int k = 0; k <= 20; k++) {
            double s = 0;
            for (int t = 0; t + k < y.length; t++) {
                s += (y[t] - mean) * (y[t + k] - mean);
            }
            assertThat(acf.autocovariance()[k]).isEqualTo(s / y.length);
        }
    }

    @Test
    void correlationsAreTheSameAtAnyScale() {
        double[] y = ar1(500, 3);
        SampleAcf ref = SampleAcf.of(y, 10);
        for (double f : new double[] {1e200, 1e-200, 1e300, 1e-300, -1e150}) {
            double[] z = y.clone();
            for (int i = 0; i < z.length; i++) {
                z[i] *= f;
            }
            SampleAcf a = SampleAcf.of(z, 10);
            for (int k = 0; k < 10; k++) {
                assertThat(a.acf()[k]).as("scale %s, r(%d)", f, k + 1).isCloseTo(ref.acf()[k], within(1e-14));
                assertThat(a.pacf()[k]).as("scale %s, pacf(%d)", f, k + 1).isCloseTo(ref.pacf()[k], within(1e-13));
            }
            assertThat(a.standardDeviation() / Math.abs(f)).isCloseTo(ref.standardDeviation(),
                    within(1e-14 * ref.standardDeviation()));
        }
        // γ̂ itself is 10⁴⁰⁰ times larger: beyond double precision, and shown so, not as a wrong number
        double[] big = y.clone();
        for (int i = 0; i < big.length; i++) {
            big[i] *= 1e200;
        }
        assertThat(SampleAcf.of(big, 1).autocovariance()[0]).isInfinite();
        assertThat(SampleAcf.of(y, 1).autocovariance()[0]).isFinite();
    }

    @Test
    void anOutlierOf1e300AndValuesNearTheLargestDoubleMatchExactArithmetic() {
        double[] y = ar1(200, 5);
        double[] outlier = y.clone();
        outlier[70] = 1e300;
        double[] nearMax = new double[200];
        for (int i = 0; i < nearMax.length; i++) {
            nearMax[i] = (1.5 + 0.1 * y[i]) * 1e307; // their sum overflows
        }
        for (double[] z : new double[][] {outlier, nearMax}) {
            SampleAcf a = SampleAcf.of(z, 5);
            BigDecimal[] g = exactAutocovariance(z, 5);
            BigDecimal sum = BigDecimal.ZERO;
            for (double v : z) {
                sum = sum.add(new BigDecimal(v));
            }
            assertThat(a.mean()).isCloseTo(sum.divide(BigDecimal.valueOf(z.length), MC).doubleValue(),
                    within(1e-15 * Math.abs(sum.doubleValue() / z.length) + 1e-300));
            for (int k = 1; k <= 5; k++) {
                double exact = g[k].divide(g[0], MC).doubleValue();
                assertThat(a.acf()[k - 1]).as("r(%d)", k).isCloseTo(exact, within(1e-15));
            }
            double sd = Math.sqrt(g[0].doubleValue() / 1e300) * 1e150;
            assertThat(a.standardDeviation()).isCloseTo(sd, within(1e-14 * sd));
        }
    }

    /** Issue 17 (Slow): the block-by-block sums are the textbook sums to the last bit, across block edges and ends. */
    @Test
    void blockByBlockLagSumsAreTheTextbookSumsBitForBit() {
        SplittableRandom rnd = new SplittableRandom(17);
        int[] lengths = {2, 3, 5, 41, SampleAcf.BLOCK - 1, SampleAcf.BLOCK, SampleAcf.BLOCK + 1, 2 * SampleAcf.BLOCK + 3,
            10_007};
        for (int n : lengths) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextGaussian() * Math.exp(3 * rnd.nextGaussian());
            }
            for (int k : new int[] {0, 1, 3, 4, 5, 7, 40, n - 1}) {
                if (k > n - 1) {
                    continue;
                }
                double[] g = SampleAcf.lagSums(x, k);
                for (int lag = 0; lag <= k; lag++) {
                    double s = 0;
                    for (int t = 0; t + lag < n; t++) {
                        s += x[t] * x[t + lag];
                    }
                    assertThat(g[lag]).as("n = %d, K = %d, lag %d", n, k, lag).isEqualTo(s);
                }
            }
        }
    }
}
