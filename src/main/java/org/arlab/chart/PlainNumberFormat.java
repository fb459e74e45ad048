package org.arlab.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** A NumberFormat that writes numbers as {@link Format#number} does, so log axes read 0.01, 1, 100, not 10^x. */
final class PlainNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(tick(number));
    }

    /** Whole numbers with thin grouping (10 000, not 1.000e+04); tiny ones with a short mantissa (1e−5). */
    static String tick(double x) {
        double a = Math.abs(x);
        if (a >= 1 && a < 1e12 && x == Math.rint(x)) {
            return (x < 0 ? "−" : "") + Format.count((long) a);
        }
        if (a > 0 && (a < 1e-3 || a >= 1e12)) {
            String s = String.format(java.util.Locale.ROOT, "%.3e", x);
            String mantissa = s.substring(0, s.indexOf('e')).replaceAll("0+$", "").replaceAll("\\.$", "");
            int exp = Integer.parseInt(s.substring(s.indexOf('e') + 1));
            return (mantissa + "e" + exp).replace('-', '−');
        }
        return Format.number(x);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(tick(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("formatting only");
    }
}
