package org.arlab.chart;

import org.jfree.chart.axis.ValueAxis;

/** Guards for JFreeChart's automatic axis ranges. */
final class Axes {
    private Axes() {
    }

    /**
     * Lets an axis auto-range over data whose values are all equal and huge (an explosive model's 10⁵⁹, say).
     * JFreeChart widens a zero-length range by its minimum size, 10⁻⁸ by default, which vanishes in rounding at such
     * magnitudes and leaves a zero-length range that it then refuses with an exception; a minimum size relative to
     * the data keeps the range positive.
     *
     * @param axis the axis that will auto-range
     * @param largest the largest magnitude about to be shown
     */
    static void allowHugeValues(ValueAxis axis, double largest) {
        axis.setAutoRangeMinimumSize(Math.max(1e-8, 1e-6 * (Double.isFinite(largest) ? largest : 0)), false);
    }
}
