package org.arlab.core.kl;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.arlab.core.ar.ArModel;
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
            for (int i = 0; i < n; i++) {
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
        Parallel.run(parts, "kl-linear", k -> new Kernel().draw(first, lr, co, cut[k], cut[k + 1]));
    }

    /** Sequences drawn side by side: independent recursions interleave in the processor instead of waiting. */
    private static final int LANES = 8;

    /** One thread's eight lanes: their streams, samplers and scratch. */
    private final class Kernel {
        private final SequenceStreams.Stream[] lanes = new SequenceStreams.Stream[LANES];
        private final ZigguratSampler.NormalizedGaussian[] gauss = new ZigguratSampler.NormalizedGaussian[LANES];
        /** One step's innovations of the eight lanes (a field: allocated per group of eight it cost ~4% at T = 10). */
        private final double[] innovations = new double[LANES];
        private final double[] x = new double[(initial.length + horizon) * LANES];
        private final double[] sums = new double[3 * LANES];

        Kernel() {
            for (int l = 0; l < LANES; l++) {
                lanes[l] = streams.stream(l);
                gauss[l] = ZigguratSampler.NormalizedGaussian.of(lanes[l]);
            }
        }

        /** Sequences first + from … first + to − 1 into lr and co at from … to − 1. */
        void draw(long first, double[] lr, double[] co, int from, int to) {
            int r = initial.length;
            double[] phiP = KlClosedForm.pad(p.phi(), r);
            double[] phiQ = KlClosedForm.pad(q.phi(), r);
            double sq = q.sigma();
            double sp = p.sigma();
            double inv2q = 1 / (2 * sq * sq);
            double logRatioSigma = Math.log(sq / sp);
            double constant = logRatioSigma + sp * sp * inv2q - 0.5;
            for (int m = from; m < to; m += LANES) {
                int count = Math.min(LANES, to - m);
                for (int l = 0; l < count; l++) {
                    lanes[l].moveTo(first + m + l);
                }
                sequences(x, count, phiP, phiQ, sums);
                for (int l = 0; l < count; l++) {
                    lr[m + l] = horizon * logRatioSigma + sums[l] * inv2q - 0.5 * sums[LANES + l];
                    co[m + l] = horizon * constant + sums[2 * LANES + l] * inv2q;
                }
            }
        }

        /**
         * Draws {@code lanes} sequences from p side by side and returns per lane l in {@code sums}
         * {Σ (x_k − g_k)², Σ ε_k², Σ (f_k − g_k)²} at l, LANES + l and 2·LANES + l. Lane l draws from its own
         * stream. x holds the initial values and the sequences, time-major and lane-minor.
         */
        private void sequences(double[] x, int lanes, double[] phiP, double[] phiQ, double[] sums) {
            int r = phiP.length;
            for (int i = 0; i < r; i++) {
                for (int l = 0; l < LANES; l++) {
                    x[(r - 1 - i) * LANES + l] = initial[i];
                }
            }
            java.util.Arrays.fill(sums, 0);
            double cp = p.intercept();
            double cq = q.intercept();
            double sp = p.sigma();
            double[] e = innovations;
            // the eight samplers in locals: read from the array at every draw they cost ~20% of the run (measured)
            ZigguratSampler.NormalizedGaussian g0 = gauss[0];
            ZigguratSampler.NormalizedGaussian g1 = gauss[1];
            ZigguratSampler.NormalizedGaussian g2 = gauss[2];
            ZigguratSampler.NormalizedGaussian g3 = gauss[3];
            ZigguratSampler.NormalizedGaussian g4 = gauss[4];
            ZigguratSampler.NormalizedGaussian g5 = gauss[5];
            ZigguratSampler.NormalizedGaussian g6 = gauss[6];
            ZigguratSampler.NormalizedGaussian g7 = gauss[7];
            for (int k = 0; k < horizon; k++) {
                int now = (k + r) * LANES;
                if (lanes == LANES) {
                    e[0] = g0.sample();
                    e[1] = g1.sample();
                    e[2] = g2.sample();
                    e[3] = g3.sample();
                    e[4] = g4.sample();
                    e[5] = g5.sample();
                    e[6] = g6.sample();
                    e[7] = g7.sample();
                } else {
                    for (int l = 0; l < lanes; l++) {
                        e[l] = gauss[l].sample();
                    }
                }
                for (int l = 0; l < LANES; l++) {
                    double f = cp;
                    double g = cq;
                    for (int i = 0; i < r; i++) {
                        double past = x[now - (1 + i) * LANES + l];
                        f += phiP[i] * past;
                        g += phiQ[i] * past;
                    }
                    double xk = f + sp * e[l];
                    x[now + l] = xk;
                    double diff = f - g;
                    double res = xk - g;
                    sums[l] += res * res;
                    sums[LANES + l] += e[l] * e[l];
                    sums[2 * LANES + l] += diff * diff;
                }
            }
        }
    }

    /**
     * Runs the kernel briefly on a throwaway problem so that the JIT compiles it before a real run (start-up of the
     * command line; the result is discarded). Many short sequences: the optimising compiler takes a method once it
     * has been called often enough, and with 4000 sequences of 200 steps (500 calls of the kernel) it took the
     * kernel only ~0.6 s into a real run, which ran on slow profiled code until then (PrintCompilation).
     */
    public static void warmUp() {
        KlMonteCarlo mc = new KlMonteCarlo(ArModel.of(new double[] {0.5, -0.3}, 1),
                ArModel.of(new double[] {0.6, 0.2}, 1), 16, null, RandomStreams.perSequence(0));
        mc.advance(24_000, () -> false);
    }

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
