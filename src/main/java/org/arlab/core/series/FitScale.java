package org.arlab.core.series;

import java.util.Locale;

/**
 * The magnitudes a series may have for the fits to be computed in double precision: the least-squares, Yule–Walker,
 * Burg and likelihood computations sum squares and cross-products of the values, which overflow beyond about
 * ±1e154 and underflow below about 1e-154. A series outside {@link #MAX} (any value) or wholly below {@link #MIN}
 * (not all zero) is refused when it is loaded, with the advice to rescale it — rather than let a fit report a false
 * reason ("fitted exactly", "singular").
 */
public final class FitScale {
    /** The largest magnitude of a value. */
    public static final double MAX = 1e150;
    /** The smallest largest-magnitude of a series that is not all zeros. */
    public static final double MIN = 1e-150;

    private FitScale() {
    }

    /**
     * The one guard for data scaled beyond what the fits compute with: the reader applies it to a file, the fits (the
     * Fit lab, {@code arlab fit}) to whatever series they are given, with the same sentence.
     *
     * @return why the values cannot be fitted (without a file's name), or null when they can
     */
    public static String problem(double[] y) {
        double largest = 0;
        int at = -1;
        for (int i = 0; i < y.length; i++) {
            double a = Math.abs(y[i]);
            if (a > largest) {
                largest = a;
                at = i;
            }
        }
        if (largest > MAX) {
            return "value " + (at + 1) + " is " + String.format(Locale.ROOT, "%.3g", y[at]) + ", beyond ±1e150, "
                    + "where a fit's sums of squares overflow; rescale the series (divide it by a power of ten).";
        }
        if (largest > 0 && largest < MIN) {
            return "every value is below 1e-150 in size, where a fit's sums of squares underflow; rescale the series "
                    + "(multiply it by a power of ten).";
        }
        return null;
    }

    /**
     * @param file the file's name, for the message
     * @throws SeriesFormatException when a value is beyond ±{@link #MAX}, or every value is below {@link #MIN}
     */
    public static void check(Series s, String file) throws SeriesFormatException {
        String why = problem(s.values());
        if (why != null) {
            throw new SeriesFormatException(file, 0, why);
        }
    }

    /**
     * What a fit checks before it starts (a series that reached it without the reader: generated, or given in code).
     *
     * @throws IllegalArgumentException with {@link #problem}'s sentence
     */
    public static void require(double[] y) {
        String why = problem(y);
        if (why != null) {
            throw new IllegalArgumentException("The series cannot be fitted: " + why);
        }
    }
}
