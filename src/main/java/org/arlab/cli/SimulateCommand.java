package org.arlab.cli;

import org.arlab.core.random.RandomStreams;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.Simulation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code simulate}: draws an AR(p) series and writes it as CSV {@code t,value}. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate an AR(p) series and write it as CSV with columns t,value.")
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--phi", required = true, split = ",", description = "Coefficients φ1,…,φp, e.g. 0.5,-0.3.")
    double[] phi;

    @Option(names = "--sigma", defaultValue = "1", description = "Innovation standard deviation σ (default ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--n", required = true, description = "Number of values.")
    int n;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--intercept", defaultValue = "0", description = "Intercept c (default ${DEFAULT-VALUE}).")
    double intercept;

    @Option(names = "--output", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        ArModel model = ArModel.of(intercept, phi, sigma);
        Simulation sim = ArSimulator.simulate(model, n, null, RandomStreams.of(seed));
        if (!sim.warning().isEmpty()) {
            spec.commandLine().getErr().println("arlab simulate: warning: " + sim.warning());
        }
        if (output == null) {
            write(sim.values(), spec.commandLine().getOut());
        } else {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(sim.values(), new PrintWriter(w));
            } catch (IOException e) {
                throw new IOException("cannot write " + output + ": " + e.getMessage(), e);
            }
        }
        return 0;
    }

    private static void write(double[] values, PrintWriter out) {
        StringBuilder sb = new StringBuilder(values.length * 24);
        sb.append("t,value\n");
        for (int i = 0; i < values.length; i++) {
            sb.append(i + 1).append(',').append(values[i]).append('\n');
        }
        out.print(sb);
        out.flush();
    }
}
