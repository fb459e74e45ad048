package org.arlab.core.process;

import org.arlab.core.neural.Predictive;

/**
 * A first-order Markov process: {@code p(x_t | x_<t) = p(x_t | x_{t−1})}, defined from t = 1. Implementations give
 * the one-step law from the previous value; the conditionals along a series follow from it.
 */
public interface FirstOrderProcess extends SequenceModel {
    /** @return {@code p(x_t | x_{t−1} = previous)} */
    Predictive conditional(double previous);

    @Override
    default Predictive[] conditionals(double[] x, int from, int to) {
        if (from < 1 || from > to || to > x.length) {
            throw new IllegalArgumentException("Targets " + from + ".." + (to - 1) + " are outside 1.." + (x.length - 1)
                    + ".");
        }
        Predictive[] out = new Predictive[to - from];
        for (int t = from; t < to; t++) {
            out[t - from] = conditional(x[t - 1]);
        }
        return out;
    }

    @Override
    default int firstConditional() {
        return 1;
    }
}
