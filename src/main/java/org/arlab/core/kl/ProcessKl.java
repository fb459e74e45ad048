package org.arlab.core.kl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.RunningMean;
import org.arlab.core.montecarlo.Trace;
import org.arlab.core.neural.GaussianHead;
import org.arlab.core.neural.Predictive;
import org.arlab.core.process.LinearProcess;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.process.SequenceModel;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.random.SequenceStreams;

/**
 * Monte Carlo estimates of KL between any two autoregressive models given by their conditionals (MATH.md, problems 2C
 * and 3): linear AR, neural AR (window or recurrent, Gaussian or mixture head), or any other {@link SequenceModel}.
 * Sequences come from p; per sequence, over the T steps t = s..s+T−1 after a common start of s values:
 * <ul>
 * <li>log-ratio: {@code Σ_t log p(x_t | x_<t) − log q(x_t | x_<t)}, for every pair;</li>
 * <li>conditional (Rao–Blackwellised): {@code Σ_t KL(p(·|x_<t) ‖ q(·|x_<t))} in closed form when both conditionals
 * are Gaussian (any σ's);</li>
 * <li>nested: where a conditional is a mixture, each step's KL is itself estimated from {@value #INNER} draws
 * {@code y ~ p(·|x_<t)} as the mean of {@code log p(y|x_<t) − log q(y|x_<t)}: unbiased, with the inner noise added
 * to the variance (MATH.md 3: a mixture has no per-step closed form).</li>
 * </ul>
 * <b>The start.</b> s = the larger of the two models' first conditionals: 0 for a stationary linear AR (its exact
 * stationary law is part of the path, see {@link LinearProcess}), p for a non-stationary one (zeros), the length of
 * a network's fixed prefix ({@link NetworkProcess}). The path x_0..x_{s−1} is p's own (a network: its prefix), and q
 * is scored on it; the KL of the start is not counted, which is exact when both share it (two networks with one
 * prefix: its KL is 0). {@link #notes()} says when the starts differ.
 * <p>
 * <b>The whole curve.</b> By the chain rule {@code KL_t(p‖q) = Σ_{k≤t} E[per-step KL at k]} for every t, so the same
 * sequences give the curve KL_t against t = 1..T at once ({@link #cumulative()}): per sequence the partial sums
 * {@code c_t} of the conditional estimator's steps, averaged over the sequences per t, each with the standard error
 * of its own per-sequence partial sums (the steps of one sequence are correlated: their variances do not add). The
 * last point is the whole-horizon conditional estimate itself; the slope over the second half estimates the rate κ.
 * <p>
 * <b>Reproducible.</b> Sequence m draws from its own stream ({@link RandomStreams#perSequence}), the inner draws of the
 * nested estimator from a second family of streams, and the sums are folded in sequence order; so the estimates after
 * M sequences depend on the seed and M only, never on the number of threads or the batch sizes. A Gaussian step draws
 * {@code x_t = μ + σ·z} with one ziggurat normal z (as {@link KlMonteCarlo}, so a linear network reproduces it); a
 * mixture step first one {@code nextDouble()} for the component (as {@link Predictive#draw}). Not thread-safe
 * itself; {@link #advance} spreads the sequences over worker threads.
 */
public final class ProcessKl {
    /** Inner draws per step of the nested estimator. */
    public static final int INNER = 16;
    private static final int CHUNK = 64;
    /** The most partial sums a block holds (16 MB): T = 2000 folds ~1000 sequences a block. */
    private static final int PARTIALS = 1 << 21;
    private static final long INNER_SALT = 0x6A09E667F3BCC909L;

    /** How the conditional estimator computes a step's KL. */
    public enum Method {
        /** Both conditionals Gaussian: the closed form. */
        GAUSSIAN,
        /** A mixture on either side: an inner Monte Carlo. */
        NESTED
    }

    private final SequenceModel p;
    private final SequenceModel q;
    private final int horizon;
    private final int start;
    private final int threads;
    private final SequenceStreams streams;
    private final SequenceStreams inner;
    private final RunningMean logRatio = new RunningMean();
    private final RunningMean conditional = new RunningMean();
    private final Trace logRatioTrace = new Trace();
    private final Trace conditionalTrace = new Trace();
    private final Method method;
    /** Per t = 1..T−1: the first sequence's partial sum (a shift, for precision), then Σ(c_t − shift), Σ(c_t − shift)². */
    private final double[] shift;
    private final double[] sum;
    private final double[] squares;
    /** Per sequence c_T − c_h, h = ⌊T/2⌋: the slope over the second half (the rate κ for long T). */
    private final RunningMean secondHalf = new RunningMean();
    /** The partial sums c_1..c_T of the block's sequences, row by row (reused). */
    private double[] partials = new double[0];
    private long nanos;

