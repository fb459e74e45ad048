package org.arlab.core.kl;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.arlab.core.ar.ArModel;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.RunningMean;
import org.arlab.core.montecarlo.Trace;

/**
 * Monte Carlo estimates of {@code KL_T(p‖q)} from sequences drawn from p (MATH.md, problem 2C, "Monte Carlo"), by
 * the two unbiased estimators: the log-ratio {@code log p(x) − log q(x)} and the conditional (Rao–Blackwellised)
 * {@code Σ_k KL(p(·|x_<k) ‖ q(·|x_<k))}, both averaged over M sequences that start from the same fixed initial
 * values as the closed form.
 * <p>
 * Sampling is incremental ({@link #advance}) so a screen can watch the estimates settle; the sequences are drawn
 * from {@value #STREAMS} independent streams (jumps of one xoroshiro128++ generator) filled side by side, so the
 * result depends on the seed and the batch sizes only, not on the number of cores. Not thread-safe.
 */
public final class KlMonteCarlo {
    /** Random streams the sequences of a batch are split over. */
    public static final int STREAMS = 2;
    private static final int CHUNK = 1 << 15;

    private final ArModel p;
    private final ArModel q;
    private final int horizon;
    private final double[] initial;
    private final UniformRandomProvider[] streams = new UniformRandomProvider[STREAMS];
    private final RunningMean logRatio = new RunningMean();
    private final RunningMean conditional = new RunningMean();
    private final Trace logRatioTrace = new Trace();
    private final Trace conditionalTrace = new Trace();

    /**
     * @param p the model the sequences come from
     * @param q the other model
     * @param horizon T ≥ 1
     * @param initial fixed initial values, most recent first (missing ones are 0), or null for zeros
     * @param seed the seed
     */
    public KlMonteCarlo(ArModel p, ArModel q, int horizon, double[] initial, long seed) {
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
        JumpableUniformRandomProvider root = (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (int s = 0; s < STREAMS; s++) {
            streams[s] = root.jump();
        }
    }

    /**
     * Draws more sequences and folds them into the estimates.
     *
     * @param sequences how many to draw
     * @param cancelled polled between chunks; when it turns true, drawing stops early (the estimates stay valid)
     * @return how many were drawn
     * @throws ArithmeticException when a sequence overflows double precision (p explosive over a long horizon)
     */
    public long advance(long sequences, BooleanSupplier cancelled) {
        long done = 0;
        double[] lr = new double[(int) Math.min(CHUNK, Math.max(1, sequences))];
        double[] co = new double[lr.length];
        while (done < sequences && !cancelled.getAsBoolean()) {
            int n = (int) Math.min(lr.length, sequences - done);
            int half = (n + 1) / 2;
            IntStream.range(0, STREAMS).parallel().forEach(s -> {
                int from = s == 0 ? 0 : half;
                int to = s == 0 ? half : n;
                draw(streams[s], lr, co, from, to);
            });
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
        return done;
    }

    private void draw(UniformRandomProvider rng, double[] lr, double[] co, int from, int to) {
        int r = initial.length;
        double[] phiP = KlClosedForm.pad(p.phi(), r);
        double[] phiQ = KlClosedForm.pad(q.phi(), r);
        double cp = p.intercept();
        double cq = q.intercept();
        double sp = p.sigma();
        double sq = q.sigma();
        double inv2q = 1 / (2 * sq * sq);
        double logRatioSigma = Math.log(sq / sp);
        double constant = logRatioSigma + sp * sp * inv2q - 0.5;
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[r + horizon];
        for (int m = from; m < to; m++) {
            for (int i = 0; i < r; i++) {
                x[r - 1 - i] = initial[i];
            }
            double sumLr = 0;
            double sumSq = 0;
            for (int k = 0; k < horizon; k++) {
                int t = r + k;
                double f = cp;
                double g = cq;
                for (int i = 0; i < r; i++) {
                    double past = x[t - 1 - i];
                    f += phiP[i] * past;
                    g += phiQ[i] * past;
                }
                double e = gauss.sample();
                double xk = f + sp * e;
                x[t] = xk;
                double diff = f - g;
                double res = xk - g;
                sumLr += res * res * inv2q - 0.5 * e * e;
                sumSq += diff * diff;
            }
            lr[m] = horizon * logRatioSigma + sumLr;
            co[m] = horizon * constant + sumSq * inv2q;
        }
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
