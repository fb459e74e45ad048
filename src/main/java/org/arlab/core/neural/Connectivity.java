package org.arlab.core.neural;

/**
 * Connectivity (MATH.md, problem 2D; Madsen, "Visualizing memorization in RNNs", Distill 2019): how much the
 * predictive mean of x_t moves with an earlier input, {@code c_t(k) = ∂μ(x_<t)/∂x_{t−k}}, k = 1, 2, …, for a trained
 * network with a Gaussian head. The ratio is the same in data units and in standardised ones
 * ({@code μ_x = m + s μ_z}, {@code x = m + s z}), so it is computed on z.
 * <ul>
 * <li>A window model of p values: backpropagation of {@code ∂μ/∂features = w} (the head's weights) through its dense
 * layers to the window; {@code c_t(k) = 0} exactly for k &gt; p (nothing is computed there).</li>
 * <li>A recurrent model: the states S_0 = 0, S_{j+1} = cell(S_j, z_j) are run once over the series; for a target t,
 * {@code ∂μ/∂S_t = w} is carried back step by step with the cell's own backward step (as in training), and since
 * every pre-activation of a cell is {@code … + U_g x + b_g}, the derivative with respect to the input z_j is
 * {@code Σ_g U_gᵀ ∂μ/∂b_g}, read off the bias gradients of that step.</li>
 * </ul>
 * Computed once per series; {@link #lags(int, int)} for each target. Not thread-safe (scratch arrays are reused).
 */
public final class Connectivity {
    private final SeriesNetwork network;
    private final double[] theta;
    private final double[] z;
    private final double[] states;
    private final double[] cache;
    private final double[] grad;
    private final double[] work;
    private final double[] dCur;
    private final double[] dPrev;

    private Connectivity(TrainedModel model, double[] x) {
        this.network = model.network();
        if (!(network.head() instanceof GaussianHead)) {
            throw new IllegalArgumentException("Connectivity is the derivative of the predictive mean of a Gaussian "
                    + "head; this network has " + network.head() + ".");
        }
        this.theta = model.theta();
        this.z = model.scaling().apply(x);
        if (network instanceof RecurrentModel r) {
            RecurrentCell cell = r.cell();
            int h = cell.hidden();
            int cs = cell.cacheSize();
            states = new double[(z.length + 1) * h];
            cache = new double[Math.max(1, z.length * cs)];
            for (int j = 0; j < z.length; j++) {
                cell.forward(theta, states, j * h, z, j, states, (j + 1) * h, cache, j * cs);
            }
            work = new double[cell.workSize()];
            dCur = new double[h];
            dPrev = new double[h];
        } else {
            states = null;
            cache = null;
            work = null;
            dCur = null;
            dPrev = null;
        }
        this.grad = new double[theta.length];
    }

    /**
     * @param model a trained network with a Gaussian head
     * @param x the series in data units
     * @throws IllegalArgumentException for another head
     */
    public static Connectivity of(TrainedModel model, double[] x) {
        return new Connectivity(model, x);
    }

    /**
     * @param t the target, first() ≤ t ≤ n (n: the value after the series)
     * @param maxLag K ≥ 1
     * @return {@code c_t(k)} at index k − 1 for k = 1..K; 0 where t − k &lt; 0
     */
    public double[] lags(int t, int maxLag) {
        if (t < network.first() || t > z.length || maxLag < 1) {
            throw new IllegalArgumentException("Connectivity needs a target " + network.first() + ".." + z.length
                    + " and at least one lag, not t = " + t + ", K = " + maxLag + ".");
        }
        double[] out = new double[maxLag];
        GaussianHead head = (GaussianHead) network.head();
        int d = head.inputs();
        if (network instanceof WindowModel w) {
            windowLags(w, head, t, out);
            return out;
        }
        RecurrentCell cell = ((RecurrentModel) network).cell();
        int h = cell.hidden();
        int cs = cell.cacheSize();
        double[] cur = dCur;
        double[] prev = dPrev;
        for (int i = 0; i < d; i++) {
            cur[i] = theta[head.offset() + i];
        }
        int blocks = cell instanceof GruCell ? 3 : 1;
        int block = h * (h + 2);
        int stop = Math.max(0, t - maxLag);
        for (int j = t - 1; j >= stop; j--) {
            double[] before = new double[blocks * h];
            for (int g = 0; g < blocks; g++) {
                int bias = cell.offset() + g * block + h * h + h;
                System.arraycopy(grad, bias, before, g * h, h);
            }
            cell.backward(theta, states, j * h, z, j, states, (j + 1) * h, cache, j * cs, cur, 0, grad, prev, 0,
                    work);
            double dx = 0;
            for (int g = 0; g < blocks; g++) {
                int u = cell.offset() + g * block + h * h;
                int bias = u + h;
                for (int i = 0; i < h; i++) {
                    dx += theta[u + i] * (grad[bias + i] - before[g * h + i]);
                }
            }
            out[t - j - 1] = dx;
            double[] swap = cur;
            cur = prev;
            prev = swap;
        }
        java.util.Arrays.fill(grad, 0.0);
        return out;
    }

    private void windowLags(WindowModel w, GaussianHead head, int t, double[] out) {
        int p = w.order();
        Dense[] layers = w.layers();
        double[] window = new double[p];
        for (int i = 0; i < p; i++) {
            window[i] = z[t - 1 - i];
        }
        double[][] outs = new double[layers.length][];
        double[] in = window;
        for (int l = 0; l < layers.length; l++) {
            outs[l] = new double[layers[l].units()];
            layers[l].forward(theta, in, 0, outs[l], 0);
            in = outs[l];
        }
        double[] delta = new double[head.inputs()];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = theta[head.offset() + i];
        }
        for (int l = layers.length - 1; l >= 0; l--) {
            double[] x = l == 0 ? window : outs[l - 1];
            double[] dx = new double[layers[l].inputs()];
            layers[l].backward(theta, x, 0, outs[l], 0, delta, 0, grad, dx, 0);
            delta = dx;
        }
        java.util.Arrays.fill(grad, 0.0);
        for (int k = 1; k <= Math.min(p, out.length); k++) {
            out[k - 1] = delta[k - 1];
        }
    }

    /**
     * The mean of |c_t(k)| over the targets given, per lag.
     *
     * @param targets targets, each first() ≤ t ≤ n
     * @param maxLag K
     * @return the mean absolute connectivity at k − 1 for k = 1..K
     */
    public double[] meanAbsolute(int[] targets, int maxLag) {
        double[] mean = new double[maxLag];
        for (int t : targets) {
            double[] c = lags(t, maxLag);
            for (int k = 0; k < maxLag; k++) {
                mean[k] += Math.abs(c[k]) / targets.length;
            }
        }
        return mean;
    }
}
