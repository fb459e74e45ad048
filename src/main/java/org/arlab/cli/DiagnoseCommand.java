package org.arlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.LjungBox;
import org.arlab.core.ar.SampleAcf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diagnose}: what the Fit lab's diagnostics show, for lags 1..K (MATH.md, "Diagnostics"): the series' sample
 * ACF and PACF ({@link SampleAcf}), the ACF of the one-step residuals of the fitted AR(p), and the Ljung–Box test on
 * those residuals, {@code Q = N(N+2) Σ_{k≤K} r_k²/(N − k)} against χ² on K − p degrees of freedom ({@link LjungBox},
 * its p-value the upper tail itself, not 1 − cdf).
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Sample ACF and PACF of a series, and the residual ACF and Ljung-Box test of an AR(p) fitted to "
                + "it, for lags 1..K. With --json: series, method, order, lags, nobs, acf, pacf, residualAcf "
                + "(arrays, entry k-1 for lag k), ljungBox {q, df, pValue}.")
public final class DiagnoseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--lags", required = true, description = "K, the largest lag (more than the order p).")
    int lags;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (lags < 1) {
            throw new IllegalArgumentException("--lags K must be 1 or more, not " + lags + ".");
        }
        if (lags <= model.order) {
            throw new IllegalArgumentException("--lags K must exceed the order p = " + model.order
                    + ": the Ljung–Box test has K − p degrees of freedom.");
        }
        ModelOptions.Fitted f = model.fit();
        ArFit fit = f.fit();
        double[] y = f.values();
        double[] resid = fit.residuals(y);
        if (resid.length <= lags) {
            throw new IllegalArgumentException("--lags " + lags + " needs more than " + lags + " residuals; an AR("
                    + fit.order() + ") on " + y.length + " values leaves " + resid.length + ".");
        }
        SampleAcf acf = SampleAcf.of(y, lags);
        double[] r = acf.acf();
        double[] pacf = acf.pacf();
        double[] rr = SampleAcf.of(resid, lags).acf();
        LjungBox lb = LjungBox.of(resid, lags, fit.order());
        ModelOptions.requireFinite("the ACF", r);
        ModelOptions.requireFinite("the PACF", pacf);
        ModelOptions.requireFinite("the residual ACF", rr);
        if (!Double.isFinite(lb.statistic()) || !Double.isFinite(lb.pValue())) {
            throw new ArithmeticException("the Ljung–Box statistic is not a finite number: the residuals are "
                    + "degenerate.");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json j = new Json().beginObject();
            j.name("series").value(f.series().name());
            j.name("method").value(fit.method().key()).name("order").value(fit.order());
            j.name("intercept").value(fit.withIntercept());
            j.name("lags").value(lags).name("nobs").value(resid.length);
            j.name("acf").array(r).name("pacf").array(pacf).name("residualAcf").array(rr);
            j.name("ljungBox").beginObject().name("q").value(lb.statistic()).name("df").value(lb.degreesOfFreedom())
                    .name("pValue").value(lb.pValue()).endObject();
            out.println(j.endObject());
        } else {
            out.printf(Locale.ROOT, "%s: %d values; AR(%d) by %s, %s, %d residuals%n", f.series().name(), y.length,
                    fit.order(), fit.method().label(), fit.withIntercept() ? "with intercept" : "zero mean",
                    resid.length);
            out.printf(Locale.ROOT, "%6s %14s %14s %14s%n", "lag", "acf", "pacf", "residual acf");
            for (int k = 0; k < lags; k++) {
                out.printf(Locale.ROOT, "%6d %14.8f %14.8f %14.8f%n", k + 1, r[k], pacf[k], rr[k]);
            }
            out.printf(Locale.ROOT, "white-noise band +-%.6f (values), +-%.6f (residuals)%n", acf.band(),
                    1.959963984540054 / Math.sqrt(resid.length));
            out.printf(Locale.ROOT, "Ljung-Box on the residuals, K = %d: Q = %.10g, df = %d, p-value = %.6g%n", lags,
                    lb.statistic(), lb.degreesOfFreedom(), lb.pValue());
        }
        out.flush();
        return 0;
    }
}
