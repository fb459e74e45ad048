package org.arlab.core.neural;

import java.util.function.ToDoubleFunction;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A recurrent model over the whole history (MATH.md, problem 2D): the state {@code S_0 = 0},
 * {@code S_{t+1} = cell(S_t, z_t)} with an {@link ElmanCell} or a {@link GruCell} reading one value per step, and
 * {@code z_t | z_<t ~ head(S_t)}. The first {@link #first()} values (the warm-up) are read but not scored, so that
 * the targets can match those of an AR(p) fit. Parameters: the cell from offset 0, then the head.
 * <p>
 * Training is backpropagation through time; {@link #gradient(double[], double[], int, double[], int, int, int,
 * double, double[])} can start from a carried state and truncate to k steps: the steps are cut into segments of k
 * from the start, and the gradient does not flow back across a segment's first state (which the forward pass still
 * carries). That is the exact gradient of the NLL with each segment's first state held constant.
 */
public final class RecurrentModel implements SeriesNetwork {
    /** The largest state. */
    public static final int MAX_HIDDEN = 256;

    /** The recurrent cells. */
    public enum Cell {
        /** The Elman RNN. */
        RNN("rnn"),
        /** The gated recurrent unit. */
        GRU("gru");

        private final String key;

        Cell(String key) {
            this.key = key;
        }

        /** @return the command-line name */
        public String key() {
            return key;
        }

