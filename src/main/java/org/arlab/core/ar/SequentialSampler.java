package org.arlab.core.ar;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws an AR(p) series one value at a time, exposing each step's conditional distribution
 * {@code x_k | x_{<k} ~ N(f(x_{<k}), σ²)} with {@code f(x_{<k}) = c + Σ_i φ_i x_{k−i}} (MATH.md, problem 2B: sampling
 * is sequential, each value needs all the earlier ones). Mutable by design: it is a cursor over a growing series.
 */
public final class SequentialSampler {
    /** One step: the conditional mean and standard deviation the value was drawn from, and the value. */
    public record Draw(int k, double mean, double sd, double value) {
    }

    private final ArModel model;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private double[] values;
    private int size;
    private final int p;

    private SequentialSampler(ArModel model, double[] initial, UniformRandomProvider rng) {
        this.model = model;
        this.p = model.order();
        this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        this.values = new double[Math.max(16, 2 * p + 16)];
        System.arraycopy(initial, 0, values, 0, p);
        this.size = p;
    }

    /**
     * @param model the model
     * @param initial x_{1−p}..x_0, oldest first (null for zeros)
     * @param rng the random source
     */
    public static SequentialSampler of(ArModel model, double[] initial, UniformRandomProvider rng) {
        double[] init = initial == null ? new double[model.order()] : initial;
        if (init.length != model.order()) {
            throw new IllegalArgumentException("An AR(" + model.order() + ") model needs " + model.order()
                    + " initial values, not " + init.length + ".");
        }
        for (double v : init) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Initial values must be finite numbers.");
            }
        }
        return new SequentialSampler(model, init.clone(), rng);
    }

    /**
     * A sampler that draws, one at a time, the very series {@link ArSimulator#simulate} draws from the same random
     * source: a stationary model first runs the simulator's burn-in from its mean (unseen) and starts from where it
     * ends; any other model starts from the given initial values, as the simulator does. So the Data lab's Step by
     * step with seed 42 draws the Series tab's path with seed 42.
     *
     * @param model the model
     * @param initial x_{1−p}..x_0, oldest first (null for zeros), used when the model is not stationary
     * @param rng the random source
     */
    public static SequentialSampler matching(ArModel model, double[] initial, UniformRandomProvider rng) {
        if (!model.isStationary()) {
            return of(model, initial, rng);
        }
        double[] start = new double[model.order()];
        Arrays.fill(start, model.mean());
        SequentialSampler s = new SequentialSampler(model, start, rng);
        int burn = ArSimulator.burnIn(model);
        for (int t = 0; t < burn; t++) {
            s.next();
        }
        return s.restartHere();
    }

    /** @return a sampler that goes on from this one's state (the same random source) with its past as initial values */
    private SequentialSampler restartHere() {
        double[] last = Arrays.copyOfRange(values, size - p, size);
        System.arraycopy(last, 0, values, 0, p);
        size = p;
        return this;
    }

    /** @return the values before the first draw, x_{1−p}..x_0, oldest first */
    public double[] initial() {
        return Arrays.copyOf(values, p);
    }

    /** @return the mean of the next value's conditional distribution, f(x_{&lt;k}) */
    public double nextMean() {
        double m = model.intercept();
        for (int i = 1; i <= p; i++) {
            m += model.phi(i) * values[size - i];
        }
        return m;
    }

    /** Draws the next value from N(f(x_{&lt;k}), σ²). Values stay finite: they are held at ±{@link ArSimulator#LIMIT}. */
    public Draw next() {
        double mean = nextMean();
        // summed in the simulator's order (c + σz, then the lags), so that both draw the same values to the last bit
        double v = model.intercept() + model.sigma() * gauss.sample();
        for (int i = 1; i <= p; i++) {
            v += model.phi(i) * values[size - i];
        }
        v = Math.max(-ArSimulator.LIMIT, Math.min(ArSimulator.LIMIT, v));
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
        return new Draw(size - p, mean, model.sigma(), v);
    }

    /** @return the number of values drawn so far */
    public int count() {
        return size - p;
    }

    /** @return the values drawn so far, x_1..x_k */
    public double[] drawn() {
        return Arrays.copyOfRange(values, p, size);
    }

    /** @return the model */
    public ArModel model() {
        return model;
    }
}
