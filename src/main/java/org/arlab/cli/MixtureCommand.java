package org.arlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.mixture.MixtureExperiment;
import org.arlab.core.mixture.MixtureFrame;
import org.arlab.core.session.MixtureSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mixture}: the Mixture lab headless (MATH.md, problem 3): trains a mixture-density network of C components
 * beside the same network with one Gaussian, on Bishop's inverted sinusoid or on a series from a known generator,
 * and reports both validation NLLs and, for a generator, its exact conditional NLL on the same targets.
 */
@Command(name = "mixture", mixinStandardHelpOptions = true,
        description = "Train a mixture-density network (C Gaussians per step) beside one Gaussian on the same data "
                + "and report the validation NLL per observation of both (natural log). --part sinusoid: Bishop's "
                + "inverted sinusoid (1000 training and 1000 validation pairs, an MLP 1 → D → mixture); --part "
                + "series: 3000 values of --source regime (two AR(1)s chosen by a hidden Markov chain), threshold or "
                + "doublewell, the last 30%% for validation, beside the generator's exact conditional NLL (for "
                + "regime: the forward algorithm). With --json: one object with part, source, components, hidden, "
                + "parameters, headParameters, epochs, validationNll, validationNllOne, exactNll (series), trainNll, "
                + "trainNllOne.")
public final class MixtureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--part", defaultValue = "sinusoid", description = "sinusoid or series (default ${DEFAULT-VALUE}).")
    String part;

    @Option(names = "--source", defaultValue = "regime",
            description = "For --part series: regime, threshold or doublewell (default ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--components", defaultValue = "3", description = "C, 1 to 8 (default ${DEFAULT-VALUE}).")
    int components;

    @Option(names = "--hidden", defaultValue = "16", description = "D, 1 to 64 (default ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--network", defaultValue = "window",
            description = "For --part series: window (an MLP on the last P values) or gru (default ${DEFAULT-VALUE}).")
    String network;

    @Option(names = "--order", defaultValue = "3", description = "P, the window or the GRU's warm-up, 1 to 16 "
            + "(default ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--epochs", defaultValue = "2000", description = "E, 1 to " + MixtureExperiment.MAX_EPOCHS
            + " full-batch Adam updates (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", defaultValue = "0.01", description = "Adam's step η, 1e-4 to 0.316 (default "
            + "${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the data and the initial weights "
            + "(default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        MixtureSettings.Part p = switch (part.trim().toLowerCase(Locale.ROOT)) {
            case "sinusoid" -> MixtureSettings.Part.SINUSOID;
            case "series" -> MixtureSettings.Part.SERIES;
            default -> throw new IllegalArgumentException("--part must be sinusoid or series, not '" + part + "'.");
        };
        MixtureSettings.Source s = switch (source.trim().toLowerCase(Locale.ROOT)) {
            case "regime" -> MixtureSettings.Source.REGIME;
            case "threshold" -> MixtureSettings.Source.THRESHOLD;
            case "doublewell" -> MixtureSettings.Source.DOUBLE_WELL;
            default -> throw new IllegalArgumentException("--source must be regime, threshold or doublewell, not '"
                    + source + "'.");
        };
        MixtureSettings.Network n = switch (network.trim().toLowerCase(Locale.ROOT)) {
            case "window" -> MixtureSettings.Network.WINDOW;
            case "gru" -> MixtureSettings.Network.GRU;
            default -> throw new IllegalArgumentException("--network must be window or gru, not '" + network + "'.");
        };
        Limits.range("--components", components, 1, MixtureSettings.MAX_COMPONENTS);
        Limits.range("--hidden", hidden, 1, MixtureSettings.MAX_HIDDEN);
        Limits.range("--order", order, 1, MixtureSettings.MAX_ORDER);
        Limits.range("--epochs", epochs, 1, MixtureExperiment.MAX_EPOCHS);
        if (!(lr >= 1e-4 && lr <= Math.pow(10, -0.5))) {
            throw new IllegalArgumentException("--lr must be 1e-4 to 0.316, not " + lr + ".");
        }
        MixtureSettings settings = new MixtureSettings(p, s, components, hidden, n, order, Math.log10(lr), seed, 0.5);
        MixtureExperiment e = new MixtureExperiment(settings, null);
        e.advance(epochs, () -> false);
        MixtureFrame f = e.frame();
        double[] nll = f.nll();
        PrintWriter out = spec.commandLine().getOut();
        boolean series = p == MixtureSettings.Part.SERIES;
        if (json) {
            Json j = new Json().beginObject();
            j.name("part").value(part.trim().toLowerCase(Locale.ROOT));
            if (series) {
                j.name("source").value(source.trim().toLowerCase(Locale.ROOT))
                        .name("network").value(network.trim().toLowerCase(Locale.ROOT)).name("order").value(order);
            }
            j.name("description").value(f.description()).name("components").value(components).name("hidden")
                    .value(hidden).name("parameters").value(f.totalParameters()).name("headParameters")
                    .value(f.headParameters()).name("epochs").value(f.epoch()).name("lr").value(lr).name("seed")
                    .value(seed).name("trainNll").value(nll[0]).name("validationNll").value(nll[1])
                    .name("trainNllOne").value(nll[2]).name("validationNllOne").value(nll[3]);
            if (series) {
                j.name("exactNll").value(f.exactNll());
            }
            out.println(j.endObject().toString());
        } else {
            out.printf(Locale.ROOT, "%s: %s, %d parameters (head 3C(D + 1) = %d), %d epochs of Adam (lr %s), seed %d%n",
                    series ? "series from " + source : "inverted sinusoid", f.description(), f.totalParameters(),
                    f.headParameters(), f.epoch(), lr, seed);
            out.printf(Locale.ROOT, "  validation NLL per observation: C = %d %.4f, C = 1 %.4f (difference %.4f)%n",
                    components, nll[1], nll[3], nll[3] - nll[1]);
            if (series) {
                out.printf(Locale.ROOT, "  true process, exact conditional NLL: %.4f (C = %d is %.4f above it)%n",
                        f.exactNll(), components, nll[1] - f.exactNll());
            }
        }
        out.flush();
        return 0;
    }
}
