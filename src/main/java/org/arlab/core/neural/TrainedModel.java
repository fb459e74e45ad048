package org.arlab.core.neural;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.arlab.core.ar.ArModel;

/**
 * A network with fixed parameters and the scaling it was trained with: {@code p(x_t | x_<t)} in the series' own units
 * (MATH.md, problem 2). Values in, values out: {@code z = (x − m)/s} on the way in, means {@code m + sμ} and standard
 * deviations {@code sσ} on the way out, log-densities less {@code log s}. Immutable and safe to share between threads.
 */
public final class TrainedModel {
    private final SeriesNetwork network;
    private final double[] theta;
    private final Standardisation scaling;

    private TrainedModel(SeriesNetwork network, double[] theta, Standardisation scaling) {
        this.network = network;
        this.theta = theta;
        this.scaling = scaling;
    }

    /**
     * @param network the network
     * @param theta its parameters (copied)
     * @param scaling the standardisation of its inputs
     * @throws IllegalArgumentException when θ does not fit the network
     */
    public static TrainedModel of(SeriesNetwork network, double[] theta, Standardisation scaling) {
        if (network == null || scaling == null || theta == null || theta.length != network.parameterCount()) {
            throw new IllegalArgumentException("A trained model needs a network, its " + (network == null ? "" :
                    network.parameterCount() + " ") + "parameters and a scaling.");
        }
        return new TrainedModel(network, theta.clone(), scaling);
    }

    /** @return the network */
    public SeriesNetwork network() {
        return network;
    }

    /** θ itself, shared: callers in this package do not write to it. */
    double[] theta() {
        return theta;
    }

    /** @return a copy of θ */
    public double[] parameters() {
        return theta.clone();
    }

    /** @return the scaling */
    public Standardisation scaling() {
        return scaling;
    }

    /** @return {@code p(x_t | x_<t)} in data units, first() ≤ t ≤ x.length */
    public Predictive predictive(double[] x, int t) {
        return network.predictive(theta, scaling.apply(x), t).affine(scaling.mean(), scaling.sd());
    }

    /** @return the teacher-forced predictive distributions of x_t for t = from..to−1, in data units */
    public Predictive[] teacherForced(double[] x, int from, int to) {
        Predictive[] p = network.predictives(theta, scaling.apply(x), from, to);
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i].affine(scaling.mean(), scaling.sd());
        }
        return p;
    }

    /** @return {@code log p(x_t | x_<t)} in data units for t = from..to−1, teacher-forced */
    public double[] logDensities(double[] x, int from, int to) {
        double[] out = new double[Math.max(0, to - from)];
        network.nll(theta, scaling.apply(x), from, to, out);
        double logSd = scaling.logSd();
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i] - logSd;
        }
        return out;
    }

    /** @return the NLL per observation over targets [from, to), in data units (natural log) */
    public double meanNll(double[] x, int from, int to) {
        if (to <= from) {
            throw new IllegalArgumentException("No targets in " + from + ".." + (to - 1) + ".");
        }
        return network.nll(theta, scaling.apply(x), from, to, null) / (to - from) + scaling.logSd();
    }

    /**
     * Free-running sampling (problem 2B: sequential, each value from its predictive distribution given the earlier
     * ones, fed back as input): per step one {@code nextDouble()} picks the component and a ziggurat normal draw the
     * value.
     *
     * @param prefix the observed values to start from (at least first() of them)
     * @return {@code steps} sampled values, in data units
     */
    public double[] sample(double[] prefix, int steps, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        return scaling.invert(network.rollout(theta, scaling.apply(prefix), steps,
                p -> p.draw(rng.nextDouble(), gauss.sample())));
    }

    /** @return the free-running path that feeds back each predictive mean, in data units */
    public double[] meanPath(double[] prefix, int steps) {
        return scaling.invert(network.rollout(theta, scaling.apply(prefix), steps, Predictive::mean));
    }

    /** @return whether the network is the linear AR: a window model with no hidden layer and a Gaussian head */
    public boolean isLinear() {
        return network instanceof WindowModel w && w.isLinear() && w.head() instanceof GaussianHead;
    }

    /**
     * The linear AR(p) in data units: with {@code μ_z = b + Σ w_i z_{t−i}} on {@code z = (x − m)/s},
     * {@code φ_i = w_i}, {@code c = m(1 − Σφ) + s·b}, {@code σ = s·σ_z}.
     *
     * @throws IllegalStateException unless {@link #isLinear()}
     */
    public ArModel linearAr() {
        if (!isLinear()) {
            throw new IllegalStateException("Only a window model with no hidden layer and a Gaussian head is a "
                    + "linear AR; this is " + network.describe() + ".");
        }
        GaussianHead head = (GaussianHead) network.head();
        int p = head.inputs();
        double[] phi = new double[p];
        double sum = 0;
        for (int i = 0; i < p; i++) {
            phi[i] = theta[head.offset() + i];
            sum += phi[i];
        }
        double c = scaling.mean() * (1 - sum) + scaling.sd() * theta[head.offset() + p];
        return ArModel.of(c, phi, scaling.sd() * Math.exp(0.5 * head.logVariance(theta)));
    }
}
