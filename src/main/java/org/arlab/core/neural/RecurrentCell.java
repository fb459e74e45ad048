package org.arlab.core.neural;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * One step of a recurrent network, {@code h_k = cell(h_{k−1}, x_k)} (MATH.md, problem 2D), with its backward step for
 * backpropagation through time and its state Jacobian {@code ∂h_k/∂h_{k−1}}. A cell holds no values: its parameters
 * sit in the network's flat array from {@link #offset()} in the layout each implementation documents, and the
 * forward step leaves in a per-step cache (of {@link #cacheSize()} values) what the backward step needs beyond the
 * two states.
 */
public sealed interface RecurrentCell permits ElmanCell, GruCell {
    /** @return H, the size of the state */
    int hidden();

    /** @return I, the size of the input */
    int inputs();

    /** @return where the parameters start */
    int offset();

    /** @return the number of parameters */
    int size();

    /** @return the number of values the forward step caches per step */
    int cacheSize();

    /** @return the size of the scratch array the backward step needs */
    int workSize();

    /** Glorot-uniform weight matrices and zero biases, in layout order. */
    void initialise(double[] theta, UniformRandomProvider rng);

    /**
     * Writes {@code h_k} into {@code h[hOff..hOff+H)} from {@code h_{k−1}} at {@code prev[pOff..)} and the input at
     * {@code x[xOff..xOff+I)}, and fills {@code cache[cOff..cOff+cacheSize())}.
     */
    void forward(double[] theta, double[] prev, int pOff, double[] x, int xOff, double[] h, int hOff, double[] cache,
            int cOff);

    /**
     * The backward step: on entry {@code dh[dOff..dOff+H)} holds ∂L/∂h_k (it is used as scratch and destroyed); adds
     * the parameter gradient into {@code grad} and writes ∂L/∂h_{k−1} into {@code dPrev[dpOff..dpOff+H)}.
     * {@code prev}, {@code x}, {@code h} and {@code cache} are as the forward step left them.
     */
    void backward(double[] theta, double[] prev, int pOff, double[] x, int xOff, double[] h, int hOff, double[] cache,
            int cOff, double[] dh, int dOff, double[] grad, double[] dPrev, int dpOff, double[] work);

    /**
     * The state Jacobian {@code J_ji = ∂h_k,j/∂h_{k−1},i} at the given state and input, written row-major into
     * {@code out[j·H + i]} (H² values).
     */
    void stateJacobian(double[] theta, double[] prev, double[] x, double[] out);
}
