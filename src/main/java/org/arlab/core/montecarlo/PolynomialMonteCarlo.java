package org.arlab.core.montecarlo;

import org.arlab.core.random.RandomStreams;

import java.util.function.BooleanSupplier;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The Monte Carlo estimate {@code (1/M) Σ f(x_m)} of {@code E f(x)}, {@code x ~ N(μ, s²)}, with its standard error
 * {@code sd(f)/√M} and the variance of f in its biased (1/M) and unbiased (1/(M − 1)) forms (MATH.md, problem 4).
 * Sampling is incremental; a histogram of the f values is kept over a range fixed by the exact mean and standard
 * deviation. Not thread-safe.
 */
public final class PolynomialMonteCarlo {
    /** Bins of the histogram. */
    public static final int BINS = 60;

    private static final String OVERFLOW = "The sampled values of f(x) overflow double precision (their squares "
            + "exceed 1.8·10³⁰⁸): use smaller coefficients, μ or s².";

    private final GaussianPolynomial f;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final RunningMean stats = new RunningMean();
    private final Trace trace = new Trace();
    private final double lo;
    private final double hi;
    private final long[] bins = new long[BINS];
    private long below;
    private long above;

    /**
     * @param f the polynomial and the law of x
     * @param rng the random source ({@link org.arlab.core.random.RandomStreams#of(long)})
     */
    public PolynomialMonteCarlo(GaussianPolynomial f, UniformRandomProvider rng) {
        this.f = f;
        this.rng = java.util.Objects.requireNonNull(rng, "rng");
        this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] range = histogramRange(f);
        lo = range[0];
        hi = range[1];
    }

    /** The histogram's range: the extremes of f over x in μ ± 3.5s, on a fine grid, with a 1% margin. */
    static double[] histogramRange(GaussianPolynomial f) {
        double s = Math.sqrt(f.varianceOfX());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 400; i++) {
            double x = f.mu() + s * (-3.5 + 7.0 * i / 400);
            double v = f.apply(x);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            min -= 0.5;
            max += 0.5;
        }
        double margin = 0.01 * (max - min); // the grid can miss a turning point by a hair
        return new double[] {min - margin, max + margin};
    }

    /**
     * Draws more samples.
     *
     * @param samples how many
     * @param cancelled polled every 65 536 samples; drawing stops early when it turns true
     * @return how many were drawn
     * @throws ArithmeticException when a value of f, or the sum of their squared deviations, overflows
     */
    public long advance(long samples, BooleanSupplier cancelled) {
        double s = Math.sqrt(f.varianceOfX());
        double mu = f.mu();
        double width = (hi - lo) / BINS;
        long done = 0;
        while (done < samples) {
            if ((done & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                break;
            }
            double v = f.apply(mu + s * gauss.sample());
            if (!Double.isFinite(v)) {
                throw new ArithmeticException(OVERFLOW);
            }
            stats.add(v);
            int b = (int) Math.floor((v - lo) / width);
            if (b < 0) {
                below++;
            } else if (b >= BINS) {
                if (v <= hi) {
                    bins[BINS - 1]++;
                } else {
                    above++;
                }
            } else {
                bins[b]++;
            }
            if (trace.due(stats.count())) {
                trace.record(stats.estimate(), stats.biasedVariance());
            }
            done++;
        }
        if (!Double.isFinite(stats.biasedVariance()) && stats.count() > 0) {
            throw new ArithmeticException(OVERFLOW);
        }
        return done;
    }

    /** @return the estimate of E f with its standard error */
    public Estimate estimate() {
        return stats.estimate();
    }

    /** @return the variance of f in the biased 1/M form */
    public double biasedVariance() {
        return stats.biasedVariance();
    }

    /** @return the variance of f in the unbiased 1/(M − 1) form */
    public double unbiasedVariance() {
        return stats.unbiasedVariance();
    }

    /** @return the trace of the estimate; its extras are the biased variance (the unbiased is biased·M/(M − 1)) */
    public Trace trace() {
        return trace.copy();
    }

    /** @return the histogram's counts */
    public long[] histogram() {
        return bins.clone();
    }

    /** @return the histogram's range {lo, hi} */
    public double[] histogramRange() {
        return new double[] {lo, hi};
    }

    /** @return samples below and above the histogram's range */
    public long[] outside() {
        return new long[] {below, above};
    }

    /** @return M */
    public long count() {
        return stats.count();
    }

    /** @return the polynomial */
    public GaussianPolynomial polynomial() {
        return f;
    }
}
