package org.arlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.neural.MemoryExperiment;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.random.RandomStreams;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code memory}: how fast a recurrent state forgets, ‖∂h_t/∂h_0‖₂ for t = 1..T with W = S·Q, zero input and bias and
 * h₀ = 0, beside the closed form (MATH.md, problem 2D; {@link MemoryExperiment}).
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Norms of the state Jacobian dh_t/dh_0 (t = 1..T) of an RNN or GRU whose recurrent matrix is "
                + "W = S*Q (Q a seeded orthogonal matrix), with zero input and bias and h_0 = 0, and the closed form: "
                + "S^t for the RNN, rho^t with rho = max|1/2 + S*lambda(Q)/4| for the GRU. With --json: one object "
                + "with cell, hidden, spectralNorm, steps, seed, jacobianNorms, theory.")
public final class MemoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cell", required = true, description = "rnn or gru.")
    String cell;

    @Option(names = "--hidden", required = true, description = "H, the size of the state.")
    int hidden;

    @Option(names = "--spectral-norm", required = true, description = "S, the largest singular value of W.")
    double spectralNorm;

    @Option(names = "--steps", required = true, description = "T, the number of steps.")
    int steps;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of Q (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        RecurrentModel.Cell kind = RecurrentModel.Cell.of(cell);
        Limits.range("--hidden", hidden, 1, RecurrentModel.MAX_HIDDEN);
        Limits.range("--steps", steps, 1, Limits.MAX_MEMORY_STEPS);
        MemoryExperiment m = MemoryExperiment.of(kind, hidden, spectralNorm, steps, RandomStreams.of(seed));
        double[] norms = m.jacobianNorms();
        double[] theory = m.theory();
        for (int t = 0; t < steps; t++) {
            if (!Double.isFinite(norms[t]) || !Double.isFinite(theory[t])) {
                throw new ArithmeticException("the norm overflows double precision at t = " + (t + 1)
                        + ": lower --spectral-norm or --steps.");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json j = new Json().beginObject();
            j.name("cell").value(kind.key()).name("hidden").value(hidden).name("spectralNorm").value(spectralNorm);
            j.name("steps").value(steps).name("seed").value(seed);
            j.name("jacobianNorms").array(norms).name("theory").array(theory);
            out.println(j.endObject());
        } else {
            out.printf(Locale.ROOT, "%s, H = %d, W = %s·Q (seed %d), zero input and bias, h0 = 0%n",
                    kind.key().toUpperCase(Locale.ROOT), hidden, spectralNorm, seed);
            out.printf(Locale.ROOT, "%6s %22s %22s%n", "t", "||dh_t/dh_0||_2", kind == RecurrentModel.Cell.RNN
                    ? "S^t" : "rho^t");
            for (int t = 0; t < steps; t++) {
                out.printf(Locale.ROOT, "%6d %22.15g %22.15g%n", t + 1, norms[t], theory[t]);
            }
        }
        out.flush();
        return 0;
    }
}
