package org.arlab.core.replicate;

/** Sample quantiles in O(n) by selection, without sorting the caller's array. */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * R's type 7 (linear between the order statistics x_(⌊h⌋) and x_(⌊h⌋+1), h = (n − 1)·prob).
     *
     * @param values at least one value (not changed)
     * @param prob in [0, 1]
     */
    public static double type7(double[] values, double prob) {
        if (values.length == 0 || !(prob >= 0 && prob <= 1)) {
            throw new IllegalArgumentException("a quantile needs values and a probability in [0, 1].");
        }
        double[] a = values.clone();
        double h = (a.length - 1) * prob;
        int lo = (int) Math.floor(h);
        double x = select(a, lo);
        if (lo + 1 >= a.length || h == lo) {
            return x;
        }
        double next = Double.POSITIVE_INFINITY; // after selection, everything right of lo is ≥ x: the next is their min
        for (int i = lo + 1; i < a.length; i++) {
            next = Math.min(next, a[i]);
        }
        return x + (h - lo) * (next - x);
    }

    /** Puts the k-th smallest at index k, smaller ones left of it, larger right (Hoare's selection). */
    private static double select(double[] a, int k) {
        int left = 0;
        int right = a.length - 1;
        while (right > left) {
            double pivot = a[(left + right) >>> 1];
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
