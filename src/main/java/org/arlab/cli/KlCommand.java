package org.arlab.cli;

import org.arlab.core.random.RandomStreams;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlClosedForm;
import org.arlab.core.kl.KlExact;
import org.arlab.core.kl.KlMonteCarlo;
import org.arlab.core.montecarlo.Cancellation;
import org.arlab.core.montecarlo.Estimate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kl}: KL_T(p‖q) between two AR models from zero initial values, exactly (chain-rule recursion), both
 * directions, the rate κ, and the two Monte Carlo estimators (MATH.md, problem 2C).
 */
@Command(name = "kl", mixinStandardHelpOptions = true,
        description = "KL divergence KL_T(p||q) between two AR models started at zero: closed form, reverse "
                + "direction, rate per step, and Monte Carlo estimates (log-ratio and conditional). With --p-model "
                + "or --q-model, between any two models (linear, neural, mixture; files from train --save): "
                + "Monte Carlo over the T steps after p's start, closedForm null unless both are linear.")
public final class KlCommand implements Callable<Integer>, FastPath.Printing, FastPath.Tabled, Progress.Reporting {
    /** The options below, for {@link FastPath} (checked against the annotations by FastPathTest). */
    private static final FastPath.Opt[] FAST_OPTIONS = {
        new FastPath.Opt("--p-phi", "pPhi", null, false),
        new FastPath.Opt("--p-sigma", "pSigma", "1", false),
        new FastPath.Opt("--q-phi", "qPhi", null, false),
        new FastPath.Opt("--q-sigma", "qSigma", "1", false),
        new FastPath.Opt("--horizon", "horizon", null, true),
        new FastPath.Opt("--samples", "samples", "10000", false),
        new FastPath.Opt("--p-model", "pModel", null, false),
        new FastPath.Opt("--q-model", "qModel", null, false),
        new FastPath.Opt("--seed", "seed", "42", false),
        new FastPath.Opt("--json", "json", null, false),
    };

