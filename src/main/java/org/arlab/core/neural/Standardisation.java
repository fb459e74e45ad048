package org.arlab.core.neural;

/**
 * The input scaling of a network: {@code z = (x − m)/s} with m and s the mean and the standard deviation (divisor n,
 * summed relative to the largest deviation so that values of 1e200 or 1e-200 neither overflow nor underflow) of the
 * training part of the series (MATH.md, "Numerical care": centre and scale before an optimiser starts, and map
 * the answer back). A density on z maps back to x with the Jacobian 1/s, so
 * {@code −log p_x(x) = −log p_z(z) + log s}: the NLL per observation in the data's units, comparable with the linear
 * AR's {@code −ℓ/N}.
 *
 * @param mean m
 * @param sd s &gt; 0
 */
public record Standardisation(double mean, double sd) {
    /** Validates. */
    public Standardisation {
        if (!Double.isFinite(mean) || !(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("A standardisation needs a finite mean and a positive finite standard "
                    + "deviation, not " + mean + " and " + sd + ".");
        }
    }

    /**
     * @param x the series
     * @param n how many of its first values to take the mean and the standard deviation of (≥ 2)
     * @throws IllegalArgumentException when those values are constant
     */
    public static Standardisation of(double[] x, int n) {
        if (n < 2 || n > x.length) {
            throw new IllegalArgumentException("Scaling needs at least 2 values of the series, not " + n + ".");
        }
        double m = 0;
        for (int i = 0; i < n; i++) {
            m += x[i] / n; // x/n term by term: a sum of values near the largest double does not overflow
        }
        double big = 0;
        for (int i = 0; i < n; i++) {
            big = Math.max(big, Math.abs(x[i] - m));
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = (x[i] - m) / big; // scaled by the largest deviation: no overflow at 1e200, no underflow at 1e-200
            ss += d * d;
        }
        double sd = big * Math.sqrt(ss / n);
        if (!(sd > 0)) {
            throw new IllegalArgumentException("The training part of the series is constant: there is nothing to "
                    + "scale, or to learn.");
        }
        return new Standardisation(m, sd);
    }

    /** @return (x − m)/s for every value */
    public double[] apply(double[] x) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - mean) / sd;
        }
        return z;
    }

    /** @return m + s·z for every value */
    public double[] invert(double[] z) {
        double[] x = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            x[i] = mean + sd * z[i];
        }
        return x;
    }

    /** @return log s, what the NLL per observation gains back in data units */
    public double logSd() {
        return Math.log(sd);
    }
}
