package org.arlab.core.series;

import java.util.List;

/**
 * A file's time column: in a file of two columns of numbers such as {@code t,value} (R's {@code write.csv} of a
 * time series, a year beside each value), the one that only rises is the time and the other the series. The series
 * chart then counts time from the first year instead of from 1, when the times rise by exactly one (years, a plain
 * index); other steps (months as 1920.083…) leave the count at 1.
 */
public final class TimeColumn {
    private TimeColumn() {
    }

    /** The two columns told apart: which one holds the values, and the time of the first value (1 if not whole steps). */
    public record Choice(int valueColumn, int timeColumn, double firstT) {
    }

    /** @return whether the values rise strictly from one to the next (an index, a year, a date as a number) */
    public static boolean rises(double[] t) {
        if (t.length < 2) {
            return false;
        }
        for (int i = 1; i < t.length; i++) {
            if (!(t[i] > t[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /** @return t[0] when the times rise by exactly 1 (years 1821, 1822, …), else 1 (the chart counts 1, 2, …) */
    public static double firstT(double[] t) {
        for (int i = 1; i < t.length; i++) {
            if (t[i] - t[i - 1] != 1) {
                return 1;
            }
        }
        return t.length > 0 && Math.abs(t[0]) < 1e9 ? t[0] : 1;
    }

    /**
     * @param columns the values of the file's numeric columns, in order, each read in full
     * @return the time and value columns when there are exactly two, of equal length, one rising and the other not;
     *     else null (the user chooses)
     */
    public static Choice of(List<double[]> columns) {
        if (columns.size() != 2 || columns.get(0).length != columns.get(1).length) {
            return null;
        }
        boolean a = rises(columns.get(0));
        boolean b = rises(columns.get(1));
        if (a == b) {
            return null;
        }
        int time = a ? 0 : 1;
        return new Choice(1 - time, time, firstT(columns.get(time)));
    }
}
