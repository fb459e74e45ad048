package org.arlab.cli;

import org.arlab.core.random.RandomStreams;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

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
public final class McCommand implements Callable<Integer>, FastPath.Printing {
    @Spec
    CommandSpec spec;

    @Option(names = "--coefficients", required = true, split = ",",
            description = "Coefficients of 1, x, x^2, ... (default example: 1,1,1 for x^2 + x + 1).")
    double[] coefficients;

    @Option(names = "--mu", defaultValue = "0", description = "Mean of x (default ${DEFAULT-VALUE}).")
    double mu;

    @Option(names = "--variance", defaultValue = "1", description = "Variance of x (default ${DEFAULT-VALUE}).")
    double variance;

    @Option(names = "--samples", required = true, description = "Number of samples M (at least 2).")
    long samples;

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
        if (samples < 2) {
            throw new IllegalArgumentException("--samples M must be at least 2, not " + samples + ".");
        }
        if (variance < 0) {
            throw new IllegalArgumentException("--variance must be zero or positive, not " + variance + ".");
        }
        GaussianPolynomial f = new GaussianPolynomial(coefficients, mu, variance);
        PolynomialMonteCarlo mc = new PolynomialMonteCarlo(f, RandomStreams.of(seed));
        mc.advance(samples, () -> false);
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
