package org.arlab.core.neural;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The gated recurrent unit of MATH.md, problem 2D (Cho et al. 2014): {@code z = σ(W_z h + U_z x + b_z)},
 * {@code r = σ(W_r h + U_r x + b_r)}, {@code h̃ = tanh(W(r ⊙ h) + U x + b)}, {@code h' = (1 − z) ⊙ h + z ⊙ h̃}.
 * Its 3H(H + I + 1) parameters are three blocks of H(H + I + 1), in the order z, r, candidate, each laid out as an
 * {@link ElmanCell}'s: the recurrent matrix input-major ({@code i·H + j} from {@code h_i} to unit j), the input
 * matrix likewise, then the bias. The forward step caches z, r and h̃ (3H values).
 */
public final class GruCell implements RecurrentCell {
    private final int hidden;
    private final int inputs;
    private final int offset;
    private final int block;

    private GruCell(int hidden, int inputs, int offset) {
        this.hidden = hidden;
        this.inputs = inputs;
        this.offset = offset;
        this.block = hidden * (hidden + inputs + 1);
    }

    /**
     * @param hidden H ≥ 1
     * @param inputs I ≥ 1
     * @param offset where its parameters start, ≥ 0
     * @throws IllegalArgumentException for a size below 1 or a negative offset
     */
    public static GruCell of(int hidden, int inputs, int offset) {
        ElmanCell.checkShape("A GRU", hidden, inputs, offset);
        return new GruCell(hidden, inputs, offset);
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
        return 3 * block;
    }

    @Override
    public int cacheSize() {
        return 3 * hidden;
    }

    @Override
    public int workSize() {
        return 4 * hidden;
    }

    @Override
    public void initialise(double[] theta, UniformRandomProvider rng) {
        int h = hidden;
        for (int k = 0; k < 3; k++) {
            int o = offset + k * block;
            Glorot.fill(theta, o, h * h, h, h, rng);
            Glorot.fill(theta, o + h * h, inputs * h, inputs, h, rng);
            Arrays.fill(theta, o + h * (h + inputs), o + block, 0.0);
        }
    }

    @Override
    public void forward(double[] theta, double[] prev, int pOff, double[] x, int xOff, double[] h, int hOff,
            double[] cache, int cOff) {
        int n = hidden;
        int zb = offset;
        int rb = offset + block;
        int cb = offset + 2 * block;
        int z = cOff;
        int r = cOff + n;
        int c = cOff + 2 * n;
        int bias = n * (n + inputs);
        System.arraycopy(theta, zb + bias, cache, z, n);
        System.arraycopy(theta, rb + bias, cache, r, n);
        System.arraycopy(theta, cb + bias, cache, c, n);
        for (int i = 0; i < n; i++) {
            double hi = prev[pOff + i];
            int zrow = zb + i * n;
            int rrow = rb + i * n;
            for (int j = 0; j < n; j++) {
                cache[z + j] += theta[zrow + j] * hi;
                cache[r + j] += theta[rrow + j] * hi;
            }
        }
        for (int i = 0; i < inputs; i++) {
            double xi = x[xOff + i];
            int row = n * n + i * n;
            for (int j = 0; j < n; j++) {
                cache[z + j] += theta[zb + row + j] * xi;
                cache[r + j] += theta[rb + row + j] * xi;
                cache[c + j] += theta[cb + row + j] * xi;
            }
        }
        for (int j = 0; j < n; j++) {
            cache[z + j] = Activation.logistic(cache[z + j]);
            cache[r + j] = Activation.logistic(cache[r + j]);
        }
        for (int i = 0; i < n; i++) {
            double rh = cache[r + i] * prev[pOff + i];
            int row = cb + i * n;
            for (int j = 0; j < n; j++) {
                cache[c + j] += theta[row + j] * rh;
            }
        }
        for (int j = 0; j < n; j++) {
            double ht = Activation.tanh(cache[c + j]);
            cache[c + j] = ht;
            double zj = cache[z + j];
            h[hOff + j] = (1 - zj) * prev[pOff + j] + zj * ht;
        }
    }

    @Override
    public void backward(double[] theta, double[] prev, int pOff, double[] x, int xOff, double[] h, int hOff,
            double[] cache, int cOff, double[] dh, int dOff, double[] grad, double[] dPrev, int dpOff,
            double[] work) {
        int n = hidden;
        int zb = offset;
        int rb = offset + block;
        int cb = offset + 2 * block;
        int z = cOff;
        int r = cOff + n;
        int c = cOff + 2 * n;
        int daz = 0;
        int dar = n;
        int dac = 2 * n;
        int drh = 3 * n;
        int bias = n * (n + inputs);
        for (int j = 0; j < n; j++) {
            double g = dh[dOff + j];
            double zj = cache[z + j];
            double ht = cache[c + j];
            work[dac + j] = g * zj * (1 - ht * ht);
            work[daz + j] = g * (ht - prev[pOff + j]) * zj * (1 - zj);
            dPrev[dpOff + j] = g * (1 - zj);
            grad[cb + bias + j] += work[dac + j];
            grad[zb + bias + j] += work[daz + j];
        }
        // candidate: W sees r ⊙ h
        for (int i = 0; i < n; i++) {
            double hi = prev[pOff + i];
            double rh = cache[r + i] * hi;
            int row = cb + i * n;
            double s = 0;
            for (int j = 0; j < n; j++) {
                grad[row + j] += rh * work[dac + j];
                s += theta[row + j] * work[dac + j];
            }
            work[drh + i] = s;
            double ri = cache[r + i];
            work[dar + i] = s * hi * ri * (1 - ri);
            dPrev[dpOff + i] += s * ri;
        }
        for (int i = 0; i < n; i++) {
            grad[rb + bias + i] += work[dar + i];
        }
        for (int i = 0; i < n; i++) {
            double hi = prev[pOff + i];
            int zrow = zb + i * n;
            int rrow = rb + i * n;
            double s = 0;
            for (int j = 0; j < n; j++) {
                grad[zrow + j] += hi * work[daz + j];
                grad[rrow + j] += hi * work[dar + j];
                s += theta[zrow + j] * work[daz + j] + theta[rrow + j] * work[dar + j];
            }
            dPrev[dpOff + i] += s;
        }
        for (int i = 0; i < inputs; i++) {
            double xi = x[xOff + i];
            int row = n * n + i * n;
            for (int j = 0; j < n; j++) {
                grad[zb + row + j] += xi * work[daz + j];
                grad[rb + row + j] += xi * work[dar + j];
                grad[cb + row + j] += xi * work[dac + j];
            }
        }
    }

    @Override
    public void stateJacobian(double[] theta, double[] prev, double[] x, double[] out) {
        int n = hidden;
        double[] cache = new double[3 * n];
        double[] h = new double[n];
        forward(theta, prev, 0, x, 0, h, 0, cache, 0);
        int zb = offset;
        int rb = offset + block;
        int cb = offset + 2 * block;
        // a_k = h_k r_k (1 − r_k): ∂(r ⊙ h)_k/∂h_i = r_k δ_ki + a_k W_r(i, k)
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            double rk = cache[n + k];
            a[k] = prev[k] * rk * (1 - rk);
        }
        for (int j = 0; j < n; j++) {
            double zj = cache[j];
            double ht = cache[2 * n + j];
            double gz = (ht - prev[j]) * zj * (1 - zj);
            double gc = zj * (1 - ht * ht);
            for (int i = 0; i < n; i++) {
                double s = theta[cb + i * n + j] * cache[n + i];
                for (int k = 0; k < n; k++) {
                    s += theta[cb + k * n + j] * a[k] * theta[rb + i * n + k];
                }
                out[j * n + i] = (i == j ? 1 - zj : 0) + gz * theta[zb + i * n + j] + gc * s;
            }
        }
    }

    @Override
    public String toString() {
        return "GruCell(H = " + hidden + ", I = " + inputs + ")";
    }
}
