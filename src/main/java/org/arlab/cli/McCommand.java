package org.arlab.cli;

import org.arlab.core.random.RandomStreams;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.montecarlo.Cancellation;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.GaussianPolynomial;
import org.arlab.core.montecarlo.PolynomialMonteCarlo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mc}: Monte Carlo estimate of E f(x) for a polynomial f and x ~ N(μ, s²), against the exact value. */
@Command(name = "mc", mixinStandardHelpOptions = true,
        description = "Monte Carlo estimate of E f(x), f a polynomial and x ~ N(mu, variance), with its standard "
                + "error and the variance of f (biased and unbiased), against the exact Gaussian moments.")
public final class McCommand implements Callable<Integer>, FastPath.Printing, FastPath.Tabled, Progress.Reporting {
    /** The options below, for {@link FastPath} (checked against the annotations by FastPathTest). */
    private static final FastPath.Opt[] FAST_OPTIONS = {
        new FastPath.Opt("--coefficients", "coefficients", null, true),
        new FastPath.Opt("--mu", "mu", "0", false),
        new FastPath.Opt("--variance", "variance", "1", false),
        new FastPath.Opt("--samples", "samples", null, true),
        new FastPath.Opt("--seed", "seed", "42", false),
        new FastPath.Opt("--json", "json", null, false),
    };

    @Override
    public FastPath.Opt[] fastOptions() {
        return FAST_OPTIONS;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--coefficients", required = true, split = ",",
            description = "Coefficients of 1, x, x^2, ..., at most 31 (degree 30), e.g. 1,1,1 for x^2 + x + 1.")
    double[] coefficients;

    @Option(names = "--mu", defaultValue = "0", description = "Mean of x (default ${DEFAULT-VALUE}).")
    double mu;

    @Option(names = "--variance", defaultValue = "1", description = "Variance of x (default ${DEFAULT-VALUE}).")
    double variance;

    @Option(names = "--samples", required = true,
            description = "Number of samples M, 2 to 1 000 000 000; M × (degree + 1) at most 5 000 000 000.")
    long samples;

    /** The most Horner steps M·(degree + 1). */
    static final long MAX_WORK = 5_000_000_000L;

    private Progress progress = Progress.NONE;

    @Override
    public void progress(Progress p) {
        progress = p;
    }

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object: exact, exactVariance, estimate, stdError, "
            + "variance {biased, unbiased}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine().getOut());
    }

    /** Runs the command, printing to {@code out} (also called by {@link FastPath}, without picocli). */
    @Override
    public int run(PrintWriter out) {
        Limits.range("--samples", samples, 2, Limits.MAX_SAMPLES);
        if (coefficients != null && coefficients.length > 0) {
            Limits.range("the degree of --coefficients", coefficients.length - 1L, 0, Limits.MAX_DEGREE);
            Limits.work("--samples × (degree + 1)", samples, coefficients.length, MAX_WORK, "steps");
        }
        if (!(variance >= 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("--variance must be zero or positive, not " + variance + ".");
        }
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("--mu must be a finite number, not " + mu + ".");
        }
        if (coefficients != null && coefficients.length > 0) {
            Limits.coefficients("--coefficients", coefficients);
            // |f(x)| for x within 40 standard deviations of μ: beyond 1e300 the draws overflow and the answer is NaN
            double reach = Math.abs(mu) + 40 * Math.sqrt(variance);
            double bound = 0;
            for (int k = coefficients.length - 1; k >= 0; k--) {
                bound = bound * reach + Math.abs(coefficients[k]);
            }
            if (!(bound <= 1e300)) {
                throw new IllegalArgumentException("f(x) passes 1e300 for x within 40 standard deviations of μ, "
                        + "beyond double precision; choose smaller coefficients, μ or variance.");
            }
        }
        GaussianPolynomial f = new GaussianPolynomial(coefficients, mu, variance);
        PolynomialMonteCarlo mc = new PolynomialMonteCarlo(f, RandomStreams.of(seed));
        for (long done = 0; done < samples; ) {
            long block = Math.min(1L << 20, samples - done);
            mc.advance(block, Cancellation.NEVER);
            done += block;
            progress.report((double) done / samples);
        }
        progress.done();
        Estimate e = mc.estimate();
        if (json) {
            Json j = new Json().beginObject();
            j.name("samples").value(samples).name("seed").value(seed);
            j.name("exact").value(f.mean()).name("exactVariance").value(f.variance());
            j.name("estimate").value(e.mean()).name("stdError").value(e.stdError());
            j.name("variance").beginObject().name("biased").value(mc.biasedVariance()).name("unbiased")
                    .value(mc.unbiasedVariance()).endObject();
            out.println(j.endObject());
        } else {
            out.printf(Locale.ROOT, "E f(x), exact             %.10g%n", f.mean());
            out.printf(Locale.ROOT, "estimate, M = %-10d %.8g +- %.3g (standard error)%n", samples, e.mean(),
                    e.stdError());
            out.printf(Locale.ROOT, "Var f(x), exact           %.10g%n", f.variance());
            out.printf(Locale.ROOT, "  biased (1/M)            %.8g%n", mc.biasedVariance());
            out.printf(Locale.ROOT, "  unbiased (1/(M-1))      %.8g%n", mc.unbiasedVariance());
        }
        out.flush();
        return 0;
    }
}
