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
        double[] buf = new double[p + burn + n];
        if (stationary) {
            double mu = model.mean();
            for (int i = 0; i < p; i++) {
                buf[i] = mu;
            }
        } else if (initial != null) {
            System.arraycopy(initial, 0, buf, 0, p);
        }
        double c = model.intercept();
        double sigma = model.sigma();
        double[] phi = model.phi();
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int end = buf.length;
        boolean overflowed = false;
        for (int t = p; t < end; t++) {
            double y = c + sigma * gauss.sample();
            for (int i = 0; i < p; i++) {
                y += phi[i] * buf[t - 1 - i];
            }
            if (!(Math.abs(y) <= LIMIT)) {
                overflowed = true;
                end = t;
                break;
            }
            buf[t] = y;
        }
        int from = p + burn;
        double[] values = new double[Math.max(0, end - from)];
        System.arraycopy(buf, from, values, 0, values.length);
        return new Simulation(values, n, stationary, overflowed);
    }
}
