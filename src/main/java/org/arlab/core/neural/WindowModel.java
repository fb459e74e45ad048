package org.arlab.core.neural;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The window model of MATH.md, problem 2A: {@code z_t | z_<t ~ head(f(s_t))} with {@code s_t = (z_{t−1}, …, z_{t−p})},
 * f an MLP of dense layers ({@code h = tanh(W₁ s + b₁)}, ReLU or logistic as options), or no hidden layer at all,
 * when the head sees s itself and the model is the linear AR(p) {@code μ = b + Σ_i w_i z_{t−i}}: its weights are
 * φ_1..φ_p in that order. Parameters: the dense layers in order from offset 0, then the head. It forgets everything
 * older than p steps: {@code ∂f/∂z_{t−k} = 0} for k &gt; p (problem 2D).
 */
public final class WindowModel implements SeriesNetwork {
    /** The largest window. */
    public static final int MAX_ORDER = 32;

    private final int order;
    private final Dense[] layers;
    private final Head head;
    private final int size;

    private WindowModel(int order, Dense[] layers, Head head) {
        this.order = order;
        this.layers = layers;
        this.head = head;
        this.size = head.offset() + head.size();
    }

    /** @return the linear AR(p) (no hidden layer) with the given head */
    public static WindowModel linear(int order, HeadSpec head) {
        return of(order, new int[0], Activation.IDENTITY, head);
    }

