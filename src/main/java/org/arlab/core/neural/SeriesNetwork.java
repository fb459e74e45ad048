package org.arlab.core.neural;

import java.util.function.ToDoubleFunction;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A network that gives {@code p(z_t | z_<t)} for every t of a series (MATH.md, problem 2): a {@link WindowModel} on
 * the last p values or a {@link RecurrentModel} over the whole history. It works on the standardised series z (see
 * {@link Standardisation}); its parameters are one flat array θ of {@link #parameterCount()} values in the layout its
 * layers and head document. Indices are 0-based: target t is {@code z[t]}, conditioned on {@code z[0..t)}.
 */
public sealed interface SeriesNetwork permits WindowModel, RecurrentModel {
    /** @return the number of parameters */
    int parameterCount();

    /** @return the earliest target the model can score: p for a window of p values, the warm-up for a recurrent net */
    int first();

    /** @return the head */
    Head head();

    /** Sets θ to its initial values: Glorot-uniform weights in layout order, the biases each layer documents. */
    void initialise(double[] theta, UniformRandomProvider rng);

    /**
     * Teacher-forced negative log-likelihood.
     *
     * @param out when not null, receives {@code −log p(z_t | z_<t)} at {@code out[t − from]}
     * @return {@code Σ_{t = from}^{to − 1} −log p(z_t | z_<t)}, first() ≤ from ≤ to ≤ z.length
     */
    double nll(double[] theta, double[] z, int from, int to, double[] out);

    /**
     * The exact gradient of the teacher-forced NLL over targets [from, to) (backpropagation through the whole history
     * for a recurrent net): adds {@code weight · ∂/∂θ Σ_t −log p(z_t | z_<t)} into grad.
     *
     * @return the NLL sum, as {@link #nll}
     */
    double gradient(double[] theta, double[] z, int from, int to, double weight, double[] grad);

    /** @return {@code p(z_t | z_<t)} for first() ≤ t ≤ z.length (t = z.length: the next value after the series) */
    Predictive predictive(double[] theta, double[] z, int t);

    /** @return {@code p(z_t | z_<t)} for t = from..to−1, teacher-forced */
    default Predictive[] predictives(double[] theta, double[] z, int from, int to) {
        Predictive[] out = new Predictive[Math.max(0, to - from)];
        for (int t = from; t < to; t++) {
            out[t - from] = predictive(theta, z, t);
        }
        return out;
    }

    /**
     * Free-running generation: after the observed prefix, each next value is chosen from its predictive distribution
     * by {@code next} (a draw, or the mean) and fed back as input.
     *
     * @param prefix the observed values, at least first() of them
     * @return the {@code steps} generated values
     */
    double[] rollout(double[] theta, double[] prefix, int steps, ToDoubleFunction<Predictive> next);

    /** @return a one-line description, e.g. "MLP 8 → 32 (tanh) → Gaussian" */
    String describe();

    /** @throws IllegalArgumentException unless θ has the right length and first() ≤ from ≤ to ≤ n */
    default void checkRange(double[] theta, int n, int from, int to) {
        if (theta.length != parameterCount()) {
            throw new IllegalArgumentException("The network has " + parameterCount() + " parameters, not "
                    + theta.length + ".");
        }
        if (from < first() || from > to || to > n) {
            throw new IllegalArgumentException("Targets " + from + ".." + (to - 1) + " are outside " + first() + ".."
                    + (n - 1) + " for a series of " + n + " values.");
        }
    }
}
