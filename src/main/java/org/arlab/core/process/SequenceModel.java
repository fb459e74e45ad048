package org.arlab.core.process;

import org.apache.commons.rng.UniformRandomProvider;

import org.arlab.core.neural.Predictive;

/**
 * A stochastic process over a real series, given by its conditionals {@code p(x_t | x_<t)} (MATH.md, problems 2A, 2C
 * and 3): a known generator (SETAR, a regime-switching AR, a delayed copy, a linear AR), a fitted AR or a trained
 * network. The one type the KL lab, the neural, mixture and memory labs exchange, so that "how far is the trained
 * model from the truth?" can be asked of any pair. Implementations are immutable and thread-safe: sequences are drawn
 * in parallel, each from its own stream.
 */
public interface SequenceModel {
    /** @return a short name for legends and tables, e.g. "SETAR(2)" or "MLP p = 8, 32 units" */
    String name();

    /**
     * Draws {@code n} consecutive values from the model's own start (its stationary law, a burn-in, or the fixed
     * prefix it was trained with; the implementation documents which).
     *
     * @param n how many values, ≥ 1
     * @param rng the stream of this one sequence
     * @return x_0..x_{n−1}
     */
    double[] sample(int n, UniformRandomProvider rng);

    /**
     * The exact one-step conditionals along a given series.
     *
     * @param x the series
     * @param from the first t, ≥ {@link #firstConditional()}
     * @param to one past the last t, ≤ x.length
     * @return p(x_t | x_0..x_{t−1}) for t = from..to−1, each a Gaussian or a Gaussian mixture
     */
    Predictive[] conditionals(double[] x, int from, int to);

    /** @return the first t at which a conditional is defined (p for a window of p lags, 0 or 1 for others) */
    int firstConditional();
}
