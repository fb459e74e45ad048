package org.arlab.core.likelihood;

import org.arlab.core.ar.Centring;
import org.arlab.core.ar.GramMatrix;

/**
 * Gram matrices of every prefix y_1..y_m of a series in O(p²) each, after one O(n p) pass: prefix sums of the lagged
 * products {@code Σ_{u<s} x_u x_{u+k}} and of the values. This is what lets the Likelihood lab's "first n
 * observations" slider redraw at any n without touching the data again. As every Gram matrix (MATH.md, "Numerical
 * care"), the sums are of the series centred on its mean and scaled, {@code x = (y − ȳ)/s}, so that a series far
 * from zero (a mean of 10⁶ standard deviations) loses no digits; the prefixes share the whole series' centring.
 */
public final class PrefixGram {
    private final int p;
    private final int n;
    private final Centring units;
    /** prod[k][s] = Σ_{u&lt;s} x_u x_{u+k}, s = 0..n−k. */
    private final double[][] prod;
    /** sum[s] = Σ_{u&lt;s} x_u. */
    private final double[] sum;

    private PrefixGram(int p, int n, Centring units, double[][] prod, double[] sum) {
        this.p = p;
        this.n = n;
        this.units = units;
        this.prod = prod;
        this.sum = sum;
    }

    /**
     * @param y the series
     * @param p the order
     */
    public static PrefixGram of(double[] y, int p) {
        int n = y.length;
        Centring units = Centring.of(y, true);
        double[] x = units.apply(y);
        double[][] prod = new double[p + 1][];
        for (int k = 0; k <= p; k++) {
            int len = Math.max(0, n - k);
            double[] a = new double[len + 1];
            double acc = 0;
            for (int u = 0; u < len; u++) {
                acc += x[u] * x[u + k];
                a[u + 1] = acc;
            }
            prod[k] = a;
        }
        double[] sum = new double[n + 1];
        for (int u = 0; u < n; u++) {
            sum[u + 1] = sum[u] + x[u];
        }
        return new PrefixGram(p, n, units, prod, sum);
    }

    /** @return the series length */
    public int length() {
        return n;
    }

    /**
     * The Gram matrix of y_1..y_m, equations t = p+1..m.
     *
     * @param m the prefix length, p + 1 to n
     */
    public GramMatrix upTo(int m) {
        if (m < p + 1 || m > n) {
            throw new IllegalArgumentException("A prefix of an AR(" + p + ") needs " + (p + 1) + " to " + n
                    + " values, not " + m + ".");
        }
        int size = p + 2;
        double[] g = new double[size * size];
        int lo = p; // first t (0-based)
        for (int a = 0; a <= p; a++) {
            for (int b = a; b <= p; b++) {
                int k = b - a;
                // Σ_{t=lo}^{m−1} x_{t−a} x_{t−b} = Σ_{u=lo−b}^{m−1−b} x_u x_{u+k}
                double v = prod[k][m - b] - prod[k][lo - b];
                put(g, size, a == 0 ? 0 : a + 1, b == 0 ? 0 : b + 1, v);
            }
            double s = sum[m - a] - sum[lo - a];
            put(g, size, a == 0 ? 0 : a + 1, 1, s);
        }
        put(g, size, 1, 1, m - lo);
        return GramMatrix.fromCentredEntries(p, m - lo, g, units.shift(), units.scale());
    }

    private static void put(double[] g, int size, int i, int j, double v) {
        g[i * size + j] = v;
        g[j * size + i] = v;
    }
}
