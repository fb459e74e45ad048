package org.arlab.cli;

import java.util.Locale;

/**
 * The commands' stated ceilings and the checks that hold them, before any long work starts: every whole-number
 * option is range-checked with its range in the message (options that could exceed an int are read as longs, so
 * nothing wraps around), and every command's total work (n, T·M, H·M, M·(degree + 1)) is checked against a ceiling
 * that the message names.
 */
final class Limits {
    /** simulate: the most values. */
    static final long MAX_SIMULATE = 10_000_000L;
    /** fit: the largest order (least squares, Yule–Walker, Burg). */
    static final long MAX_ORDER = 50;
    /** fit --method mle: the largest order (the exact likelihood's cost grows fast with it). */
    static final long MAX_MLE_ORDER = 20;
    /** horizon: the longest horizon H and the most rollouts M (the core's own limits). */
    static final long MAX_STEPS = 100_000;
    static final long MAX_ROLLOUTS = 1_000_000;
    /** horizon: the most draws H·M. */
    static final long MAX_ROLLOUT_DRAWS = 200_000_000L;
    /** kl: the longest horizon T. */
    static final long MAX_KL_HORIZON = 100_000;
    /** kl and mc: the most samples M. */
    static final long MAX_SAMPLES = 1_000_000_000L;
    /** kl: the most draws T·M. */
    static final long MAX_KL_DRAWS = 2_000_000_000L;
    /** mc: the largest degree of f. */
    static final long MAX_DEGREE = 30;
    /** train: the most epochs. */
    static final long MAX_EPOCHS = 1_000_000;
    /** memory: the most steps T (the core's own limit). */
    static final long MAX_MEMORY_STEPS = 100_000;
    /** A σ or an intercept beyond this would overflow double precision in a simulation's sums of squares. */
    static final double MAX_SCALE = 1e100;
    /** The smallest σ: below it KL's ratio of variances overflows. */
    static final double MIN_SIGMA = 1e-100;

    private Limits() {
    }

    /**
     * @return the value, as an int when the range fits one
     * @throws IllegalArgumentException "--n must be 1 to 10 000 000, not 100 000 000."
     */
    static long range(String option, long value, long low, long high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(option + " must be " + number(low) + " to " + number(high) + ", not "
                    + number(value) + ".");
        }
        return value;
    }

    /** Refuses a product of options above its ceiling, before the work starts; the product cannot overflow. */
    static void work(String product, long a, long b, long ceiling, String unit) {
        if ((double) a * b > ceiling) {
            throw new IllegalArgumentException(product + " = " + number(a) + " × " + number(b) + " " + unit
                    + " is more than the ceiling of " + number(ceiling) + "; ask for fewer.");
        }
    }

    /** Refuses an empty coefficient list. */
    static double[] coefficients(String option, double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(option + " needs at least one number, e.g. 0.5.");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(option + ": value " + (i + 1) + " must be a finite number, not "
                        + values[i] + ".");
            }
        }
        return values;
    }

    /** Refuses a σ that is not positive or outside the range that keeps the commands' sums finite. */
    static double sigma(String option, double sigma) {
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException(option + " (σ) must be a positive number, not " + sigma + ".");
        }
        if (sigma < MIN_SIGMA || sigma > MAX_SCALE) {
            throw new IllegalArgumentException(option + " (σ) must be 1e-100 to 1e100, not " + sigma + ".");
        }
        return sigma;
    }

    /** @return a whole number with its thousands apart, as the labs write them: 10 000 000 */
    static String number(long v) {
        return String.format(Locale.ROOT, "%,d", v).replace(',', ' ');
    }
}
