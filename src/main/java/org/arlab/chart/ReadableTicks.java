package org.arlab.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Tick units of 1, 2 and 5 × 10ᵏ whose labels are written with as many digits as the unit needs, one notation per
 * axis: neighbouring ticks never read the same (an ℓ axis from −1273.9 to −1273.2 reads −1273.8, −1273.6, …, not
 * twenty "−1273"), and values that explode read 2×10¹¹, 4×10¹¹, … 2.4×10¹², not "800 000 000 000" beside "2.4e12" or
 * "7E42 … 0E0". Plain notation, with thin spaces between thousands from 10 000 on, while the unit is between 10⁻⁴ and 10⁵;
 * m×10ᵉ (superscript e) outside.
 */
public final class ReadableTicks implements TickUnitSource, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final double[] MANTISSAS = {1, 2, 5};
    private static final ReadableTicks DECIMAL = new ReadableTicks(false);
    private static final ReadableTicks INTEGER = new ReadableTicks(true);

    private final boolean integers;

    private ReadableTicks(boolean integers) {
        this.integers = integers;
    }

    /** @return units of any size */
    public static ReadableTicks decimal() {
        return DECIMAL;
    }

    /** @return units of 1 or more (orders, lags, iterations, counts) */
    public static ReadableTicks integer() {
        return INTEGER;
    }

    /** @return whether this source gives whole units only */
    public boolean integers() {
        return integers;
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        return unitAtLeast(unit.getSize() * (1 + 1e-9));
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return unitAtLeast(unit.getSize());
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        return unitAtLeast(size);
    }

    /** @return the smallest 1, 2 or 5 × 10ᵏ at least this large (at least 1 for whole units) */
    private NumberTickUnit unitAtLeast(double size) {
        double s = Double.isFinite(size) && size > 0 ? size : 1;
        if (integers) {
            s = Math.max(1, s);
        }
        int k = (int) Math.floor(Math.log10(s));
        for (int pass = 0; pass < 2; pass++, k++) {
            for (double m : MANTISSAS) {
                double u = m * Math.pow(10, k);
                if (u >= s * (1 - 1e-12)) {
                    return new NumberTickUnit(u, new Label(u));
                }
            }
        }
        double u = Math.pow(10, k);
        return new NumberTickUnit(u, new Label(u));
    }

    /** @return the label of v on an axis whose ticks are {@code unit} apart */
    public static String label(double v, double unit) {
        if (Math.abs(v) < unit * 1e-9) {
            return "0";
        }
        int unitExp = (int) Math.floor(Math.log10(unit) + 1e-9);
        if (unit >= 1e5 || unit < 1e-4) {
            int e = (int) Math.floor(Math.log10(Math.abs(v)) + 1e-12);
            int digits = Math.max(0, e - unitExp);
            String m = String.format(Locale.ROOT, "%." + digits + "f", v / Math.pow(10, e));
            if (m.startsWith("10") || m.startsWith("-10")) { // 9.96 rounded up: carry into the exponent
                e++;
                digits = Math.max(0, e - unitExp);
                m = String.format(Locale.ROOT, "%." + digits + "f", v / Math.pow(10, e));
            }
            return (m + "×10" + superscript(e)).replace('-', '−');
        }
        int decimals = Math.max(0, -unitExp);
        // thin spaces between thousands from 10 000 on (1871 stays a year, 10 000 reads as ten thousand)
        String s = String.format(Locale.ROOT, (Math.abs(v) >= 1e4 ? "%,." : "%.") + decimals + "f", v)
                .replace(',', '\u2009');
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.replace('-', '−');
    }

    /** @return e in superscript digits, e.g. −12 → ⁻¹² */
    static String superscript(int e) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(e).toCharArray()) {
            sb.append(c == '-' ? '⁻' : digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** The labels of one unit. */
    private static final class Label extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final double unit;

        Label(double unit) {
            this.unit = unit;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(label(number, unit));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(label(number, unit));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("formatting only");
        }
    }
}
