package org.arlab.core.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers and small pieces written as LaTeX for the formula panels: about three significant digits, never "-0" or
 * Java's "1.0E-4" (tiny and huge values read {@code 1.23 \times 10^{-4}}).
 */
public final class Tex {
    private Tex() {
    }

    /**
     * @return x rounded for reading: three significant digits below 100, one decimal from 100 to 1000, whole numbers
     *     from 1000 to 10⁶, and {@code m \times 10^{k}} outside 10⁻³..10⁶
     */
    public static String num(double x) {
        if (Double.isNaN(x)) {
            return "\\text{n/a}";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "\\infty" : "-\\infty";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN));
        double a = Math.abs(d.doubleValue());
        if (a >= 1e6 || a < 1e-3) {
            int k = d.precision() - d.scale() - 1;
            BigDecimal m = d.movePointLeft(k).stripTrailingZeros();
            String ms = m.toPlainString();
            return ("1".equals(ms) ? "" : "-1".equals(ms) ? "-" : ms + " \\times ") + "10^{" + k + "}";
        }
        if (Math.abs(x) >= 1000) {
            d = new BigDecimal(x).setScale(0, RoundingMode.HALF_EVEN);
        } else if (Math.abs(x) >= 100) {
            d = new BigDecimal(x).setScale(1, RoundingMode.HALF_EVEN);
        }
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** @return a whole count, with thin spaces between thousands: 100\,000 */
    public static String count(long n) {
        String s = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append("\\,");
            }
            sb.append(s.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }

    /** @return (x_1, x_2, …) with each number formatted by {@link #num} */
    public static String vector(double[] x) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < x.length; i++) {
            sb.append(i == 0 ? "" : ",\\ ").append(num(x[i]));
        }
        return sb.append(')').toString();
    }

    /**
     * @return {@code coefficient·symbol} as a term to append to a sum: " + 0.5\,y_{t-1}" or " - 0.3\,y_{t-2}"
     *     (empty for a zero coefficient)
     */
    public static String term(double coefficient, String symbol) {
        String n = num(Math.abs(coefficient));
        if ("0".equals(n)) {
            return "";
        }
        return (coefficient < 0 ? " - " : " + ") + ("1".equals(n) ? "" : n + "\\,") + symbol;
    }

    /** @return plain text safe inside {@code \text{…}}: ASCII only, TeX specials escaped */
    public static String text(String s) {
        String t = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-');
        StringBuilder sb = new StringBuilder();
        for (char c : t.toCharArray()) {
            if ("#$%&_{}".indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else if (c == '\\' || c == '^' || c == '~') {
                sb.append(' ');
            } else if (c < 128) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
