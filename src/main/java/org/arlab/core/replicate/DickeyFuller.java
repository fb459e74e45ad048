package org.arlab.core.replicate;

/**
 * The 5% point of n(φ̂ − 1) at a unit root, AR(1) by least squares (Fuller 1996, table 10.A.1; Hamilton 1994, table
 * B.5, cases 1 and 2): without a mean −7.3, −7.7, −7.9, −8.0, −8.0, −8.1 for n = 25, 50, 100, 250, 500, ∞; with the
 * mean estimated −12.5, −13.3, −13.7, −14.0, −14.0, −14.1.
 */
public final class DickeyFuller {
    private static final int[] N = {25, 50, 100, 250, 500, Integer.MAX_VALUE};
    private static final double[] NO_MEAN = {-7.3, -7.7, -7.9, -8.0, -8.0, -8.1};
    private static final double[] WITH_MEAN = {-12.5, -13.3, -13.7, -14.0, -14.0, -14.1};

    private DickeyFuller() {
    }

    /** @return the table's row for n: the largest tabulated n not above it (25 for shorter series), ∞ as MAX_VALUE */
    public static int row(int n) {
        int r = 0;
        for (int i = 0; i < N.length; i++) {
            if (N[i] <= n) {
                r = i;
            }
        }
        return N[r];
    }

    /** @return the tabulated 5% point of n(φ̂ − 1) at the row for n */
    public static double percent5(int n, boolean withMean) {
        int r = 0;
        for (int i = 0; i < N.length; i++) {
            if (N[i] <= n) {
                r = i;
            }
        }
        return withMean ? WITH_MEAN[r] : NO_MEAN[r];
    }
}
