package org.arlab.chart;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;

/** Log axes as the figures use them: a labelled tick per decade (1, 10, 100 …, written plainly), nine minor ticks. */
final class LogAxes {
    private LogAxes() {
    }

    /**
     * @param label the axis label
     * @param smallest the smallest value the axis shows (values at or below it are drawn there)
     */
    static LogAxis decades(String label, double smallest) {
        LogAxis axis = new LogAxis(label);
        axis.setSmallestValue(smallest);
        axis.setNumberFormatOverride(new PlainNumberFormat());
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        return axis;
    }
}
