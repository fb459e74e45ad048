package org.arlab.core.ar;

/**
 * The inner loops over the data: sums, dot products and the lagged products of a block, written for the
 * processor (several partial sums, so the additions do not wait on one another). Used by {@link GramMatrix}, the
 * refinement of {@link LeastSquares} and the estimators' autocovariances.
 */
final class LagProducts {
    private LagProducts() {
    }

    /** Σ a[0..len). */
    static double sum(double[] a, int len) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < len; i += 2) {
            s0 += a[i];
            s1 += a[i + 1];
        }
        if (i < len) {
            s0 += a[i];
        }
        return s0 + s1;
    }

    /** Σ a[ia + i]·b[ib + i] for i in [0, len), with four partial sums. */
    static double dot(double[] a, int ia, double[] b, int ib, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += a[ia + i] * b[ib + i];
            s1 += a[ia + i + 1] * b[ib + i + 1];
            s2 += a[ia + i + 2] * b[ib + i + 2];
            s3 += a[ia + i + 3] * b[ib + i + 3];
        }
        for (; i < len; i++) {
            s0 += a[ia + i] * b[ib + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@code out[m] += Σ_{j<len} a[j]·b[j + m]} for m in [0, lags): the lagged products of a block, four lags at a
     * time with eight partial sums (two values of j), so that each a[j] is loaded once per four lags and the additions
     * do not wait on one another. b needs len + lags − 1 values (and 4 more of padding, read as zeros or data).
     */
    static void correlate(double[] a, double[] b, int len, int lags, double[] out) {
        int m = 0;
        for (; m + 3 < lags; m += 4) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double t0 = 0;
            double t1 = 0;
            double t2 = 0;
            double t3 = 0;
            int j = 0;
            for (; j + 1 < len; j += 2) {
                double a0 = a[j];
                double a1 = a[j + 1];
                int q = j + m;
                s0 += a0 * b[q];
                s1 += a0 * b[q + 1];
                s2 += a0 * b[q + 2];
                s3 += a0 * b[q + 3];
                t0 += a1 * b[q + 1];
                t1 += a1 * b[q + 2];
                t2 += a1 * b[q + 3];
                t3 += a1 * b[q + 4];
            }
            for (; j < len; j++) {
                double a0 = a[j];
                int q = j + m;
                s0 += a0 * b[q];
                s1 += a0 * b[q + 1];
                s2 += a0 * b[q + 2];
                s3 += a0 * b[q + 3];
            }
            out[m] += s0 + t0;
            out[m + 1] += s1 + t1;
            out[m + 2] += s2 + t2;
            out[m + 3] += s3 + t3;
        }
        for (; m < lags; m++) {
            out[m] += dot(a, 0, b, m, len);
        }
    }
}
