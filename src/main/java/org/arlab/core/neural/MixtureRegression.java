package org.arlab.core.neural;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A conditional density {@code p(t | x)} for a scalar input (not a series): one dense tanh layer of D units feeding a
 * {@link MixtureHead} of C Gaussians, {@code h = tanh(w x + b)}, then {@code p(t | x) = Σ_c π_c N(t; μ_c, σ_c²)}
 * (MATH.md, problem 3; Bishop's inverted-sinusoid picture, PRML §5.6). Its 2D + 3C(D + 1) parameters are the
 * layer's (its D weights, then its D biases) followed by the head's. Like the layers, it holds no values: the same
 * instance serves any parameter vector and thread.
 */
public final class MixtureRegression {
    private final Dense layer;
    private final MixtureHead head;

    private MixtureRegression(Dense layer, MixtureHead head) {
        this.layer = layer;
        this.head = head;
    }

    /**
     * @param hidden D ≥ 1
     * @param components C, 1..{@value HeadSpec#MAX_COMPONENTS}
     * @throws IllegalArgumentException for sizes out of range
     */
    public static MixtureRegression of(int hidden, int components) {
        if (hidden < 1 || hidden > RecurrentModel.MAX_HIDDEN || components < 1
                || components > HeadSpec.MAX_COMPONENTS) {
            throw new IllegalArgumentException("A mixture regression needs 1 to " + RecurrentModel.MAX_HIDDEN
                    + " hidden units and 1 to " + HeadSpec.MAX_COMPONENTS + " components, not D = " + hidden
                    + ", C = " + components + ".");
        }
        Dense layer = Dense.of(1, hidden, Activation.TANH, 0);
        return new MixtureRegression(layer, MixtureHead.of(hidden, components, layer.size()));
    }

    /** @return D */
    public int hidden() {
        return layer.units();
    }

    /** @return C */
    public int components() {
        return head.components();
    }

    /** @return the head */
    public MixtureHead head() {
        return head;
    }

    /** @return 2D + 3C(D + 1) */
    public int parameterCount() {
        return layer.size() + head.size();
    }

    /** Glorot-uniform weights, the layer first, then the head (its biases as {@link MixtureHead} documents). */
    public void initialise(double[] theta, UniformRandomProvider rng) {
        check(theta);
        layer.initialise(theta, rng);
        head.initialise(theta, rng);
    }

    /**
     * @param out when not null, receives {@code −log p(targets[i] | inputs[i])} at out[i]
     * @return {@code Σ_i −log p(targets[i] | inputs[i])}
     */
    public double nll(double[] theta, double[] inputs, double[] targets, double[] out) {
        check(theta);
        checkData(inputs, targets);
        double[] h = new double[hidden()];
        double[] x = new double[1];
        double[] work = new double[head.workSize()];
        double sum = 0;
        for (int i = 0; i < inputs.length; i++) {
            x[0] = inputs[i];
            layer.forward(theta, x, 0, h, 0);
            double v = head.nll(theta, h, 0, targets[i], work);
            if (out != null) {
                out[i] = v;
            }
            sum += v;
        }
        return sum;
    }

    /**
     * The exact gradient by backpropagation: adds {@code weight · ∂/∂θ Σ_i −log p(targets[i] | inputs[i])} into grad.
     *
     * @return the NLL sum
     */
    public double gradient(double[] theta, double[] inputs, double[] targets, double weight, double[] grad) {
        check(theta);
        checkData(inputs, targets);
        if (grad.length != theta.length) {
            throw new IllegalArgumentException("The gradient needs " + theta.length + " entries, not " + grad.length
                    + ".");
        }
        int d = hidden();
        double[] h = new double[d];
        double[] dh = new double[d];
        double[] x = new double[1];
        double[] work = new double[head.workSize()];
        double sum = 0;
        for (int i = 0; i < inputs.length; i++) {
            x[0] = inputs[i];
            layer.forward(theta, x, 0, h, 0);
            java.util.Arrays.fill(dh, 0.0);
            sum += head.nllGradient(theta, h, 0, targets[i], weight, grad, dh, 0, work);
            layer.backward(theta, x, 0, h, 0, dh, 0, grad, null, 0);
        }
        return sum;
    }

    /** @return {@code p(· | x)} */
    public Predictive predictive(double[] theta, double input) {
        check(theta);
        double[] h = new double[hidden()];
        layer.forward(theta, new double[] {input}, 0, h, 0);
        return head.predictive(theta, h, 0);
    }

    /** @return e.g. "MLP 1 → 16 (tanh) → mixture of 3" */
    public String describe() {
        return "MLP 1 → " + hidden() + " (tanh) → " + (components() == 1 ? "one Gaussian" : "mixture of "
                + components());
    }

    private void check(double[] theta) {
        if (theta == null || theta.length != parameterCount()) {
            throw new IllegalArgumentException("The network has " + parameterCount() + " parameters, not "
                    + (theta == null ? 0 : theta.length) + ".");
        }
    }

    private static void checkData(double[] inputs, double[] targets) {
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException("As many inputs as targets are needed, not " + inputs.length + " and "
                    + targets.length + ".");
        }
    }
}