    @Override
    public FastPath.Opt[] fastOptions() {
        return FAST_OPTIONS;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--p-phi", split = ",", description = "Coefficients of p, e.g. 0.5,-0.3 (or --p-model).")
    double[] pPhi;

    @Option(names = "--p-sigma", defaultValue = "1",
            description = "Innovation sd of p, 1e-100 to 1e100 (default ${DEFAULT-VALUE}).")
    double pSigma;

    @Option(names = "--q-phi", split = ",", description = "Coefficients of q, e.g. 0.6,0.2 (or --q-model).")
    double[] qPhi;

    @Option(names = "--q-sigma", defaultValue = "1",
            description = "Innovation sd of q, within a factor 1e50 of p's (default ${DEFAULT-VALUE}).")
    double qSigma;

    @Option(names = "--horizon", required = true, description = "Horizon T, the number of steps, 1 to 100 000.")
    long horizon;

    @Option(names = "--samples", defaultValue = "10000",
            description = "Monte Carlo sequences M drawn from p, 2 to 1 000 000 000; T × M at most 2 000 000 000 "
                    + "(default ${DEFAULT-VALUE}).")
    long samples;

    @Option(names = "--p-model", description = "p from a model file written by train --save (instead of --p-phi).")
    String pModel;

    @Option(names = "--q-model", description = "q from a model file written by train --save (instead of --q-phi).")
    String qModel;

    /** T, once checked. */
    private int steps;
    private Progress progress = Progress.NONE;

    @Override
    public void progress(Progress p) {
        progress = p;
    }

    /** Reports the fraction done, and finishes the report at 1 (for {@link ModelKl}). */
    void progressReport(double fraction) {
        progress.report(fraction);
        if (fraction >= 1) {
            progress.done();
        }
    }

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object: closedForm, rate and rateSpectral (present when p "
            + "is stationary), reverse, reverseRate (present when q is stationary), notes (why a rate is absent), "
            + "monteCarlo {logRatio, conditional} each {estimate, stdError}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine().getOut());
    }

    /** Runs the command, printing to {@code out} (also called by {@link FastPath}, without picocli). */
    @Override
    public int run(PrintWriter out) {
        side("p", pPhi, pModel);
        side("q", qPhi, qModel);
        if (pModel != null || qModel != null) {
            return ModelKl.run(this, out);
        }
        ArModel p = model("p", pPhi, pSigma);
        ArModel q = model("q", qPhi, qSigma);
        if (pSigma / qSigma > 1e50 || qSigma / pSigma > 1e50) {
            // before: --q-sigma 1e-300 overflowed the log-ratio and was blamed on p being explosive
            throw new IllegalArgumentException("--p-sigma and --q-sigma must be within a factor 1e50 of each other, "
                    + "not " + pSigma + " and " + qSigma + ".");
        }
        steps = (int) Limits.range("--horizon", horizon, 1, Limits.MAX_KL_HORIZON);
        Limits.range("--samples", samples, 2, Limits.MAX_SAMPLES);
        Limits.work("--horizon × --samples", steps, samples, Limits.MAX_KL_DRAWS, "steps");
        int t = steps;
        // the exact values on a second thread while this one samples (a thread of its own: the common pool's
        // start-up cost ~10 ms of a command line's)
        FutureTask<KlExact> exact = new FutureTask<>(new Callable<KlExact>() { // not a lambda: see Cancellation
            @Override
            public KlExact call() {
                return KlExact.of(p, q, t);
            }
        });
        Thread exactThread = new Thread(exact, "kl-exact");
        exactThread.setDaemon(true);
        exactThread.start();
        KlMonteCarlo mc = new KlMonteCarlo(p, q, steps, null, RandomStreams.perSequence(seed),
                org.arlab.core.kl.ProcessKl.cores());
        // in blocks of 2^20 sequences, whether or not progress is shown, so the draws never depend on it
        for (long done = 0; done < samples; ) {
            long block = Math.min(1L << 20, samples - done);
            mc.advance(block, Cancellation.NEVER);
            done += block;
            progress.report((double) done / samples);
        }
        progress.done();
        KlExact x = join(exact);
        double forward = atHorizon(x.forward(), "KL(p||q)");
        double reverse = atHorizon(x.reverse(), "KL(q||p)");
        Estimate lr = mc.logRatio();
        Estimate co = mc.conditional();
        if (json) {
            Json j = new Json().beginObject();
            j.name("horizon").value(horizon).name("samples").value(samples).name("seed").value(seed);
            j.name("closedForm").value(forward);
            j.name("rate").value(x.rate());                 // left out when undefined (NaN), see notes
            j.name("rateSpectral").value(x.rateSpectral());
            j.name("reverse").value(reverse);
            j.name("reverseRate").value(x.reverseRate());
            java.util.List<String> notes = notes(p, q, x);
            if (!notes.isEmpty()) {
                j.name("notes").beginArray();
                notes.forEach(j::value);
                j.endArray();
            }
            j.name("monteCarlo").beginObject();
            j.name("logRatio").beginObject().name("estimate").value(lr.mean()).name("stdError").value(lr.stdError())
                    .endObject();
            j.name("conditional").beginObject().name("estimate").value(co.mean()).name("stdError")
                    .value(co.stdError()).endObject();
            j.endObject();
            out.println(j.endObject());
        } else {
            out.printf(Locale.ROOT, "KL_T(p||q), T = %d, exact        %.10g%n", horizon, forward);
            out.printf(Locale.ROOT, "KL_T(q||p), T = %d, exact        %.10g%n", horizon, reverse);
            out.printf(Locale.ROOT, "rate kappa(p||q) = lim KL_T/T    %s%n", Double.isNaN(x.rate())
                    ? "undefined: p is not stationary"
                    : Double.isNaN(x.rateSpectral())
                    ? String.format(Locale.ROOT, "%.10g (no spectral integral: q has a unit root)", x.rate())
                    : String.format(Locale.ROOT, "%.10g (spectral integral %.10g)", x.rate(), x.rateSpectral()));
            out.printf(Locale.ROOT, "rate kappa(q||p)                 %s%n", Double.isNaN(x.reverseRate())
                    ? "undefined: q is not stationary" : String.format(Locale.ROOT, "%.10g", x.reverseRate()));
            out.printf(Locale.ROOT, "Monte Carlo, M = %d sequences from p, seed %d%n", samples, seed);
            out.printf(Locale.ROOT, "  log-ratio     %.8g +- %.3g (standard error)%n", lr.mean(), lr.stdError());
            out.printf(Locale.ROOT, "  conditional   %.8g +- %.3g (standard error)%n", co.mean(), co.stdError());
        }
        out.flush();
        return 0;
    }

    /** @return the task's value; what it threw, thrown again */
    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing the exact values.", e);
        }
    }

    /** @return why a rate is left out of the JSON, one sentence each (κ(p‖q) needs p stationary, κ(q‖p) q) */
    private static java.util.List<String> notes(ArModel p, ArModel q, KlExact x) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (Double.isNaN(x.rate())) {
            notes.add("rate and rateSpectral are left out: p is not stationary, so KL_T(p||q)/T has no limit.");
        } else if (Double.isNaN(x.rateSpectral())) {
            notes.add("rateSpectral is left out: q has a unit root, where its spectral density is infinite.");
        }
        if (Double.isNaN(x.reverseRate())) {
            notes.add("reverseRate is left out: q is not stationary, so KL_T(q||p)/T has no limit.");
        }
        return notes;
    }

    /** @return whether p and q are each given (by coefficients or a model file) */
    boolean bothSidesGiven() {
        return (pPhi != null || pModel != null) && (qPhi != null || qModel != null);
    }

    private static void side(String name, double[] phi, String file) {
        if ((phi == null) == (file == null)) {
            throw new IllegalArgumentException("Give " + name + " as either --" + name + "-phi or --" + name
                    + "-model" + (phi == null ? "." : ", not both."));
        }
    }

    static ArModel model(String name, double[] phi, double sigma) {
        Limits.coefficients("--" + name + "-phi", phi);
        Limits.sigma("--" + name + "-sigma", sigma);
        return ArModel.of(phi, sigma);
    }

    double atHorizon(double[] cumulative, String what) {
        if (KlClosedForm.overflowed(cumulative, steps)) {
            throw new ArithmeticException(what + " overflows double precision after T = " + cumulative.length
                    + " steps: a model is explosive; shorten the horizon.");
        }
        return cumulative[steps - 1];
    }
}
