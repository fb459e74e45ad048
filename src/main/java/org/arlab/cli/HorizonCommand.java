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
public final class HorizonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--phi", required = true, split = ",", description = "Coefficients φ1,…,φp, e.g. 0.5,-0.3.")
    double[] phi;

    @Option(names = "--sigma", defaultValue = "1", description = "Innovation standard deviation σ (default ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--steps", required = true, description = "Horizon H, the number of steps.")
    int steps;

    @Option(names = "--rollouts", required = true, description = "Number of rollouts M.")
    int rollouts;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object: theoryVariance, empiricalVariance, "
            + "empiricalMean (arrays, entry h-1 for horizon h).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArModel model = ArModel.of(phi, sigma);
        RolloutSummary s = Rollouts.run(model, null, steps, rollouts, 0, RandomStreams.of(seed));
        double[] theory = PsiWeights.errorVariance(model, steps);
        int overflow = s.heldFrom();
        for (int h = 0; h < steps && (overflow == 0 || h + 1 < overflow); h++) {
            if (theory[h] >= Double.MAX_VALUE) {
                overflow = h + 1;
            }
        }
        if (overflow > 0) {
            throw new ArithmeticException("the model is explosive: its rollouts overflow double precision at h = "
                    + overflow + (overflow > 1 ? "; use --steps " + (overflow - 1) + " or fewer." : "."));
        }
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