    /**
     * @param p the model the sequences come from
     * @param q the other model
     * @param horizon T ≥ 1
     * @param seed fixes every draw
     * @param threads worker threads, ≥ 1 (the numbers do not depend on it)
     */
    public ProcessKl(SequenceModel p, SequenceModel q, int horizon, long seed, int threads) {
        if (p == null || q == null) {
            throw new IllegalArgumentException("KL needs two models p and q.");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("The horizon T must be at least 1, not " + horizon + ".");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread, not " + threads + ".");
        }
        this.p = p;
        this.q = q;
        this.horizon = horizon;
        this.start = Math.max(p.firstConditional(), q.firstConditional());
        this.threads = threads;
        this.streams = RandomStreams.perSequence(seed);
        this.inner = RandomStreams.perSequence(seed ^ INNER_SALT);
        this.method = gaussian(p) && gaussian(q) ? Method.GAUSSIAN : Method.NESTED;
        this.shift = new double[horizon - 1];
        this.sum = new double[horizon - 1];
        this.squares = new double[horizon - 1];
    }

    /** @return whether every conditional of the model is one Gaussian (linear AR, a network with a Gaussian head) */
    public static boolean gaussian(SequenceModel m) {
        return m instanceof LinearProcess
                || m instanceof NetworkProcess n && n.model().network().head() instanceof GaussianHead;
    }

    /** @return the threads the machine offers */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** @return how the conditional estimator computes a step's KL */
    public Method method() {
        return method;
    }

    /** @return s, the length of the common start (its values are not scored) */
    public int start() {
        return start;
    }

