package org.arlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.Forecast;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code forecast}: the h-step forecasts of an AR(p) fitted to a series, with standard errors and 95% intervals, as
 * the Fit lab draws them: the fitted model's noise-free recursion from the series' last p values, the error
 * variance σ̂² Σ_{j&lt;h} ψ_j² (MATH.md, problem 2E) with σ̂² the method's own estimate, and mean ± 1.96·se
 * ({@link Forecast}).
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast H steps ahead from the end of a series with an AR(p) fitted to it. With --json: "
                + "series, method, order, sigma2, forecast [{step, mean, se, lower, upper}] (95%% intervals).")
public final class ForecastCommand implements Callable<Integer> {
    /** The longest horizon accepted. */
    static final int MAX_STEPS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--steps", required = true, description = "The horizon H, the number of steps ahead.")
    int steps;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("--steps H must be 1 to " + MAX_STEPS + ", not " + steps + ".");
        }
        ModelOptions.Fitted f = model.fit();
        ArFit fit = f.fit();
        Forecast fc = Forecast.of(fit.model(), f.values(), steps);
        double[] se = new double[steps];
        for (int h = 0; h < steps; h++) {
            se[h] = Math.sqrt(fc.variance()[h]);
            if (!(Math.abs(fc.mean()[h]) < ArSimulator.LIMIT) || !(fc.variance()[h] < Double.MAX_VALUE)) {
                throw new ArithmeticException("the fitted model is explosive: its forecast overflows double "
                        + "precision at h = " + (h + 1) + (h > 0 ? "; use --steps " + h + " or fewer." : "."));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json j = new Json().beginObject();
            j.name("series").value(f.series().name());
            j.name("method").value(fit.method().key()).name("order").value(fit.order());
            j.name("intercept").value(fit.withIntercept());
            j.name("sigma2").value(fit.sigma2());
            j.name("forecast").beginArray();
            for (int h = 0; h < steps; h++) {
                j.beginObject().name("step").value(h + 1).name("mean").value(fc.mean()[h]).name("se").value(se[h])
                        .name("lower").value(fc.lower()[h]).name("upper").value(fc.upper()[h]).endObject();
            }
            out.println(j.endArray().endObject());
        } else {
            out.printf(Locale.ROOT, "%s: AR(%d) by %s, %s; forecasts from t = %d with 95%% intervals%n",
                    f.series().name(), fit.order(), fit.method().label(),
                    fit.withIntercept() ? "with intercept" : "zero mean", f.values().length);
            out.printf(Locale.ROOT, "%6s %16s %16s %16s %16s%n", "h", "mean", "se", "lower", "upper");
            for (int h = 0; h < steps; h++) {
                out.printf(Locale.ROOT, "%6d %16.8g %16.8g %16.8g %16.8g%n", h + 1, fc.mean()[h], se[h],
                        fc.lower()[h], fc.upper()[h]);
            }
        }
        out.flush();
        return 0;
    }
}
