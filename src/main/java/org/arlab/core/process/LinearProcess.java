package org.arlab.core.process;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.LevinsonDurbin;
import org.arlab.core.ar.TheoreticalAcf;
import org.arlab.core.neural.Predictive;

/**
 * A linear AR(p) model as a {@link SequenceModel} (MATH.md, problems 1 and 2C). A stationary model starts from its
 * exact Gaussian stationary law: {@code x_t | x_0..x_{t−1}} for t &lt; p is the best linear predictor of order t
 * (Levinson–Durbin on γ(0..t): {@code N(μ + Σ_j φ_{t,j}(x_{t−j} − μ), v_t)}, v_0 = γ(0)), so that
 * {@code (x_0..x_{p−1}) ~ N(μ·1, Γ_p)} and every conditional from t = 0 on is exact; from t = p on it is the model's
 * own {@code N(c + Σ_i φ_i x_{t−i}, σ²)}. A model that is not stationary has no stationary law: it starts from the
 * fixed values 0 (as the KL lab's closed form does) and its conditionals start at t = p. Immutable.
 */
public final class LinearProcess implements SequenceModel {
    private final String name;
    private final ArModel model;
    private final boolean stationary;
    /** For t &lt; p (stationary only): the predictor coefficients of order t and the prediction variance. */
    private final double[][] startPhi;
    private final double[] startSd;
    private final double mean;

    private LinearProcess(String name, ArModel model) {
        this.name = name;
        this.model = model;
        this.stationary = model.isStationary();
        int p = model.order();
        this.startPhi = new double[stationary ? p : 0][];
        this.startSd = new double[startPhi.length];
        this.mean = stationary ? model.mean() : 0;
        if (stationary && p > 0) {
            double[] gamma = TheoreticalAcf.autocovariance(model, p);
            startPhi[0] = new double[0];
            startSd[0] = Math.sqrt(gamma[0]);
            for (int t = 1; t < p; t++) {
                LevinsonDurbin ld = LevinsonDurbin.of(Arrays.copyOf(gamma, t + 1));
                startPhi[t] = ld.phi();
                startSd[t] = Math.sqrt(ld.variance());
            }
        }
    }

    /**
     * @param name the legend name
     * @param model the AR(p) model
     * @return the process
     */
    public static LinearProcess of(String name, ArModel model) {
        if (model == null) {
            throw new IllegalArgumentException("A linear process needs an AR model.");
        }
        return new LinearProcess(name, model);
    }

    /** @return the AR model */
    public ArModel model() {
        return model;
    }

    /** @return whether the process starts from its stationary law (else from zeros) */
    public boolean stationaryStart() {
        return stationary;
    }

    @Override
    public String name() {
        return name;
    }

    /** @return p(x_t | x_0..x_{t−1}) as a mean and a standard deviation, {@code t ≥ firstConditional()} */
    public double[] conditional(double[] x, int t) {
        int p = model.order();
        if (t < p) {
            double[] a = startPhi[t];
            double m = mean;
            for (int j = 1; j <= t; j++) {
                m += a[j - 1] * (x[t - j] - mean);
            }
            return new double[] {m, startSd[t]};
        }
        double m = model.intercept();
        for (int i = 1; i <= p; i++) {
            m += model.phi(i) * x[t - i];
        }
        return new double[] {m, model.sigma()};
    }

    /**
     * Draws x_0..x_{n−1}: each value its conditional mean plus its standard deviation times one ziggurat normal draw
     * from rng (the start too, when stationary; zeros otherwise).
     */
    @Override
    public double[] sample(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[n];
        for (int t = firstConditional(); t < n; t++) {
            double[] c = conditional(x, t);
            x[t] = c[0] + c[1] * gauss.sample();
        }
        return x;
    }

    @Override
    public Predictive[] conditionals(double[] x, int from, int to) {
        if (from < firstConditional() || to > x.length || from > to) {
            throw new IllegalArgumentException("Conditionals " + from + ".." + (to - 1) + " are outside "
                    + firstConditional() + ".." + (x.length - 1) + ".");
        }
        Predictive[] out = new Predictive[to - from];
        for (int t = from; t < to; t++) {
            double[] c = conditional(x, t);
            out[t - from] = Predictive.gaussian(c[0], c[1]);
        }
        return out;
    }

    /** @return 0 for a stationary model (its stationary start), p otherwise (a fixed start at zero) */
    @Override
    public int firstConditional() {
        return stationary ? 0 : model.order();
    }
}
