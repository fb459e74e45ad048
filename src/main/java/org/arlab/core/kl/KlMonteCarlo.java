package org.arlab.core.kl;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.arlab.core.ar.ArModel;
import org.arlab.core.montecarlo.Cancellation;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.RunningMean;
import org.arlab.core.montecarlo.Trace;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.random.SequenceStreams;

/**
 * Monte Carlo estimates of {@code KL_T(p‖q)} from sequences drawn from p (MATH.md, problem 2C, "Monte Carlo"), by
 * the two unbiased estimators: the log-ratio {@code log p(x) − log q(x)} and the conditional (Rao–Blackwellised)
 * {@code Σ_k KL(p(·|x_<k) ‖ q(·|x_<k))}, both averaged over M sequences that start from the same fixed initial
 * values as the closed form.
 * <p>
 * Sampling is incremental ({@link #advance}) so a screen can watch the estimates settle. Sequence m (counted from 0)
 * draws its innovations from its own stream ({@link SequenceStreams#stream}), so the estimates after M sequences
 * depend on the seed and M only, never on how the M were split into batches. Not thread-safe.
 * <p>
 * Speed: eight sequences side by side so that their recursions overlap in the processor (measured 2.3 times faster
 * than one at a time), each lane with its own stream moved from sequence to sequence without allocating; with more
 * than one thread, each batch is cut into one contiguous part per thread, and the values are folded in sequence
 * order, so the estimates do not depend on the number of threads.
 */
public final class KlMonteCarlo {
    private static final int CHUNK = 1 << 15;

    private final ArModel p;
    private final ArModel q;
    private final int horizon;
    private final double[] initial;
    private final SequenceStreams streams;
    private final int threads;
    /** The one-thread kernel, made when first needed (eight lanes' streams and scratch). */
    private Kernel kernel;
    private final RunningMean logRatio = new RunningMean();
    private final RunningMean conditional = new RunningMean();
    private final Trace logRatioTrace = new Trace();
    private final Trace conditionalTrace = new Trace();

    /**
     * @param p the model the sequences come from
     * @param q the other model
     * @param horizon T ≥ 1
     * @param initial fixed initial values, most recent first (missing ones are 0), or null for zeros
     * @param streams one random stream per sequence ({@link RandomStreams#perSequence(long)})
     */
    public KlMonteCarlo(ArModel p, ArModel q, int horizon, double[] initial, SequenceStreams streams) {
        this(p, q, horizon, initial, streams, 1);
    }

