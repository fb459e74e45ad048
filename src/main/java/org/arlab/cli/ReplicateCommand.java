package org.arlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.replicate.MethodSummary;
import org.arlab.core.replicate.ReplicationDesign;
import org.arlab.core.replicate.Replications;
import org.arlab.core.replicate.SamplingExperiment;
import org.arlab.core.replicate.Workers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code replicate}: the sampling distribution of φ̂ (MATH.md, "Beyond the homework") — R times "simulate n values
 * from the true AR(p), fit AR(p) by each method" — per method the mean, sd, bias, RMSE and 95% coverage of every φ̂ᵢ
 * against the asymptotic sd √(σ²[Γ_p⁻¹]ᵢᵢ/n). Replication r draws from its own stream, so the numbers for a seed do
 * not depend on {@code --threads}. The same experiment as the Sampling lab's main cell.
 */
@Command(name = "replicate", mixinStandardHelpOptions = true,
        description = "Repeat 'simulate n values of an AR(p), fit it' R times; per method the mean, sd, bias, RMSE and "
                + "95%%-interval coverage of each phi-hat against the asymptotic sd sqrt(sigma^2 [Gamma_p^-1]_ii / n).")
public final class ReplicateCommand implements Callable<Integer>, Progress.Reporting {
    /** replicate: the most replications R. */
    static final long MAX_REPLICATIONS = 100_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--phi", required = true, split = ",", description = "True coefficients φ1,…,φp (p ≤ 3), "
            + "stationary or with a unit root, e.g. 0.5 or 1.")
    double[] phi;

    @Option(names = "--sigma", defaultValue = "1", description = "True innovation standard deviation σ, 1e-100 to "
            + "1e100 (default ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--intercept", defaultValue = "0", description = "True intercept c (default ${DEFAULT-VALUE}).")
    double intercept;

    @Option(names = "--no-intercept", description = "Fit without an intercept (the Dickey–Fuller case at φ = 1).")
    boolean noIntercept;

    @Option(names = "--n", required = true, description = "Series length n, 20 to 100 000.")
    long n;

    @Option(names = "--replications", required = true, description = "Replications R, 2 to 100 000; "
            + "n × R × methods at most 1 000 000 000.")
    long replications;

    @Option(names = "--method", defaultValue = "ols,mle,yule-walker,burg",
            description = "Comma-separated methods: ols, mle, yule-walker, burg (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads, 1 to 256 (default: one per processor); the "
            + "numbers do not depend on it.")
    Long threads;

    @Option(names = "--json", description = "Print one JSON object: per method mean, sd, asymptoticSd, bias, rmse, "
            + "coverage95 (arrays, entry i-1 for φi).")
    boolean json;

    private Progress progress = Progress.NONE;

    @Override
    public void progress(Progress p) {
        progress = p;
    }

    @Override
    public Integer call() {
        int len = (int) Limits.range("--n", n, ReplicationDesign.MIN_N, ReplicationDesign.MAX_N);
        int reps = (int) Limits.range("--replications", replications, 2, MAX_REPLICATIONS);
        int workers = threads == null ? Math.max(1, Math.min(256, Runtime.getRuntime().availableProcessors()))
                : (int) Limits.range("--threads", threads, 1, 256);
        Limits.coefficients("--phi", phi);
        if (phi.length > ReplicationDesign.MAX_ORDER) {
            throw new IllegalArgumentException("--phi: the true order must be 1 to 3, not " + phi.length + ".");
        }
        Limits.sigma("--sigma", sigma);
        if (!Double.isFinite(intercept) || Math.abs(intercept) > Limits.MAX_SCALE) {
            throw new IllegalArgumentException("--intercept must be a finite number within ±1e100, not " + intercept
                    + ".");
        }
        List<ArFit.Method> methods = ReplicationDesign.parseMethods(method);
        ReplicationDesign design = new ReplicationDesign(ArModel.of(intercept, phi, sigma), len, !noIntercept,
                methods, seed);
        int k = design.methods().size();
        if ((double) len * reps * k > SamplingExperiment.MAX_WORK) {
            throw new IllegalArgumentException("--n × --replications × methods = " + Limits.number(len) + " × "
                    + Limits.number(reps) + " × " + k + " is more than the ceiling of "
                    + Limits.number(SamplingExperiment.MAX_WORK) + "; ask for fewer.");
        }
        Replications run = new Replications(design, reps, 0);
        try (Workers w = new Workers(workers)) {
            int batch = Math.max(1, reps / 100);
            while (!run.finished()) {
                run.advance(batch, w, () -> false);
                progress.report(run.done() / (double) reps);
            }
        }
        progress.done();
        print(design, run);
        return 0;
    }

    private void print(ReplicationDesign design, Replications run) {
        MethodSummary[] all = run.summaries();
        for (MethodSummary s : all) {
            if (s.count() < 2) {
                throw new ArithmeticException("the " + s.method().label() + " fit failed in " + s.failures() + " of "
                        + run.replications() + " replications: no sampling distribution to show.");
            }
        }
        double[] asymptotic = design.asymptoticSd();
        boolean unitRoot = design.order() == 1 && design.truth().phi(1) == 1;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json j = new Json().beginObject();
            j.name("phi").array(design.truth().phi()).name("sigma").value(design.truth().sigma());
            j.name("n").value(design.n()).name("replications").value(run.replications()).name("seed").value(seed);
            j.name("withIntercept").value(design.withIntercept()).name("stationary").value(design.stationary());
            j.name("methods").beginObject();
            for (int m = 0; m < all.length; m++) {
                MethodSummary s = all[m];
                j.name(s.method().key()).beginObject();
                j.name("count").value(s.count()).name("failures").value(s.failures());
                j.name("mean").array(s.mean()).name("sd").array(s.sd());
                if (design.stationary()) {
                    j.name("asymptoticSd").array(asymptotic);
                }
                j.name("bias").array(s.bias()).name("rmse").array(s.rmse()).name("coverage95").array(s.coverage95());
                if (unitRoot) {
                    j.name("dickeyFuller").beginObject();
                    for (double q : new double[] {0.01, 0.05, 0.10}) {
                        j.name(String.format(Locale.ROOT, "q%02d", Math.round(q * 100)))
                                .value(design.n() * (run.quantile(m, 1, q) - 1));
                    }
                    j.endObject();
                }
                j.endObject();
            }
            out.println(j.endObject().endObject());
        } else {
            out.printf(Locale.ROOT, "%d replications of n = %d, AR(%d)%s%n", run.replications(), design.n(),
                    design.order(), design.withIntercept() ? " with intercept" : " without intercept");
            out.printf(Locale.ROOT, "%-34s %4s %12s %12s %12s %12s %12s %10s%n", "method", "coef", "mean", "sd",
                    "asympt. sd", "bias", "rmse", "coverage");
            for (int m = 0; m < all.length; m++) {
                MethodSummary s = all[m];
                for (int i = 0; i < design.order(); i++) {
                    out.printf(Locale.ROOT, "%-34s %4s %12.6f %12.6f %12s %12.6f %12.6f %10.4f%n", s.method().label(),
                            "φ" + (i + 1), s.mean()[i], s.sd()[i], design.stationary()
                                    ? String.format(Locale.ROOT, "%.6f", asymptotic[i]) : "–",
                            s.bias()[i], s.rmse()[i], s.coverage95()[i]);
                }
                if (unitRoot) {
                    out.printf(Locale.ROOT, "%-34s 5%% quantile of n(φ̂ − 1) = %.3f%n", "",
                            design.n() * (run.quantile(m, 1, 0.05) - 1));
                }
            }
        }
        out.flush();
    }
}
