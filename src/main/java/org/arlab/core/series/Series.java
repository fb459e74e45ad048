package org.arlab.core.series;

/**
 * An immutable named series of finite values.
 */
public final class Series {
    private final String name;
    private final double[] values;
    private final double firstT;

    private Series(String name, double[] values, double firstT) {
        this.name = name;
        this.values = values;
        this.firstT = firstT;
    }

    /**
     * @param t the time of the first value (a year, from the file's time column); the next ones follow by 1
     * @return this series with its first value at time t
     * @throws IllegalArgumentException for a time that is not finite
     */
    public Series withFirstT(double t) {
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException("The first time of " + name + " must be finite, not " + t + ".");
        }
        return new Series(name, values, t);
    }

    /** @return the time of the first value: 1 unless the file gave one (a year) */
    public double firstT() {
        return firstT;
    }

    /**
     * @param name a name for the user (file name, preset name)
     * @param values finite values, copied
     * @throws IllegalArgumentException for a non-finite value
     */
    public static Series of(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("Value " + (i + 1) + " of " + name + " is not finite: " + values[i]);
            }
        }
        return new Series(name == null ? "series" : name, values.clone(), 1);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the number of values */
    public int length() {
        return values.length;
    }

    /** @return value i (0-based) */
    public double get(int i) {
        return values[i];
    }

    /** @return a copy of the values */
    public double[] values() {
        return values.clone();
    }
}
