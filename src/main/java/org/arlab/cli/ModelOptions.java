package org.arlab.cli;

import java.nio.file.Path;

import org.arlab.core.ar.ArFit;
import org.arlab.core.series.Series;
import org.arlab.core.series.SeriesFormatException;
import org.arlab.core.series.SeriesReader;

import picocli.CommandLine.Option;

/**
 * The options {@code forecast} and {@code diagnose} share with {@code fit} (a picocli mixin): which series, which
 * AR(p), fitted how. The fit is {@link ArFit.Method#fit}, the one the Fit lab and {@code fit} run.
 */
final class ModelOptions {
    @Option(names = "--input", required = true, description = "The file (CSV, TSV or whitespace separated).")
    Path input;

    @Option(names = "--column", description = "Column name or 1-based index (default: the last numeric column).")
    String column;

    @Option(names = "--order", required = true, description = "The order p.")
    int order;

    @Option(names = "--method", defaultValue = "ols",
            description = "ols (conditional MLE, least squares), mle (exact MLE), yule-walker or burg "
                    + "(default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--no-intercept", description = "Fit without an intercept (mean taken as 0).")
    boolean noIntercept;

    /** A series and the AR(p) fitted to it. */
    record Fitted(Series series, ArFit fit) {
        /** @return the values */
        double[] values() {
            return series.values();
        }
    }

    /**
     * Reads the series and fits the model, with the same checks as {@code fit}.
     *
     * @throws IllegalArgumentException for a bad order or method, or a fit that fails (with its reason)
     * @throws ArithmeticException for a degenerate fit: a coefficient that is not finite, σ̂² = 0 or infinite
     * @throws SeriesFormatException for a file that cannot be read as a series
     */
    Fitted fit() throws SeriesFormatException {
        if (order < 0) {
            throw new IllegalArgumentException("the order must be 0 or more, not " + order + ".");
        }
        ArFit.Method m = ArFit.Method.of(method);
        Series s = SeriesReader.read(input, column, 2 * order + (noIntercept ? 1 : 2));
        ArFit fit = m.fit(s.values(), order, !noIntercept);
        String what = "the " + m.label() + " fit of an AR(" + order + ") to " + s.name();
        for (double v : fit.phi()) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException(what + " is degenerate: φ̂ is not a finite number. Try a lower "
                        + "order or another method.");
            }
        }
        if (!Double.isFinite(fit.intercept())) {
            throw new ArithmeticException(what + " is degenerate: ĉ is not a finite number.");
        }
        if (!(fit.sigma2() > 0)) {
            throw new ArithmeticException(what + " leaves no error (σ̂² = 0): the series is exactly predictable, so "
                    + "forecast errors and residual correlations are undefined.");
        }
        if (!Double.isFinite(fit.sigma2())) {
            throw new ArithmeticException(what + ": σ̂² overflows double precision; rescale the series.");
        }
        return new Fitted(s, fit);
    }

    /**
     * @throws ArithmeticException naming the first value of {@code values} that is not finite, so that text output
     *     never shows NaN or Infinity
     */
    static void requireFinite(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new ArithmeticException(what + " at lag " + (i + 1) + " is not a finite number: the "
                        + "computation is degenerate for this series and model.");
            }
        }
    }
}
