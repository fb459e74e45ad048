package org.arlab.core.series;

/**
 * An immutable named series of finite values.
 */
public final class Series {
    private final String name;
    private final double[] values;

    private Series(String name, double[] values) {
        this.name = name;
        this.values = values;
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
        return new Series(name == null ? "series" : name, values.clone());
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
