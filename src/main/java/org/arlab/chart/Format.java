package org.arlab.chart;

import java.util.Locale;

/** Number formatting shared by figures and labels: 4 significant digits, no locale surprises. */
public final class Format {
    private Format() {
    }

    /** @return x with 4 significant digits, in plain or scientific notation as fits its size */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "—";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        String s;
        if (a >= 1e5 || a < 1e-3) {
            s = String.format(Locale.ROOT, "%.3e", x);
        } else {
            s = String.format(Locale.ROOT, "%.4g", x);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        return s.replace('-', '−');
    }

    /** @return a count with thin grouping, e.g. 1 000 000 */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '\u2009');
    }

    /**
     * @return a count grouped by no-break spaces, e.g. 1 376, for text that wraps at spaces (a chart title): the thin
     *     space of {@link #count} is a place to break the line
     */
    public static String countUnbroken(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '\u00A0');
    }
}