    /**
     * @param order p, 1..32
     * @param hidden the widths of the hidden layers, in order (empty: the linear AR), each at least 1
     * @param activation of every hidden layer
     * @param head the output
     * @throws IllegalArgumentException for an order or width out of range
     */
    public static WindowModel of(int order, int[] hidden, Activation activation, HeadSpec head) {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("The window p must be 1 to " + MAX_ORDER + ", not " + order + ".");
        }
        if (head == null || activation == null) {
            throw new IllegalArgumentException("A window model needs an activation and a head.");
        }
        Dense[] layers = new Dense[hidden.length];
        int in = order;
        int offset = 0;
        for (int l = 0; l < hidden.length; l++) {
            if (hidden[l] < 1) {
                throw new IllegalArgumentException("A hidden layer needs at least one unit, not " + hidden[l] + ".");
            }
            layers[l] = Dense.of(in, hidden[l], activation, offset);
            offset += layers[l].size();
            in = hidden[l];
        }
        return new WindowModel(order, layers, head.build(in, offset));
    }

    /** @return p */
    public int order() {
        return order;
    }

    /** @return the hidden layers, input side first (none for the linear AR) */
    public Dense[] layers() {
        return layers.clone();
    }

    /** @return whether there is no hidden layer: the linear AR(p) */
    public boolean isLinear() {
        return layers.length == 0;
    }

    @Override
    public int parameterCount() {
        return size;
    }

    @Override
    public int first() {
        return order;
    }

    @Override
    public Head head() {
        return head;
    }

    @Override
    public void initialise(double[] theta, UniformRandomProvider rng) {
        for (Dense d : layers) {
            d.initialise(theta, rng);
        }
        head.initialise(theta, rng);
    }

    /** Per-call scratch: the window, each layer's outputs and deltas, the head's work and ∂L/∂features. */
    private final class Scratch {
        final double[] window = new double[order];
        final double[][] out = new double[layers.length][];
        final double[][] delta = new double[layers.length][];
        final double[] work = new double[head.workSize()];
        final double[] dFeatures = new double[head.inputs()];

        Scratch() {
            for (int l = 0; l < layers.length; l++) {
                out[l] = new double[layers[l].units()];
                delta[l] = new double[layers[l].units()];
            }
        }

        /** Fills the window of target t from z and runs the layers; @return the head's input */
        double[] features(double[] theta, double[] z, int t) {
            for (int i = 0; i < order; i++) {
                window[i] = z[t - 1 - i];
            }
            double[] x = window;
            for (int l = 0; l < layers.length; l++) {
                layers[l].forward(theta, x, 0, out[l], 0);
                x = out[l];
            }
            return x;
        }

        /** @return −log p(z_t | s_t), the gradient added into grad */
        double gradient(double[] theta, double[] z, int t, double weight, double[] grad) {
            return gradient(theta, z, z[t], t, weight, grad);
        }

        /** @return −log p(target | s_t) with the window s_t read from inputs, the gradient added into grad */
        double gradient(double[] theta, double[] inputs, double target, int t, double weight, double[] grad) {
            double[] f = features(theta, inputs, t);
            Arrays.fill(dFeatures, 0.0);
            double loss = head.nllGradient(theta, f, 0, target, weight, grad, dFeatures, 0, work);
            int last = layers.length - 1;
            if (last >= 0) {
                System.arraycopy(dFeatures, 0, delta[last], 0, dFeatures.length);
                for (int l = last; l >= 0; l--) {
                    double[] in = l == 0 ? window : out[l - 1];
                    layers[l].backward(theta, in, 0, out[l], 0, delta[l], 0, grad, l == 0 ? null : delta[l - 1], 0);
                }
            }
            return loss;
        }
    }

    @Override
    public double nll(double[] theta, double[] z, int from, int to, double[] out) {
        checkRange(theta, z.length, from, to);
        Scratch s = new Scratch();
        double sum = 0;
        for (int t = from; t < to; t++) {
            double v = head.nll(theta, s.features(theta, z, t), 0, z[t], s.work);
            if (out != null) {
                out[t - from] = v;
            }
            sum += v;
        }
        return sum;
    }

    @Override
    public double gradient(double[] theta, double[] z, int from, int to, double weight, double[] grad) {
        checkRange(theta, z.length, from, to);
        Scratch s = new Scratch();
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += s.gradient(theta, z, t, weight, grad);
        }
        return sum;
    }

    /**
     * The gradient over the targets {@code targets[from..to)} (a mini-batch), in that order.
     *
     * @return the NLL sum over those targets
     */
    public double gradient(double[] theta, double[] z, int[] targets, int from, int to, double weight,
            double[] grad) {
        checkRange(theta, z.length, order, z.length);
        Scratch s = new Scratch();
        double sum = 0;
        for (int k = from; k < to; k++) {
            int t = targets[k];
            if (t < order || t >= z.length) {
                throw new IllegalArgumentException("Target " + t + " is outside " + order + ".." + (z.length - 1)
                        + ".");
            }
            sum += s.gradient(theta, z, t, weight, grad);
        }
        return sum;
    }

    /**
     * The gradient over the mini-batch {@code targets[from..to)} with the windows read from {@code inputs} and the
     * targets from z (scheduled sampling, MATH.md 2E: some inputs are the model's own predictions). With inputs = z it
     * is {@link #gradient(double[], double[], int[], int, int, double, double[])}.
     *
     * @return the NLL sum over those targets
     */
    public double gradient(double[] theta, double[] inputs, double[] z, int[] targets, int from, int to,
            double weight, double[] grad) {
        checkRange(theta, z.length, order, z.length);
        if (inputs.length != z.length) {
            throw new IllegalArgumentException("The inputs (" + inputs.length + " values) and the targets ("
                    + z.length + ") must be the same series' length.");
        }
        Scratch s = new Scratch();
        double sum = 0;
        for (int k = from; k < to; k++) {
            int t = targets[k];
            if (t < order || t >= z.length) {
                throw new IllegalArgumentException("Target " + t + " is outside " + order + ".." + (z.length - 1)
                        + ".");
            }
            sum += s.gradient(theta, inputs, z[t], t, weight, grad);
        }
        return sum;
    }

    @Override
    public Predictive predictive(double[] theta, double[] z, int t) {
        if (t < order || t > z.length) {
            throw new IllegalArgumentException("A window of " + order + " values predicts t = " + order + ".."
                    + z.length + ", not " + t + ".");
        }
        return head.predictive(theta, new Scratch().features(theta, z, t), 0);
    }

    @Override
    public double[] rollout(double[] theta, double[] prefix, int steps, ToDoubleFunction<Predictive> next) {
        if (prefix.length < order || steps < 0) {
            throw new IllegalArgumentException("A rollout needs at least " + order + " values to start from and 0 or "
                    + "more steps.");
        }
        double[] z = Arrays.copyOf(prefix, prefix.length + steps);
        Scratch s = new Scratch();
        for (int t = prefix.length; t < z.length; t++) {
            z[t] = next.applyAsDouble(head.predictive(theta, s.features(theta, z, t), 0));
        }
        return Arrays.copyOfRange(z, prefix.length, z.length);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder(isLinear() ? "linear AR(" + order + ")" : "MLP " + order);
        for (Dense d : layers) {
            sb.append(" → ").append(d.units()).append(" (").append(d.activation().key()).append(')');
        }
        return sb.append(" → ").append(head).toString();
    }
}
