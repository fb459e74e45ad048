package org.arlab.core.ar;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws AR(p) series (MATH.md, problem 2B: sampling is a loop over k). The random source is always passed in, so
 * every series is reproducible from its seed.
 */
public final class ArSimulator {
    /** Values beyond this magnitude count as overflow: squares and sums of them still stay finite. */
    public static final double LIMIT = 1e150;

    private ArSimulator() {
    }

    /** Burn-in length so that the start-up transient has decayed below 1e-12 of its size (at most 10⁵ steps). */
    static int burnIn(ArModel model) {
        double r = model.spectralRadius();
        if (r <= 0) {
            return model.order();
        }
        int steps = (int) Math.ceil(Math.log(1e-12) / Math.log(r));
        return Math.min(100_000, Math.max(100, steps + 10 * model.order()));
    }

    /**
     * Simulates n values. A stationary model starts from its stationary distribution (a burn-in from the mean is
     * discarded); any other model starts from the given initial values {@code y_{1-p}..y_0} (zeros when null).
     *
     * @param model the model
     * @param n the number of values, at least 1
     * @param initial the p values preceding the series, oldest first, or null for zeros; ignored when stationary
     * @param rng the random source
     */
    public static Simulation simulate(ArModel model, int n, double[] initial, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("The series length must be at least 1, not " + n + ".");
        }
        int p = model.order();
        if (initial != null && initial.length != p) {
            throw new IllegalArgumentException("An AR(" + p + ") model needs " + p + " initial values, not "
                    + initial.length + ".");
        }
        boolean stationary = model.isStationary();
        int burn = stationary ? burnIn(model) : 0;
        // the p starting values and the burn-in apart, so that the series is drawn straight into its own array
        double[] head = new double[p + burn];
        if (stationary) {
            double mu = model.mean();
            for (int i = 0; i < p; i++) {
                head[i] = mu;
            }
        } else if (initial != null) {
            System.arraycopy(initial, 0, head, 0, p);
        }
        double c = model.intercept();
        double sigma = model.sigma();
        double[] phi = model.phi();
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int t = p; t < head.length; t++) {
            double y = c + sigma * gauss.sample();
            for (int i = 0; i < p; i++) {
                y += phi[i] * head[t - 1 - i];
            }
            if (!(Math.abs(y) <= LIMIT)) {
                return new Simulation(new double[0], n, stationary, true);
            }
            head[t] = y;
        }
        double[] values = new double[n];
        int h = head.length;
        int t0 = 0;
        if (p == 2 && n > 2) {
            // the usual AR(2) with its two lags in registers: the same additions in the same order
            double a1 = phi[0];
            double a2 = phi[1];
            double y1 = head[h - 1];
            double y2 = head[h - 2];
            for (int t = 0; t < n; t++) {
                double y = c + sigma * gauss.sample();
                y += a1 * y1;
                y += a2 * y2;
                if (!(Math.abs(y) <= LIMIT)) {
                    return new Simulation(java.util.Arrays.copyOf(values, t), n, stationary, true);
                }
                values[t] = y;
                y2 = y1;
                y1 = y;
            }
            t0 = n;
        }
        for (int t = t0; t < n; t++) {
            double y = c + sigma * gauss.sample();
            if (t >= p) {
                for (int i = 0; i < p; i++) {
                    y += phi[i] * values[t - 1 - i];
                }
            } else {
                for (int i = 0; i < p; i++) {
                    int j = t - 1 - i;
                    y += phi[i] * (j >= 0 ? values[j] : head[h + j]);
                }
            }
            if (!(Math.abs(y) <= LIMIT)) {
                return new Simulation(java.util.Arrays.copyOf(values, t), n, stationary, true);
            }
            values[t] = y;
        }
        boolean overflowed = false;
        return new Simulation(values, n, stationary, overflowed);
    }
}
