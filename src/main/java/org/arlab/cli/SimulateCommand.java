package org.arlab.cli;

import org.arlab.core.random.RandomStreams;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.Simulation;
import org.arlab.core.io.AtomicFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code simulate}: draws an AR(p) series and writes it as CSV {@code t,value}, to standard output or to a file
 * written atomically (a temporary file beside it, synced, then moved over it: a kill leaves the old file or the new
 * one). A model whose values would leave double precision is refused, not cut short.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate an AR(p) series and write it as CSV with columns t,value (at most 10 000 000 values).")
public final class SimulateCommand implements Callable<Integer>, Progress.Reporting {
    @Spec
    CommandSpec spec;

    @Option(names = "--phi", required = true, split = ",", description = "Coefficients φ1,…,φp, e.g. 0.5,-0.3.")
    double[] phi;

    @Option(names = "--sigma", defaultValue = "1",
            description = "Innovation standard deviation σ, 1e-100 to 1e100 (default ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--n", required = true, description = "Number of values, 1 to 10 000 000.")
    long n;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--intercept", defaultValue = "0",
            description = "Intercept c, at most 1e100 in size (default ${DEFAULT-VALUE}).")
    double intercept;

    @Option(names = "--output", description = "Output file, replaced atomically (default: standard output).")
    Path output;

    private Progress progress = Progress.NONE;

    @Override
    public void progress(Progress p) {
        progress = p;
    }

    @Override
    public Integer call() throws IOException {
        int count = (int) Limits.range("--n", n, 1, Limits.MAX_SIMULATE);
        Limits.coefficients("--phi", phi);
        Limits.sigma("--sigma", sigma);
        if (!(Math.abs(intercept) <= Limits.MAX_SCALE)) {
            throw new IllegalArgumentException("--intercept must be a number at most 1e100 in size, not " + intercept
                    + ".");
        }
        if (output != null) {
            AtomicFile.checkTarget(output); // before simulating: a missing folder is said at once
        }
        ArModel model = ArModel.of(intercept, phi, sigma);
        Simulation sim = ArSimulator.simulate(model, count, null, RandomStreams.of(seed));
        if (sim.overflowed()) {
            int fit = sim.values().length;
            throw new ArithmeticException(model.isStationary()
                    ? "the values pass ±1e150 after " + fit + " of " + count + " steps: σ and c are too large for "
                            + "double precision with this φ."
                    : "the model is explosive: its values pass ±1e150 after " + fit + " of " + count + " steps, "
                            + "beyond double precision; ask for --n " + Math.max(1, fit) + " or fewer, or choose a "
                            + "stationary φ.");
        }
        if (!sim.warning().isEmpty()) {
            spec.commandLine().getErr().println("arlab simulate: warning: " + sim.warning());
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(sim.values(), out, () -> {
                if (out.checkError()) {
                    throw new IOException("cannot write to standard output (closed, or its disk is full).");
                }
            });
        } else {
            AtomicFile.write(output, os -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.US_ASCII), 1 << 16);
                write(sim.values(), w, () -> { });
                w.flush();
            });
        }
        progress.done();
        return 0;
    }

    /** Something to run between chunks (a check that the output still takes writes). */
    private interface Check {
        void run() throws IOException;
    }

    private void write(double[] values, Writer out, Check check) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 17);
        sb.append("t,value\n");
        for (int i = 0; i < values.length; i++) {
            sb.append(i + 1).append(',').append(values[i]).append('\n');
            if (sb.length() > 1 << 16) {
                out.append(sb);
                sb.setLength(0);
                check.run();
                progress.report((i + 1.0) / values.length);
            }
        }
        out.append(sb);
        out.flush();
        check.run();
    }
}