    /** @return sentences on the start (when p's and q's differ) and on the estimator used */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        String starts = startOf(p) + " (p); " + startOf(q) + " (q).";
        notes.add(Character.toUpperCase(starts.charAt(0)) + starts.substring(1));
        boolean differ = p instanceof NetworkProcess a && !(q instanceof NetworkProcess b
                && java.util.Arrays.equals(a.prefix(), b.prefix()))
                || !(p instanceof NetworkProcess) && q instanceof NetworkProcess || p.firstConditional() != start;
        if (differ) {
            notes.add("p and q start differently: both are scored on p's start (the first " + start + " values of "
                    + "each sequence, p's, are not counted).");
        }
        if (method == Method.NESTED) {
            notes.add("A conditional is a Gaussian mixture, which has no closed-form KL: the conditional estimator "
                    + "estimates each step's KL from " + INNER + " inner draws (nested Monte Carlo).");
        }
        return notes;
    }

    private static String startOf(SequenceModel m) {
        if (m instanceof LinearProcess l) {
            return l.stationaryStart() ? "a linear AR starts from its stationary law"
                    : "a non-stationary linear AR starts from zeros";
        }
        if (m instanceof NetworkProcess n) {
            return "a network starts from its fixed prefix of " + n.prefix().length + " values";
        }
        return m.name() + " starts from its own start (" + m.firstConditional() + " values)";
    }

    /**
     * Draws more sequences and folds them into the estimates, in sequence order.
     *
     * @param sequences how many
     * @param cancelled polled between blocks; when it turns true, drawing stops early (the estimates stay valid)
     * @return how many were drawn
     * @throws ArithmeticException when a sequence's log-ratio is not a finite number (a model explosive over T)
     */
    public long advance(long sequences, BooleanSupplier cancelled) {
        long done = 0;
        int block = (int) Math.max(1, Math.min(CHUNK * 16 * threads, PARTIALS / horizon));
        while (done < sequences && !cancelled.getAsBoolean()) {
            int n = (int) Math.min(block, sequences - done);
            long t0 = System.nanoTime();
            double[][] values = draw(logRatio.count(), n);
            nanos += System.nanoTime() - t0;
            for (int i = 0; i < n; i++) { // the whole block or none of it: the curve and the estimates keep one M
                if (!Double.isFinite(values[0][i]) || !Double.isFinite(values[1][i])) {
                    throw new ArithmeticException("A sequence drawn from p overflowed double precision within T = "
                            + horizon + " steps: a model is explosive; shorten the horizon.");
                }
            }
            int h = horizon / 2;
            for (int i = 0; i < n; i++) {
                double lr = values[0][i];
                double co = values[1][i];
                logRatio.add(lr);
                conditional.add(co);
                fold(i * horizon, logRatio.count() == 1);
                secondHalf.add(co - (h == 0 ? 0 : partials[i * horizon + h - 1]));
                long m = logRatio.count();
                if (logRatioTrace.due(m)) {
                    logRatioTrace.record(logRatio.estimate(), Double.NaN);
                    conditionalTrace.record(conditional.estimate(), Double.NaN);
                }
            }
            done += n;
        }
        return done;
    }

    /** Folds one sequence's partial sums c_1..c_{T−1} (from {@code partials[row]}) into the curve's sums. */
    private void fold(int row, boolean first) {
        double[] c = partials;
        int t1 = horizon - 1;
        if (first) {
            System.arraycopy(c, row, shift, 0, t1);
            return;
        }
        for (int k = 0; k < t1; k++) {
            double d = c[row + k] - shift[k];
            sum[k] += d;
            squares[k] += d * d;
        }
    }

    /** Sequences first..first+n−1 over the worker threads, chunk by chunk; @return {log-ratio[], conditional[]} */
    private double[][] draw(long first, int n) {
        double[] lr = new double[n];
        double[] co = new double[n];
        if (partials.length < n * horizon) {
            partials = new double[n * horizon];
        }
        double[] rows = partials;
        int chunk = Math.max(1, Math.min(CHUNK, n / (4 * threads))); // small blocks (long T) still use every thread
        int chunks = (n + chunk - 1) / chunk;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                Worker w = new Worker();
                for (int c = next.getAndIncrement(); c < chunks && failure.get() == null; c = next.getAndIncrement()) {
                    int to = Math.min(n, (c + 1) * chunk);
                    for (int i = c * chunk; i < to; i++) {
                        w.sequence(first + i, lr, co, i, rows);
                    }
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        };
        Parallel.run(Math.min(threads, chunks), "kl-sampler", k -> work.run());
        if (failure.get() != null) {
            throw failure.get();
        }
        return new double[][] {lr, co};
    }

    /** One thread's scratch: the two steppers, the path, the streams. */
    private final class Worker {
        final Stepper sp = Stepper.of(p);
        final Stepper sq = Stepper.of(q);
        final double[] x = new double[start + horizon];
        final SequenceStreams.Stream rs = streams.stream(0);
        final SequenceStreams.Stream ri = inner.stream(0);
        final ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rs);
        final ZigguratSampler.NormalizedGaussian innerGauss = ZigguratSampler.NormalizedGaussian.of(ri);
        final double[] pMean = new double[horizon];
        final double[] pSd = new double[horizon];
        final Predictive[] pMix = new Predictive[horizon];
        double klS = Double.NaN;
        double klR = Double.NaN;
        double klConstant;

        void sequence(long index, double[] lrOut, double[] coOut, int at, double[] rows) {
            int row = at * horizon;
            rs.moveTo(index);
            ri.moveTo(index);
            double lr = 0;
            double co = 0;
            double[] path;
            Predictive[] pc = null;
            if (sp != null) {
                path = x;
                int t0 = p.firstConditional();
                java.util.Arrays.fill(x, 0, t0, 0.0);
                if (p instanceof NetworkProcess n) {
                    double[] pre = n.prefix();
                    System.arraycopy(pre, 0, x, 0, pre.length);
                }
                for (int t = t0; t < x.length; t++) {
                    sp.at(x, t);
                    double v = sp.gaussian ? sp.mean + sp.sd * gauss.sample()
                            : sp.mixture.draw(rs.nextDouble(), gauss.sample());
                    x[t] = v;
                    if (t >= start) {
                        int k = t - start;
                        lr += sp.logDensity(v);
                        pMix[k] = sp.gaussian ? null : sp.mixture;
                        pMean[k] = sp.mean;
                        pSd[k] = sp.sd;
                    }
                }
            } else {
                path = p.sample(start + horizon, rs);
                pc = p.conditionals(path, start, start + horizon);
                for (int k = 0; k < horizon; k++) {
                    lr += pc[k].logDensity(path[start + k]);
                }
            }
            Predictive[] qc = sq == null ? q.conditionals(path, start, start + horizon) : null;
            for (int k = 0; k < horizon; k++) {
                int t = start + k;
                double xt = path[t];
                boolean pg;
                double pm = 0;
                double ps = 0;
                Predictive pPred = null;
                if (pc == null) {
                    pg = pMix[k] == null;
                    pm = pMean[k];
                    ps = pSd[k];
                    pPred = pMix[k];
                } else {
                    pPred = pc[k];
                    pg = pPred.components() == 1;
                    if (pg) {
                        pm = pPred.means()[0];
                        ps = pPred.sds()[0];
                    }
                }
                boolean qg;
                double qm = 0;
                double qs = 0;
                Predictive qPred = null;
                if (qc == null) {
                    sq.at(path, t);
                    qg = sq.gaussian;
                    qm = sq.mean;
                    qs = sq.sd;
                    qPred = sq.mixture;
                    lr -= sq.logDensity(xt);
                } else {
                    qPred = qc[k];
                    qg = qPred.components() == 1;
                    if (qg) {
                        qm = qPred.means()[0];
                        qs = qPred.sds()[0];
                    }
                    lr -= qPred.logDensity(xt);
                }
                if (pg && qg) {
                    if (ps != klS || qs != klR) { // constant σ's (linear AR, Gaussian heads): one log per sequence
                        klS = ps;
                        klR = qs;
                        klConstant = Math.log(qs / ps) + ps * ps / (2 * qs * qs) - 0.5;
                    }
                    double d = pm - qm;
                    co += klConstant + d * d / (2 * qs * qs);
                } else {
                    co += nested(pg, pm, ps, pPred, qg, qm, qs, qPred);
                }
                rows[row + k] = co;
            }
            lrOut[at] = lr;
            coOut[at] = co;
        }

        /** One step's KL by {@value #INNER} draws from p's conditional. */
        private double nested(boolean pg, double pm, double ps, Predictive pPred, boolean qg, double qm, double qs,
                Predictive qPred) {
            double sum = 0;
            for (int j = 0; j < INNER; j++) {
                double y = pg ? pm + ps * innerGauss.sample() : pPred.draw(ri.nextDouble(), innerGauss.sample());
                sum += (pg ? gaussLog(y, pm, ps) : pPred.logDensity(y)) - (qg ? gaussLog(y, qm, qs)
                        : qPred.logDensity(y));
            }
            return sum / INNER;
        }
    }

    private static double gaussLog(double y, double m, double s) {
        double r = (y - m) / s;
        return -org.arlab.core.neural.Head.HALF_LOG_2PI - Math.log(s) - 0.5 * r * r;
    }

    /** @return the number of sequences drawn so far */
    public long count() {
        return logRatio.count();
    }

    /** @return the log-ratio estimate */
    public Estimate logRatio() {
        return logRatio.estimate();
    }

    /** @return the conditional estimate (closed-form steps or nested, see {@link #method()}) */
    public Estimate conditional() {
        return conditional.estimate();
    }

    /**
     * @return KL_t(p‖q) for t = 1..T from the sequences so far, each with its standard error (the last point is
     *     {@link #conditional()}), and the slope over the second half; empty before the first sequence
     */
    public CumulativeKl cumulative() {
        long m = conditional.count();
        if (m == 0) {
            return new CumulativeKl(new double[0], new double[0], 0, secondHalf.estimate(), horizon / 2);
        }
        double[] mean = new double[horizon];
        double[] se = new double[horizon];
        for (int k = 0; k < horizon - 1; k++) {
            double d = sum[k] / m;
            mean[k] = shift[k] + d;
            se[k] = m < 2 ? Double.NaN : Math.sqrt(Math.max(0, (squares[k] - sum[k] * d) / (m - 1)) / m);
        }
        Estimate whole = conditional.estimate();
        mean[horizon - 1] = whole.mean();
        se[horizon - 1] = whole.stdError();
        return new CumulativeKl(mean, se, m, secondHalf.estimate(), horizon / 2);
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

    /** @return the mean wall-clock time per sequence so far, seconds (NaN before the first) */
    public double secondsPerSequence() {
        return count() == 0 ? Double.NaN : nanos * 1e-9 / count();
    }

    /** @return p */
    public SequenceModel p() {
        return p;
    }

    /** @return q */
    public SequenceModel q() {
        return q;
    }
}
