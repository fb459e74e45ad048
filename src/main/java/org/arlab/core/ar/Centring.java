package org.arlab.core.ar;

/**
 * The affine change of units every estimator works in (MATH.md, "Numerical care"): {@code x_t = (y_t − shift)/scale}
 * with the shift the series' mean (0 when the model has no intercept: such a model is not invariant to a shift) and
 * the scale a power of two within a factor 2 of the root mean square of {@code y − shift}, so that dividing by it is
 * exact and the centred values are of order 1 whatever the data's units (10⁻²⁰⁰ or 10²⁰⁰).
 *
 * @param shift what is subtracted
 * @param scale what the difference is divided by (a power of two, or 1 for a series with no spread)
 */
public record Centring(double shift, double scale) {
    /** No change of units. */
    public static final Centring NONE = new Centring(0, 1);

    /**
     * @param y the series
     * @param centre whether to subtract the mean
     */
    public static Centring of(double[] y, boolean centre) {
        int n = y.length;
        // fast path, two passes: the plain sum, then the deviations' sum (the mean's correction) and sum of squares
        double s = 0;
        for (double v : y) {
            s += v;
        }
        if (Double.isFinite(s) && n > 0) {
            double m = centre ? s / n : 0;
            double sd = 0;
            double sd2 = 0;
            for (double v : y) {
                double d = v - m;
                sd += d;
                sd2 += d * d;
            }
            double shift = centre ? m + sd / n : 0;
            double ms = sd2 / n;
            if (ms > 1e-280 && ms < 1e280) {
                double dm = centre ? sd / n : 0; // the deviations from the corrected mean have mean square ms − dm²
                return new Centring(shift, power(Math.sqrt(Math.max(ms - dm * dm, ms * 1e-3))));
            }
        }
        return scaled(y, centre);
    }

    /** For data near the ends of binary64 (10³⁰⁰ or 10⁻³⁰⁰): sums in units of a power of two near the largest value. */
    private static Centring scaled(double[] y, boolean centre) {
        double shift = centre ? mean(y) : 0;
        double max = 0;
        for (double v : y) {
            max = Math.max(max, Math.abs(v - shift));
        }
        if (!(max > 0) || !Double.isFinite(max)) {
            return new Centring(shift, 1);
        }
        int e = Math.getExponent(max);
        double s = 0;
        for (double v : y) {
            double d = Math.scalb(v - shift, -e);
            s += d * d;
        }
        double rms = Math.sqrt(s / y.length); // in units of 2^e, between 1/√n and 2
        return new Centring(shift, Math.scalb(1.0, e + Math.getExponent(rms)));
    }

    /** @return the power of two at or below a positive normal number */
    private static double power(double v) {
        return Math.scalb(1.0, Math.getExponent(v));
    }

    /** The mean, summed in units of a power of two near the largest value (no overflow at 10³⁰⁰) and corrected once. */
    public static double mean(double[] y) {
        double max = 0;
        for (double v : y) {
            max = Math.max(max, Math.abs(v));
        }
        if (!(max > 0) || !Double.isFinite(max)) {
            return 0;
        }
        int e = Math.getExponent(max);
        double s = 0;
        for (double v : y) {
            s += Math.scalb(v, -e);
        }
        double m = Math.scalb(s / y.length, e);
        double r = 0;
        for (double v : y) {
            r += v - m;
        }
        return m + r / y.length;
    }

    /** @return (y − shift)/scale */
    public double apply(double y) {
        return (y - shift) / scale;
    }

    /** @return the centred series */
    public double[] apply(double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = (y[i] - shift) / scale;
        }
        return x;
    }

    /** @return the shift in units of the scale, shift/scale */
    public double relativeShift() {
        return shift / scale;
    }
}
