package org.arlab.core.neural;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Gaussian output {@code x | h ~ N(μ, σ²)} with {@code μ = wᵀh + b} (MATH.md, problem 2A), σ fixed or learned as
 * {@code λ = log σ²}. The negative log-likelihood is {@code ½ log 2π + ½ λ + ½ (x − μ)² e^{−λ}}; its gradients are
 * {@code −(x − μ)e^{−λ}} for μ and {@code ½ − ½ (x − μ)² e^{−λ}} for λ. Parameters from {@link #offset()}: w (D),
 * b, then λ when learned; w Glorot-uniform (fan in D, fan out 1), b = 0, λ = 0.
 */
public final class GaussianHead implements Head {
    private final int inputs;
    private final int offset;
    private final double fixedLogVariance;
    private final boolean learned;

    private GaussianHead(int inputs, int offset, boolean learned, double fixedLogVariance) {
        this.inputs = inputs;
        this.offset = offset;
        this.learned = learned;
        this.fixedLogVariance = fixedLogVariance;
    }

    /**
     * @param inputs D ≥ 1
     * @param offset where its parameters start
     * @return the head with σ learned as log σ²
     */
    public static GaussianHead learned(int inputs, int offset) {
        check(inputs, offset);
        return new GaussianHead(inputs, offset, true, Double.NaN);
    }

    /**
     * @param inputs D ≥ 1
     * @param sigma the fixed σ &gt; 0
     * @param offset where its parameters start
     * @return the head with σ fixed
     */
    public static GaussianHead fixed(int inputs, double sigma, int offset) {
        check(inputs, offset);
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("σ must be a positive finite number, not " + sigma + ".");
        }
        return new GaussianHead(inputs, offset, false, Math.log(sigma * sigma));
    }

    private static void check(int inputs, int offset) {
        if (inputs < 1 || offset < 0) {
            throw new IllegalArgumentException("A head needs at least one input and an offset of 0 or more, not "
                    + inputs + " and " + offset + ".");
        }
    }

    @Override
    public int inputs() {
        return inputs;
    }

    @Override
    public int offset() {
        return offset;
    }

    @Override
    public int size() {
        return inputs + (learned ? 2 : 1);
    }

    @Override
    public int workSize() {
        return 0;
    }

    /** @return whether σ is learned */
    public boolean learnsSigma() {
        return learned;
    }

    /** @return log σ² at θ */
    public double logVariance(double[] theta) {
        return learned ? theta[offset + inputs + 1] : fixedLogVariance;
    }

    @Override
    public void initialise(double[] theta, UniformRandomProvider rng) {
        Glorot.fill(theta, offset, inputs, inputs, 1, rng);
        Arrays.fill(theta, offset + inputs, offset + size(), 0.0);
    }

    /** @return μ = b + Σ w_i h_i */
    double mean(double[] theta, double[] h, int hOff) {
        double mu = theta[offset + inputs];
        for (int i = 0; i < inputs; i++) {
            mu += theta[offset + i] * h[hOff + i];
        }
        return mu;
    }

    @Override
    public double nll(double[] theta, double[] h, int hOff, double x, double[] work) {
        double lv = logVariance(theta);
        double r = x - mean(theta, h, hOff);
        return HALF_LOG_2PI + 0.5 * lv + 0.5 * r * r * Math.exp(-lv);
    }

    @Override
    public double nllGradient(double[] theta, double[] h, int hOff, double x, double weight, double[] grad,
            double[] dh, int dOff, double[] work) {
        double lv = logVariance(theta);
        double r = x - mean(theta, h, hOff);
        double q = r * r * Math.exp(-lv);
        double dMu = -weight * r * Math.exp(-lv);
        for (int i = 0; i < inputs; i++) {
            grad[offset + i] += dMu * h[hOff + i];
            dh[dOff + i] += dMu * theta[offset + i];
        }
        grad[offset + inputs] += dMu;
        if (learned) {
            grad[offset + inputs + 1] += weight * (0.5 - 0.5 * q);
        }
        return HALF_LOG_2PI + 0.5 * lv + 0.5 * q;
    }

    @Override
    public Predictive predictive(double[] theta, double[] h, int hOff) {
        return Predictive.gaussian(mean(theta, h, hOff), Math.exp(0.5 * logVariance(theta)));
    }

    @Override
    public String toString() {
        return "GaussianHead(D = " + inputs + (learned ? ", σ learned)" : ", σ fixed)");
    }
}
