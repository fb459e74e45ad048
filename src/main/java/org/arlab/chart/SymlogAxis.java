package org.arlab.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A symmetric log scale for values that explode in either sign: the plot holds {@code s(v) = sign(v) log₁₀(1 + |v|/c)}
 * ({@link #forward}), linear within about ±c and logarithmic beyond, so 1, 10¹⁰ and −10⁴² share one axis. The ticks
 * sit at 0 and ±c·10ᵏ and are labelled with those values (10⁴², not the transformed 42), a decade apart or more as
 * the height allows. The data must be transformed by {@link #forward} before they are plotted.
 */
public final class SymlogAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final double c;
    private static final double LN10 = Math.log(10);

    /**
     * @param label the axis label
     * @param c the linear threshold (&gt; 0): the scale is linear within about ±c
     */
    public SymlogAxis(String label, double c) {
        super(label);
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("The linear threshold must be positive and finite, not " + c + ".");
        }
        this.c = c;
        setAutoRangeIncludesZero(false);
    }

    /** @return the linear threshold c */
    public double threshold() {
        return c;
    }

    /** @return s(v) = sign(v) log₁₀(1 + |v|/c) */
    public static double forward(double v, double c) {
        return Math.signum(v) * Math.log1p(Math.abs(v) / c) / LN10; // log1p: exact for the smallest values too
    }

    /** @return the value at plot position s: sign(s) c (10^|s| − 1) */
    public static double inverse(double s, double c) {
        return Math.signum(s) * c * Math.expm1(Math.abs(s) * LN10);
    }

    /**
     * A threshold for a series: the power of ten at or below the tenth percentile of its sizes, so that the first,
     * ordinary values sit in the linear part and the explosion in the logarithmic one.
     *
     * @return c &gt; 0 (1 when every value is 0 or none is finite)
     */
    public static double thresholdFor(double[] values) {
        double[] a = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v != 0) {
                a[n++] = Math.abs(v);
            }
        }
        if (n == 0) {
            return 1;
        }
        java.util.Arrays.sort(a, 0, n);
        double q = a[Math.min(n - 1, n / 10)];
        double p = Math.pow(10, Math.floor(Math.log10(q)));
        return p > 0 && Double.isFinite(p) ? p : 1;
    }

    /**
     * @return the values of the ticks between the plot positions lo and hi, for about {@code room} labels: 0 and
     *     ±10ʲ for whole j, j a multiple of 1, 2, 5, 10, … as the room asks, from the first decade clear of the
     *     linear part (10·c) up
     */
    List<Double> tickValues(double lo, double hi, int room) {
        double top = Math.max(Math.abs(lo), Math.abs(hi));
        int jMin = (int) Math.floor(Math.log10(c) + 1e-9) + 1;
        int jMax = (int) Math.floor(Math.log10(Math.max(Double.MIN_NORMAL, inverse(top, c))) + 1e-9);
        boolean both = lo < 0 && hi > 0;
        int count = Math.max(0, jMax - jMin + 1) * (both ? 2 : 1);
        int need = Math.max(1, (int) Math.ceil(count / (double) Math.max(2, room - 1)));
        int step = 1;
        for (int m = 1; step < need; m *= 10) {
            for (int f : new int[] {1, 2, 5}) {
                if (step < need) {
                    step = f * m;
                }
            }
        }
        List<Double> out = new ArrayList<>();
        if (lo <= 0 && hi >= 0) {
            out.add(0.0);
        }
        for (int j = Math.floorDiv(jMin + step - 1, step) * step; j <= jMax; j += step) {
            double v = Math.pow(10, j);
            double s = forward(v, c);
            if (s >= lo && s <= hi) {
                out.add(v);
            }
            if (-s >= lo && -s <= hi) {
                out.add(-v);
            }
        }
        out.sort(Double::compare);
        return out;
    }

    /** @return the label of a tick value: 0, 1, 10, 100, 1000, 10 000, then 1×10⁵, … */
    static String label(double v) {
        return v == 0 ? "0" : ReadableTicks.label(v, Math.abs(v));
    }

    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double length = vertical ? dataArea.getHeight() : dataArea.getWidth();
        float fontSize = getTickLabelFont().getSize2D();
        // about three label heights between ticks on an upright axis, six on a flat one
        int room = Math.max(2, (int) (length / (fontSize * (vertical ? 3 : 6))));
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : tickValues(getLowerBound(), getUpperBound(), room)) {
            TextAnchor anchor = vertical ? (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                    : TextAnchor.CENTER_LEFT) : (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                    : TextAnchor.TOP_CENTER);
            ticks.add(new NumberTick(TickType.MAJOR, forward(v, c), label(v), anchor, anchor, 0.0));
        }
        return ticks;
    }
}
