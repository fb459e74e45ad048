package org.arlab.cli;

import org.arlab.core.random.RandomStreams;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.PsiWeights;
import org.arlab.core.horizon.RolloutSummary;
import org.arlab.core.horizon.Rollouts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code horizon}: M free-running rollouts of H steps from the zero state, their empirical mean and variance per
 * horizon against the theory σ² Σ_{j&lt;h} ψ_j² (MATH.md, problem 2E).
 */
@Command(name = "horizon", mixinStandardHelpOptions = true,
        description = "Roll an AR(p) model forward M times for H steps from the zero state; compare the empirical "
                + "variance per horizon with sigma^2 * sum_{j<h} psi_j^2.")
public final class HorizonCommand implements Callable<Integer>, Progress.Reporting {
    @Spec
    CommandSpec spec;

    @Option(names = "--phi", required = true, split = ",", description = "Coefficients φ1,…,φp, e.g. 0.5,-0.3.")
    double[] phi;

    @Option(names = "--sigma", defaultValue = "1",
            description = "Innovation standard deviation σ, 1e-100 to 1e100 (default ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--steps", required = true, description = "Horizon H, the number of steps, 1 to 100 000.")
    long steps;

    @Option(names = "--rollouts", required = true,
            description = "Number of rollouts M, 2 to 1 000 000; H × M at most 200 000 000.")
    long rollouts;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object: theoryVariance, empiricalVariance, "
            + "empiricalMean (arrays, entry h-1 for horizon h).")
    boolean json;

    private Progress progress = Progress.NONE;

    @Override
    public void progress(Progress p) {
        progress = p;
    }

    /** A forecast variance above this (a standard deviation of 1e100) is beyond what the rollouts hold exactly. */
    static final double MAX_VARIANCE = 1e200;

    @Override
    public Integer call() throws Exception {
        int steps = (int) Limits.range("--steps", this.steps, 1, Limits.MAX_STEPS);
        int rollouts = (int) Limits.range("--rollouts", this.rollouts, 2, Limits.MAX_ROLLOUTS);
        Limits.work("--steps × --rollouts", steps, rollouts, Limits.MAX_ROLLOUT_DRAWS, "draws");
        Limits.coefficients("--phi", phi);
        Limits.sigma("--sigma", sigma);
        ArModel model = ArModel.of(phi, sigma);
        double[] theory = PsiWeights.errorVariance(model, steps);
        for (int h = 0; h < steps; h++) {
            if (!(theory[h] <= MAX_VARIANCE)) {
                // before: the rollouts were clamped and the variances printed pinned at Double.MAX_VALUE
                throw new ArithmeticException("the model is explosive: its forecast variance passes 1e200 at h = "
                        + (h + 1) + ", beyond what double precision holds; ask for --steps " + Math.max(1, h)
                        + " or fewer, or choose a stationary φ.");
            }
        }
        RolloutSummary s = Rollouts.run(model, null, steps, rollouts, 0, RandomStreams.of(seed), progress::report);
        progress.done();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json j = new Json().beginObject();
            j.name("steps").value(steps).name("rollouts").value(rollouts).name("seed").value(seed);
            j.name("stationary").value(model.isStationary());
            j.name("theoryVariance").array(theory);
            j.name("empiricalVariance").array(s.variance());
            j.name("empiricalMean").array(s.mean());
            out.println(j.endObject());
        } else {
            out.printf(Locale.ROOT, "%6s %16s %16s %16s%n", "h", "theory var", "empirical var", "empirical mean");
            for (int h = 0; h < steps; h++) {
                out.printf(Locale.ROOT, "%6d %16.8g %16.8g %16.8g%n", h + 1, theory[h], s.variance()[h], s.mean()[h]);
            }
        }
        out.flush();
        return 0;
    }
}