    /**
     * As {@link #KlMonteCarlo(ArModel, ArModel, int, double[], SequenceStreams)}, drawing on {@code threads} threads:
     * the estimates are the same bits for any number of threads (each sequence has its own stream, and the values are
     * folded in sequence order).
     *
     * @param threads worker threads, at least 1
     */
    public KlMonteCarlo(ArModel p, ArModel q, int horizon, double[] initial, SequenceStreams streams, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads + ".");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("The horizon T must be at least 1, not " + horizon + ".");
        }
        this.p = p;
        this.q = q;
        this.horizon = horizon;
        int r = Math.max(1, Math.max(p.order(), q.order()));
        this.initial = new double[r];
        if (initial != null) {
            System.arraycopy(initial, 0, this.initial, 0, Math.min(r, initial.length));
        }
        this.streams = java.util.Objects.requireNonNull(streams, "streams");
        this.threads = threads;
    }

    /**
     * Draws more sequences and folds them into the estimates.
     *
     * @param sequences how many to draw
     * @param cancelled polled between chunks; when it turns true, drawing stops early (the estimates stay valid)
     * @return how many were drawn
     * @throws ArithmeticException when a sequence, or the variance of the estimates, overflows double precision (p
     *     explosive over a long horizon, or an extreme ratio of the σ)
     */
    public long advance(long sequences, BooleanSupplier cancelled) {
        long done = 0;
        double[] lr = new double[(int) Math.min(CHUNK, Math.max(1, sequences))];
        double[] co = new double[lr.length];
        while (done < sequences && !cancelled.getAsBoolean()) {
            int n = (int) Math.min(lr.length, sequences - done);
            draw(logRatio.count(), lr, co, n);
            for (int i = 0; i < n; i += LANES) { // a call per eight values: compiled early, see fold
                fold(lr, co, i, Math.min(n, i + LANES));
            }
            done += n;
        }
        if (logRatio.count() > 1 && !(Double.isFinite(logRatio.unbiasedVariance())
                && Double.isFinite(conditional.unbiasedVariance()))) {
            throw new ArithmeticException("The sequences' log-likelihood ratios are so large that their variance "
                    + "overflows double precision: p is explosive or σ_p/σ_q is extreme; shorten the horizon.");
        }
        return done;
    }

    /**
     * Folds values from … to − 1 into the estimates and their traces, in order. A few values a call: the compilers
     * take a method once it has been called often enough, and a long loop only late, by on-stack replacement; one
     * loop over a chunk of 2¹⁵ values ran interpreted in a cold command line, ~12 ms a chunk with every other thread
     * waiting.
     */
    private void fold(double[] lr, double[] co, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(lr[i]) || !Double.isFinite(co[i])) {
                throw new ArithmeticException("A sequence drawn from p overflowed double precision within T = "
                        + horizon + " steps: p is explosive; shorten the horizon.");
            }
            logRatio.add(lr[i]);
            conditional.add(co[i]);
            long m = logRatio.count();
            if (logRatioTrace.due(m)) {
                logRatioTrace.record(logRatio.estimate(), Double.NaN);
                conditionalTrace.record(conditional.estimate(), Double.NaN);
            }
        }
    }

    /**
     * Draws sequences first, first + 1, …, first + n − 1 into lr[0..n) and co[0..n): with more than one thread, the
     * range is cut into one part per thread at multiples of the lane count, the calling thread taking the first.
     */
    private void draw(long first, double[] lr, double[] co, int n) {
        int parts = Math.min(threads, Math.max(1, n / (4 * LANES)));
        if (parts == 1) {
            if (kernel == null) {
                kernel = new Kernel();
            }
            kernel.draw(first, lr, co, 0, n);
            return;
        }
        int[] cut = new int[parts + 1];
        for (int k = 1; k < parts; k++) {
            cut[k] = (int) ((long) n * k / parts) / LANES * LANES;
        }
        cut[parts] = n;
        // each kernel made by the thread that uses it, in its own allocation buffer: kernels made side by side by
        // one thread share cache lines (the streams' states), and two threads were slower than one
        Parallel.run(parts, "kl-linear", new java.util.function.IntConsumer() { // not a lambda: see Cancellation
            @Override
            public void accept(int k) {
                new Kernel().draw(first, lr, co, cut[k], cut[k + 1]);
            }
        });
    }

    /** Sequences drawn side by side: independent recursions interleave in the processor instead of waiting. */
    private static final int LANES = 8;

    /** One thread's eight lanes: their streams, samplers and scratch. */
    private final class Kernel {
        private final SequenceStreams.Stream[] lanes = new SequenceStreams.Stream[LANES];
        private final ZigguratSampler.NormalizedGaussian[] gauss = new ZigguratSampler.NormalizedGaussian[LANES];
        /** The lanes' innovations, time-major and lane-minor (a field: allocated per group it cost ~4% at T = 10). */
        private final double[] innovations = new double[horizon * LANES];
        /** The last r + 1 values of each lane, a row per time in rotation: x_k in row k mod (r + 1). */
        private final double[][] rows = new double[initial.length + 1][LANES];
        /** Per lane l: Σ (x_k − g_k)², Σ ε_k², Σ (f_k − g_k)² at l, LANES + l, 2·LANES + l. */
        private final double[] sums = new double[3 * LANES];

        private final double[] phiP;
        private final double[] phiQ;
        private final double inv2q;
        private final double logRatioSigma;
        private final double constant;

        Kernel() {
            for (int l = 0; l < LANES; l++) {
                lanes[l] = streams.stream(l);
                gauss[l] = ZigguratSampler.NormalizedGaussian.of(lanes[l]);
            }
            int r = initial.length;
            phiP = KlClosedForm.pad(p.phi(), r);
            phiQ = KlClosedForm.pad(q.phi(), r);
            double sq = q.sigma();
            double sp = p.sigma();
            inv2q = 1 / (2 * sq * sq);
            logRatioSigma = Math.log(sq / sp);
            constant = logRatioSigma + sp * sp * inv2q - 0.5;
        }

        /** Sequences first + from … first + to − 1 into lr and co at from … to − 1, a call of group per eight. */
        void draw(long first, double[] lr, double[] co, int from, int to) {
            for (int m = from; m < to; m += LANES) {
                group(first, m, Math.min(LANES, to - m), lr, co);
            }
        }

        /** Sequences first + m … first + m + count − 1 into lr and co at m … m + count − 1. */
        private void group(long first, int m, int count, double[] lr, double[] co) {
            for (int l = 0; l < count; l++) {
                lanes[l].moveTo(first + m + l);
            }
            sequences(count);
            for (int l = 0; l < count; l++) {
                lr[m + l] = horizon * logRatioSigma + sums[l] * inv2q - 0.5 * sums[LANES + l];
                co[m + l] = horizon * constant + sums[2 * LANES + l] * inv2q;
            }
        }

        /**
         * Draws {@code lanes} sequences from p side by side into the sums. Lane l draws from its own stream.
         * <p>
         * Small methods rather than one large loop: each lane's T innovations first, in the order its stream gives
         * them ({@link #normals}), then the recursions, which call nothing ({@link #recursions}). The optimising
         * compiler took ~140-180 ms over the one loop with eight samplers inlined, and on a command line's two busy
         * cores it arrived when the run was nearly over, which ran on slow profiled code until then
         * (PrintCompilation). The same numbers, added in the same order, as that loop.
         */
        private void sequences(int lanes) {
            int r = phiP.length;
            for (int i = 0; i < r; i++) {
                java.util.Arrays.fill(rows[r - i], initial[i]); // x_{−1−i} in row −1 − i mod (r + 1)
            }
            double[] e = innovations;
            for (int l = 0; l < lanes; l++) {
                for (int k = 0; k < horizon; k += BLOCK) {
                    normals(gauss[l], e, l, k, Math.min(horizon, k + BLOCK));
                }
            }
            for (int l = lanes; l < LANES; l++) { // lanes without a sequence: zeros, their sums unread
                zeros(e, l, horizon);
            }
            java.util.Arrays.fill(sums, 0);
            double cp = p.intercept();
            double cq = q.intercept();
            double sp = p.sigma();
            for (int k = 0, row = 0; k < horizon; k += BLOCK) {
                row = recursions(rows, row, e, phiP, phiQ, cp, cq, sp, k, Math.min(horizon, k + BLOCK), sums);
            }
        }
    }

    /**
     * Steps a call of {@link #normals} and {@link #recursions} takes. Short calls: the optimising compiler takes a
     * method once it has been called often enough, and a loop that has run long before that by on-stack replacement,
     * a separate compilation per loop that a cold command line paid for first (the kernel's compilations by
     * JFR: ~40 ms of the optimising compiler's ~90 ms were replacements on the stack).
     */
    private static final int BLOCK = 16;

    /** Fills e at times from … to − 1 of lane l with normals from its sampler, in the order it draws them. */
    private static void normals(ZigguratSampler.NormalizedGaussian g, double[] e, int l, int from, int to) {
        for (int k = from, at = from * LANES + l; k < to; k++, at += LANES) {
            e[at] = g.sample();
        }
    }

    private static void zeros(double[] e, int l, int n) {
        for (int k = 0, at = l; k < n; k++, at += LANES) {
            e[at] = 0;
        }
    }

    /**
     * The lanes' recursions at times from … to − 1, their innovations in e (time-major, lane-minor), x_from in row
     * {@code first}; returns the row of x_to. Per lane
     * f = c_p + φ_p,1·x_{k−1} + φ_p,2·x_{k−2} + … (added in that order), g likewise for q, x_k = f + σ_p·ε_k, and
     * the three sums, per lane l at l, LANES + l and 2·LANES + l of s. x_k is kept in row k mod (r + 1), the rows
     * found by comparisons, not remainders (three integer divisions a step cost more than the step's arithmetic).
     * <p>
     * The eight lanes written out, not a loop over them: the values stay in registers, the compilers have only the
     * two loops over k and i to work on, and a cold command line runs compiled code sooner (a loop over the lanes
     * was unrolled and vectorised by the optimising compiler in ~40 ms a compilation, several times over).
     */
    private static int recursions(double[][] rows, int first, double[] e, double[] phiP, double[] phiQ, double cp,
            double cq, double sp, int from, int to, double[] s) {
        int r = phiP.length;
        int row = first;
        for (int k = from, at = from * LANES; k < to; k++, row = row == r ? 0 : row + 1, at += LANES) {
            double f0 = cp, f1 = cp, f2 = cp, f3 = cp, f4 = cp, f5 = cp, f6 = cp, f7 = cp;
            double g0 = cq, g1 = cq, g2 = cq, g3 = cq, g4 = cq, g5 = cq, g6 = cq, g7 = cq;
            for (int i = 0, j = row == 0 ? r : row - 1; i < r; i++, j = j == 0 ? r : j - 1) {
                double a = phiP[i];
                double b = phiQ[i];
                double[] v = rows[j];
                double v0 = v[0];
                double v1 = v[1];
                double v2 = v[2];
                double v3 = v[3];
                double v4 = v[4];
                double v5 = v[5];
                double v6 = v[6];
                double v7 = v[7];
                f0 += a * v0;
                g0 += b * v0;
                f1 += a * v1;
                g1 += b * v1;
                f2 += a * v2;
                g2 += b * v2;
                f3 += a * v3;
                g3 += b * v3;
                f4 += a * v4;
                g4 += b * v4;
                f5 += a * v5;
                g5 += b * v5;
                f6 += a * v6;
                g6 += b * v6;
                f7 += a * v7;
                g7 += b * v7;
            }
            double[] out = rows[row];
            lane(out, 0, s, e[at + 0], f0, g0, sp);
            lane(out, 1, s, e[at + 1], f1, g1, sp);
            lane(out, 2, s, e[at + 2], f2, g2, sp);
            lane(out, 3, s, e[at + 3], f3, g3, sp);
            lane(out, 4, s, e[at + 4], f4, g4, sp);
            lane(out, 5, s, e[at + 5], f5, g5, sp);
            lane(out, 6, s, e[at + 6], f6, g6, sp);
            lane(out, 7, s, e[at + 7], f7, g7, sp);
        }
        return row;
    }

    /** Lane l's value x_k = f + σ_p·ε into out[l], and its three sums. */
    private static void lane(double[] out, int l, double[] s, double eps, double f, double g, double sp) {
        double xk = f + sp * eps;
        out[l] = xk;
        double diff = f - g;
        double res = xk - g;
        s[l] += res * res;
        s[LANES + l] += eps * eps;
        s[2 * LANES + l] += diff * diff;
    }

    /**
     * Runs the kernel briefly on a throwaway problem so that the JIT compiles it before a real run (start-up of the
     * command line; the result is discarded). Many short calls of few short sequences: the compilers take a method
     * once it has been called often enough, and a loop that has run long enough only by on-stack replacement, one
     * compilation per loop, late. With one call of 24 000 sequences the loops around the kernel ({@code advance},
     * {@code draw}) ran interpreted for the first ~100 ms of a real run (PrintCompilation).
     */
    public static void warmUp() {
        KlMonteCarlo mc = new KlMonteCarlo(ArModel.of(new double[] {0.5, -0.3}, 1),
                ArModel.of(new double[] {0.6, 0.2}, 1), 16, null, RandomStreams.perSequence(0));
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            mc.advance(LANES, Cancellation.NEVER);
        }
    }

    private static final int WARM_UP_CALLS = 500;

    /** @return the number of sequences drawn so far */
    public long count() {
        return logRatio.count();
    }

    /** @return the log-ratio estimate */
    public Estimate logRatio() {
        return logRatio.estimate();
    }

    /** @return the conditional (Rao–Blackwellised) estimate */
    public Estimate conditional() {
        return conditional.estimate();
    }

    /** @return a copy of the log-ratio estimator's trace over M */
    public Trace logRatioTrace() {
        return logRatioTrace.copy();
    }

    /** @return a copy of the conditional estimator's trace over M */
    public Trace conditionalTrace() {
        return conditionalTrace.copy();
    }

    /** @return the horizon T */
    public int horizon() {
        return horizon;
    }

    /** @return a copy of the fixed initial values, most recent first */
    public double[] initial() {
        return Arrays.copyOf(initial, initial.length);
    }
}
