package org.arlab.core.neural;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The Elman cell {@code h_k = tanh(W h_{k−1} + U x_k + b)} (MATH.md, problem 2D). Its H(H + I + 1) parameters, from
 * {@link #offset()}: W input-major (the weight from {@code h_{k−1},i} to unit j at {@code offset + i·H + j}), then U
 * likewise ({@code offset + H² + i·H + j}), then b ({@code offset + H² + I·H + j}). Its state Jacobian is
 * {@code diag(1 − h_k²) W}.
 */
public final class ElmanCell implements RecurrentCell {
    private final int hidden;
    private final int inputs;
    private final int offset;

    private ElmanCell(int hidden, int inputs, int offset) {
        this.hidden = hidden;
        this.inputs = inputs;
        this.offset = offset;
    }

    /**
     * @param hidden H ≥ 1
     * @param inputs I ≥ 1
     * @param offset where its parameters start, ≥ 0
     * @throws IllegalArgumentException for a size below 1 or a negative offset
     */
    public static ElmanCell of(int hidden, int inputs, int offset) {
        checkShape("An RNN", hidden, inputs, offset);
        return new ElmanCell(hidden, inputs, offset);
    }

    static void checkShape(String what, int hidden, int inputs, int offset) {
        if (hidden < 1 || inputs < 1) {
            throw new IllegalArgumentException(what + " cell needs at least one hidden unit and one input, not "
                    + hidden + " and " + inputs + ".");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("The parameter offset must be 0 or more, not " + offset + ".");
        }
    }

    @Override
    public int hidden() {
        return hidden;
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
        return hidden * (hidden + inputs + 1);
    }

    @Override
    public int cacheSize() {
        return 0;
    }

    @Override
    public int workSize() {
        return 0;
    }

    @Override
    public void initialise(double[] theta, UniformRandomProvider rng) {
        int h = hidden;
        Glorot.fill(theta, offset, h * h, h, h, rng);
        Glorot.fill(theta, offset + h * h, inputs * h, inputs, h, rng);
        Arrays.fill(theta, offset + h * (h + inputs), offset + size(), 0.0);
    }

    @Override
    public void forward(double[] theta, double[] prev, int pOff, double[] x, int xOff, double[] h, int hOff,
            double[] cache, int cOff) {
        int n = hidden;
        int w = offset;
        int u = offset + n * n;
        System.arraycopy(theta, u + inputs * n, h, hOff, n);
        for (int i = 0; i < n; i++) {
            double hi = prev[pOff + i];
            int row = w + i * n;
            for (int j = 0; j < n; j++) {
                h[hOff + j] += theta[row + j] * hi;
            }
        }
        for (int i = 0; i < inputs; i++) {
            double xi = x[xOff + i];
            int row = u + i * n;
            for (int j = 0; j < n; j++) {
                h[hOff + j] += theta[row + j] * xi;
            }
        }
        for (int j = 0; j < n; j++) {
            h[hOff + j] = Activation.tanh(h[hOff + j]);
        }
    }

    @Override
    public void backward(double[] theta, double[] prev, int pOff, double[] x, int xOff, double[] h, int hOff,
            double[] cache, int cOff, double[] dh, int dOff, double[] grad, double[] dPrev, int dpOff,
            double[] work) {
        int n = hidden;
        int w = offset;
        int u = offset + n * n;
        int b = u + inputs * n;
        for (int j = 0; j < n; j++) {
            double v = h[hOff + j];
            dh[dOff + j] *= 1 - v * v;
            grad[b + j] += dh[dOff + j];
        }
        for (int i = 0; i < n; i++) {
            double hi = prev[pOff + i];
            int row = w + i * n;
            double s = 0;
            for (int j = 0; j < n; j++) {
                grad[row + j] += hi * dh[dOff + j];
                s += theta[row + j] * dh[dOff + j];
            }
            dPrev[dpOff + i] = s;
        }
        for (int i = 0; i < inputs; i++) {
            double xi = x[xOff + i];
            int row = u + i * n;
            for (int j = 0; j < n; j++) {
                grad[row + j] += xi * dh[dOff + j];
            }
        }
    }

    @Override
    public void stateJacobian(double[] theta, double[] prev, double[] x, double[] out) {
        int n = hidden;
        double[] h = new double[n];
        forward(theta, prev, 0, x, 0, h, 0, null, 0);
        for (int j = 0; j < n; j++) {
            double g = 1 - h[j] * h[j];
            for (int i = 0; i < n; i++) {
                out[j * n + i] = g * theta[offset + i * n + j];
            }
        }
    }

    @Override
    public String toString() {
        return "ElmanCell(H = " + hidden + ", I = " + inputs + ")";
    }
}
