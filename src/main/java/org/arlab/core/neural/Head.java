package org.arlab.core.neural;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The output of a network: a density {@code p(x | h)} for the next value given a feature vector h of size D, and its
 * negative log-likelihood with exact gradients (MATH.md, problems 2A and 3). Like the layers, a head holds no values;
 * its parameters sit in the network's flat array from {@link #offset()}.
 */
public sealed interface Head permits GaussianHead, MixtureHead {
    /** {@code ½ log(2π)}. */
    double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    /** @return D, the size of the feature vector */
    int inputs();

    /** @return where the parameters start */
    int offset();

    /** @return the number of parameters */
    int size();

    /** @return the size of the scratch array {@link #nll} and {@link #nllGradient} need */
    int workSize();

    /** Initial parameters (Glorot-uniform weights; each head documents its biases). */
    void initialise(double[] theta, UniformRandomProvider rng);

    /** @return {@code −log p(x | h)} with h at {@code h[hOff..hOff+D)} */
    double nll(double[] theta, double[] h, int hOff, double x, double[] work);

    /**
     * @return {@code −log p(x | h)}, having added {@code weight · ∂(−log p)/∂θ} into {@code grad} and
     *         {@code weight · ∂(−log p)/∂h_i} into {@code dh[dOff + i]}
     */
    double nllGradient(double[] theta, double[] h, int hOff, double x, double weight, double[] grad, double[] dh,
            int dOff, double[] work);

    /** @return the distribution {@code p(· | h)} */
    Predictive predictive(double[] theta, double[] h, int hOff);
}
