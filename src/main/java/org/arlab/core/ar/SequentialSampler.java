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
        double v = mean + model.sigma() * gauss.sample();
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
