package org.arlab.core.process;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import org.arlab.core.neural.Predictive;

/**
 * A known nonlinear generator with Gaussian innovations, {@code x_t = m(x_<t, t) + σ ε_t}, ε_t ~ N(0, 1) i.i.d.
 * (MATH.md, problem 2E: data from a known process, so a rollout can be scored by the true process's exact
 * log-likelihood). Its conditionals are exact: {@code p(x_t | x_<t) = N(m(x_<t, t), σ²)}. {@link #sample} starts from
 * zeros and discards a burn-in of {@value #BURN_IN} values (the subclass may start otherwise and says so); the first
 * conditional is at t = {@link #firstConditional()}, the number of lags m reads.
 */
public abstract class GaussianGenerator implements SequenceModel {
    /** Values drawn and discarded before the first one returned. */
    public static final int BURN_IN = 500;

    private final double sigma;

    /** @param sigma σ &gt; 0, finite */
    protected GaussianGenerator(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("σ must be a positive number, not " + sigma + ".");
        }
        this.sigma = sigma;
    }

    /** @return σ, the innovations' standard deviation */
    public final double sigma() {
        return sigma;
    }

    /**
     * The conditional mean.
     *
     * @param x the series (only x[0..t) is read)
     * @param t the index of the value predicted, ≥ firstConditional()
     * @return {@code m(x_<t, t)}
     */
    public abstract double mean(double[] x, int t);

    /** Checks a parameter is finite. */
    static double finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, not " + v + ".");
        }
        return v;
    }

    @Override
    public double[] sample(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int p = firstConditional();
        double[] x = new double[BURN_IN + n];
        for (int t = p; t < x.length; t++) {
            x[t] = mean(x, t) + sigma * gauss.sample();
        }
        return java.util.Arrays.copyOfRange(x, BURN_IN, x.length);
    }

    @Override
    public Predictive[] conditionals(double[] x, int from, int to) {
        if (from < firstConditional() || from > to || to > x.length) {
            throw new IllegalArgumentException("Conditionals are defined for t = " + firstConditional() + ".."
                    + (x.length - 1) + ", not " + from + ".." + (to - 1) + ".");
        }
        Predictive[] out = new Predictive[to - from];
        for (int t = from; t < to; t++) {
            out[t - from] = Predictive.gaussian(mean(x, t), sigma);
        }
        return out;
    }

    /** @return the exact log-likelihood {@code Σ_{t=from}^{to−1} log N(x_t; m(x_<t, t), σ²)} */
    public double logLikelihood(double[] x, int from, int to) {
        if (from < firstConditional() || from > to || to > x.length) {
            throw new IllegalArgumentException("The likelihood is defined for t = " + firstConditional() + ".."
                    + (x.length - 1) + ", not " + from + ".." + (to - 1) + ".");
        }
        double sum = 0;
        double c = -0.5 * Math.log(2 * Math.PI) - Math.log(sigma);
        for (int t = from; t < to; t++) {
            double r = (x[t] - mean(x, t)) / sigma;
            sum += c - 0.5 * r * r;
        }
        return sum;
    }
}