        /** @return the cell named on the command line (rnn, gru) */
        public static Cell of(String key) {
            for (Cell c : values()) {
                if (c.key.equalsIgnoreCase(key.trim())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("Unknown cell '" + key + "': choose rnn or gru.");
        }

        /** @return the cell of H units on I inputs with its parameters from {@code offset} */
        public RecurrentCell build(int hidden, int inputs, int offset) {
            return this == RNN ? ElmanCell.of(hidden, inputs, offset) : GruCell.of(hidden, inputs, offset);
        }
    }

    private final RecurrentCell cell;
    private final Head head;
    private final int warmup;

    private RecurrentModel(RecurrentCell cell, Head head, int warmup) {
        this.cell = cell;
        this.head = head;
        this.warmup = warmup;
    }

    /**
     * @param kind RNN or GRU
     * @param hidden H, 1..256
     * @param warmup the number of values read before the first scored target, ≥ 0
     * @param head the output, on the state
     * @throws IllegalArgumentException for a size out of range
     */
    public static RecurrentModel of(Cell kind, int hidden, int warmup, HeadSpec head) {
        if (hidden < 1 || hidden > MAX_HIDDEN) {
            throw new IllegalArgumentException("The hidden state needs 1 to " + MAX_HIDDEN + " units, not " + hidden
                    + ".");
        }
        if (warmup < 0 || kind == null || head == null) {
            throw new IllegalArgumentException("A recurrent model needs a cell, a head and a warm-up of 0 or more.");
        }
        RecurrentCell cell = kind.build(hidden, 1, 0);
        return new RecurrentModel(cell, head.build(hidden, cell.size()), warmup);
    }

    /** @return the cell */
    public RecurrentCell cell() {
        return cell;
    }

    @Override
    public int parameterCount() {
        return cell.size() + head.size();
    }

    @Override
    public int first() {
        return warmup;
    }

    @Override
    public Head head() {
        return head;
    }

    @Override
    public void initialise(double[] theta, UniformRandomProvider rng) {
        cell.initialise(theta, rng);
        head.initialise(theta, rng);
    }

    @Override
    public double nll(double[] theta, double[] z, int from, int to, double[] out) {
        return nll(theta, z, 0, new double[cell.hidden()], from, to, out);
    }

    /**
     * The NLL of targets [from, to) running from the state S_start.
     *
     * @param state S_start on entry, S_to on return
     * @param out when not null, receives {@code −log p(z_t | z_<t)} at {@code out[t − from]}
     * @return {@code Σ_{t = from}^{to − 1} −log p(z_t | z_<t)}
     */
    public double nll(double[] theta, double[] z, int start, double[] state, int from, int to, double[] out) {
        checkChunk(theta, z.length, start, state, from, to);
        int h = cell.hidden();
        double[] cur = state.clone();
        double[] next = new double[h];
        double[] cache = new double[cell.cacheSize()];
        double[] work = new double[head.workSize()];
        double sum = 0;
        for (int t = start; t < to; t++) {
            if (t >= from) {
                double v = head.nll(theta, cur, 0, z[t], work);
                if (out != null) {
                    out[t - from] = v;
                }
                sum += v;
            }
            cell.forward(theta, cur, 0, z, t, next, 0, cache, 0);
            double[] swap = cur;
            cur = next;
            next = swap;
        }
        System.arraycopy(cur, 0, state, 0, h);
        return sum;
    }

    @Override
    public double gradient(double[] theta, double[] z, int from, int to, double weight, double[] grad) {
        return gradient(theta, z, 0, new double[cell.hidden()], from, to, 0, weight, grad);
    }

    /**
     * Backpropagation through time over the steps start..to−1 from the state S_start, scoring targets [from, to).
     *
     * @param state S_start on entry (held constant), S_to on return
     * @param truncation k ≥ 1 to cut the gradient every k steps from start, 0 for the full gradient
     * @return the NLL sum over the targets
     */
    public double gradient(double[] theta, double[] z, int start, double[] state, int from, int to, int truncation,
            double weight, double[] grad) {
        checkChunk(theta, z.length, start, state, from, to);
        if (truncation < 0) {
            throw new IllegalArgumentException("The truncation k must be 0 (none) or more, not " + truncation + ".");
        }
        int h = cell.hidden();
        int steps = to - start;
        int cs = cell.cacheSize();
        double[] states = new double[(steps + 1) * h];
        double[] cache = new double[steps * cs];
        System.arraycopy(state, 0, states, 0, h);
        for (int k = 0; k < steps; k++) {
            cell.forward(theta, states, k * h, z, start + k, states, (k + 1) * h, cache, k * cs);
        }
        double[] dCur = new double[h];
        double[] dPrev = new double[h];
        double[] work = new double[cell.workSize()];
        double[] headWork = new double[head.workSize()];
        double sum = 0;
        for (int k = steps - 1; k >= 0; k--) {
            int t = start + k;
            if (truncation > 0 && (k + 1) % truncation == 0) {
                java.util.Arrays.fill(dCur, 0.0); // S_{k+1} starts a segment: no gradient flows back through it
            }
            cell.backward(theta, states, k * h, z, t, states, (k + 1) * h, cache, k * cs, dCur, 0, grad, dPrev, 0,
                    work);
            if (t >= from) {
                sum += head.nllGradient(theta, states, k * h, z[t], weight, grad, dPrev, 0, headWork);
            }
            double[] swap = dCur;
            dCur = dPrev;
            dPrev = swap;
        }
        System.arraycopy(states, steps * h, state, 0, h);
        return sum;
    }

    private void checkChunk(double[] theta, int n, int start, double[] state, int from, int to) {
        checkRange(theta, n, from, to);
        if (start < 0 || start > from || state.length != cell.hidden()) {
            throw new IllegalArgumentException("A run starts at 0.." + from + " from a state of " + cell.hidden()
                    + " values, not at " + start + " from " + state.length + ".");
        }
    }

    /** @return the state S_t after reading z[0..t) from S_0 = 0 */
    public double[] state(double[] theta, double[] z, int t) {
        if (t < 0 || t > z.length) {
            throw new IllegalArgumentException("t must be 0.." + z.length + ", not " + t + ".");
        }
        int h = cell.hidden();
        double[] cur = new double[h];
        double[] next = new double[h];
        double[] cache = new double[cell.cacheSize()];
        for (int s = 0; s < t; s++) {
            cell.forward(theta, cur, 0, z, s, next, 0, cache, 0);
            double[] swap = cur;
            cur = next;
            next = swap;
        }
        return cur;
    }

    @Override
    public Predictive predictive(double[] theta, double[] z, int t) {
        if (t < warmup) {
            throw new IllegalArgumentException("The first target is t = " + warmup + ", not " + t + ".");
        }
        return head.predictive(theta, state(theta, z, t), 0);
    }

    @Override
    public Predictive[] predictives(double[] theta, double[] z, int from, int to) {
        if (from < warmup || from > to || to > z.length + 1) {
            throw new IllegalArgumentException("Targets " + from + ".." + (to - 1) + " are outside " + warmup + ".."
                    + z.length + ".");
        }
        double[] s = state(theta, z, from);
        double[] s2 = new double[s.length];
        double[] cache = new double[cell.cacheSize()];
        Predictive[] out = new Predictive[to - from];
        for (int t = from; t < to; t++) {
            out[t - from] = head.predictive(theta, s, 0);
            if (t < z.length) {
                cell.forward(theta, s, 0, z, t, s2, 0, cache, 0);
                double[] swap = s;
                s = s2;
                s2 = swap;
            }
        }
        return out;
    }

    @Override
    public double[] rollout(double[] theta, double[] prefix, int steps, ToDoubleFunction<Predictive> next) {
        if (prefix.length < warmup || steps < 0) {
            throw new IllegalArgumentException("A rollout needs at least " + warmup + " values to start from and 0 or "
                    + "more steps.");
        }
        double[] s = state(theta, prefix, prefix.length);
        double[] s2 = new double[s.length];
        double[] cache = new double[cell.cacheSize()];
        double[] x = new double[1];
        double[] out = new double[steps];
        for (int k = 0; k < steps; k++) {
            x[0] = next.applyAsDouble(head.predictive(theta, s, 0));
            out[k] = x[0];
            cell.forward(theta, s, 0, x, 0, s2, 0, cache, 0);
            double[] swap = s;
            s = s2;
            s2 = swap;
        }
        return out;
    }

    @Override
    public String describe() {
        return (cell instanceof GruCell ? "GRU" : "RNN") + " H = " + cell.hidden() + " → " + head;
    }
}
