package org.arlab.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArModel;
import org.arlab.core.neural.Activation;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.Optimizer;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.neural.SeriesNetwork;
import org.arlab.core.neural.Trainer;
import org.arlab.core.neural.TrainingData;
import org.arlab.core.neural.TrainingPlan;
import org.arlab.core.neural.TrainingSnapshot;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.series.Series;
import org.arlab.core.series.SeriesReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code train}: trains a neural AR model on a series split by time and reports its NLL per observation beside the
 * least-squares AR(p) on the same split (MATH.md, problem 2A; the engine in {@code org.arlab.core.neural}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a neural autoregressive model (linear AR, MLP on the last P values, RNN or GRU) on the "
                + "first part of a series and score it on the rest. NLLs are per observation, natural log, in the "
                + "series' units, beside the least-squares AR(P) on the same split. With --json: one object with "
                + "model, parameters, trainNll, validationNll, linearTrainNll, linearValidationNll, epochs, "
                + "history [{epoch, trainNll, validationNll}] (at most 200 rows), and phi, intercept, sigma2 for "
                + "the linear model.")
public final class TrainCommand implements Callable<Integer> {
    /** The most rows of history printed. */
    static final int HISTORY_ROWS = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "The file (CSV, TSV or whitespace separated).")
    Path input;

    @Option(names = "--column", description = "Column name or 1-based index (default: the last numeric column).")
    String column;

    @Option(names = "--log10", description = "Model the base-10 logarithm of the values (the lynx series).")
    boolean log10;

    @Option(names = "--model", required = true, description = "linear, mlp, rnn or gru.")
    String model;

    @Option(names = "--order", required = true,
            description = "P: the window of a linear or MLP model; the warm-up of an RNN or GRU (values read before "
                    + "the first scored target); the order of the least-squares AR beside it.")
    int order;

    @Option(names = "--hidden", defaultValue = "0",
            description = "H: hidden units of the MLP's layer, or the state of the RNN or GRU (not for linear).")
    int hidden;

    @Option(names = "--activation", defaultValue = "tanh",
            description = "The MLP's activation: tanh, relu or logistic (default ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--mixture", defaultValue = "0",
            description = "C ≥ 1: a mixture-density head of C Gaussians; 0 (default): one Gaussian.")
    int mixture;

    @Option(names = "--sigma", defaultValue = "learned",
            description = "The Gaussian head's σ: learned (as log σ², default) or fixed at the training part's "
                    + "standard deviation (then maximum likelihood is least squares).")
    String sigma;

    @Option(names = "--epochs", required = true, description = "E, the number of passes over the training part.")
    int epochs;

    @Option(names = "--optimizer", defaultValue = "adam", description = "adam or sgd (gradient ascent; default "
            + "${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.01", description = "The step η (default ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--batch", defaultValue = "0",
            description = "Mini-batch size B; 0 (default) for the full batch.")
    int batch;

    @Option(names = "--truncate", defaultValue = "0",
            description = "k ≥ 1 truncates backpropagation through time to k steps; 0 (default): none.")
    int truncate;

    @Option(names = "--validation", defaultValue = "0.2",
            description = "The fraction of targets at the end kept for validation (default ${DEFAULT-VALUE}).")
    double validation;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the initial weights and the batch order "
            + "(default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--save", description = "Write the trained model as JSON to this file.")
    Path save;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    /** Most parameter-targets one run may take: about three minutes on one core (JMH NeuralBenchmark). */
    static final long MAX_WORK = 100_000_000_000L;

    @Override
    public Integer call() throws Exception {
        SeriesNetwork net = network();
        Limits.range("--epochs", epochs, 1, Limits.MAX_EPOCHS);
        if (!(validation > 0 && validation < 1)) {
            throw new IllegalArgumentException("--validation must be above 0 and below 1, not " + validation + ".");
        }
        TrainingPlan plan = new TrainingPlan(Optimizer.of(optimizer, lr), batch, truncate);
        Series s = SeriesReader.read(input, column, order + 3);
        double[] x = values(s);
        TrainingData data = TrainingData.of(x, net.first(), validation);
        if (data.validationTargets() < 1) {
            throw new IllegalArgumentException("--validation " + validation + " leaves no validation target among "
                    + (x.length - net.first()) + "; raise it.");
        }
        // the whole training run, checked before it starts: about 6·10⁸ parameter-targets a second on one core
        Limits.work("--epochs × (parameters × training targets)", epochs,
                (long) net.parameterCount() * data.trainTargets(), MAX_WORK, "parameter-targets");
        TrainingData.LinearBaseline linear = data.linearBaseline(order);
        Trainer trainer = Trainer.of(net, data, plan, seed);
        double[] train = new double[epochs];
        double[] valid = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            TrainingSnapshot snap = trainer.step();
            train[e] = snap.trainNll();
            valid[e] = snap.validationNll();
            if (!Double.isFinite(train[e]) || !Double.isFinite(valid[e])) {
                throw new ArithmeticException("training diverged at epoch " + (e + 1) + " (the NLL is no longer a "
                        + "finite number): lower --lr.");
            }
        }
        TrainingSnapshot last = trainer.latest();
        if (save != null) {
            org.arlab.core.io.AtomicFile.write(save, (ModelJson.of(last.model(), s.name(), log10, modelKey(),
                    java.util.Arrays.copyOf(x, Math.max(1, net.first()))) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(net, data, linear, last, train, valid));
        } else {
            print(out, s, net, data, linear, last);
        }
        out.flush();
        return 0;
    }

    private SeriesNetwork network() {
        String kind = model.trim().toLowerCase(Locale.ROOT);
        Limits.range("--order", order, 1, WindowModel.MAX_ORDER);
        Limits.range("--mixture (0: one Gaussian)", mixture, 0, HeadSpec.MAX_COMPONENTS);
        boolean fixed = switch (sigma.trim().toLowerCase(Locale.ROOT)) {
            case "learned" -> false;
            case "fixed" -> true;
            default -> throw new IllegalArgumentException("--sigma must be learned or fixed, not '" + sigma + "'.");
        };
        if (fixed && mixture > 0) {
            throw new IllegalArgumentException("a mixture learns every component's σ: drop --sigma fixed.");
        }
        HeadSpec head = mixture > 0 ? HeadSpec.mixture(mixture) : fixed ? HeadSpec.gaussian(1) : HeadSpec.gaussian();
        if (kind.equals("linear")) {
            if (hidden != 0) {
                throw new IllegalArgumentException("a linear model has no hidden layer: drop --hidden.");
            }
            return WindowModel.linear(order, head);
        }
        if (!kind.equals("mlp") && !kind.equals("rnn") && !kind.equals("gru")) {
            throw new IllegalArgumentException("unknown model '" + model + "': choose linear, mlp, rnn or gru.");
        }
        if (hidden == 0) {
            throw new IllegalArgumentException("--model " + kind + " needs --hidden H, at least 1.");
        }
        // a recurrent state has the core's ceiling; an MLP's layer is held by the run's whole work (MAX_WORK)
        Limits.range("--hidden", hidden, 1, kind.equals("mlp") ? Integer.MAX_VALUE : RecurrentModel.MAX_HIDDEN);
        if (kind.equals("mlp")) {
            return WindowModel.of(order, new int[] {hidden}, Activation.of(activation), head);
        }
        return RecurrentModel.of(RecurrentModel.Cell.of(kind), hidden, order, head);
    }

    private double[] values(Series s) {
        double[] x = s.values();
        if (log10) {
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] > 0)) {
                    throw new IllegalArgumentException("--log10 needs positive values; value " + (i + 1) + " is "
                            + x[i] + ".");
                }
                x[i] = Math.log10(x[i]);
            }
        }
        return x;
    }

    private String modelKey() {
        return model.trim().toLowerCase(Locale.ROOT);
    }

    private String toJson(SeriesNetwork net, TrainingData data, TrainingData.LinearBaseline linear,
            TrainingSnapshot last, double[] train, double[] valid) {
        Json j = new Json().beginObject();
        j.name("model").value(modelKey()).name("description").value(net.describe());
        j.name("order").value(order).name("hidden").value(hidden).name("mixture").value(mixture);
        j.name("parameters").value(net.parameterCount());
        j.name("optimizer").value(optimizer.trim().toLowerCase(Locale.ROOT)).name("lr").value(lr);
        j.name("batch").value(batch).name("truncate").value(truncate).name("seed").value(seed);
        j.name("trainTargets").value(data.trainTargets()).name("validationTargets").value(data.validationTargets());
        j.name("epochs").value(epochs);
        j.name("trainNll").value(last.trainNll()).name("validationNll").value(last.validationNll());
        j.name("linearTrainNll").value(linear.trainNll()).name("linearValidationNll").value(linear.validationNll());
        j.name("history").beginArray();
        for (int e : thinned(epochs)) {
            j.beginObject().name("epoch").value(e).name("trainNll").value(train[e - 1]).name("validationNll")
                    .value(valid[e - 1]).endObject();
        }
        j.endArray();
        if (last.model().isLinear()) {
            ArModel ar = last.model().linearAr();
            j.name("phi").array(ar.phi()).name("intercept").value(ar.intercept()).name("sigma2")
                    .value(ar.sigma() * ar.sigma());
        }
        return j.endObject().toString();
    }

    /** @return the epochs of the history: all of 1..E when E ≤ 200, else ⌈kE/200⌉ for k = 1..200 (ending at E) */
    static int[] thinned(int epochs) {
        int rows = Math.min(epochs, HISTORY_ROWS);
        int[] e = new int[rows];
        for (int k = 1; k <= rows; k++) {
            e[k - 1] = (int) ((k * (long) epochs + rows - 1) / rows);
        }
        return e;
    }

    private void print(PrintWriter out, Series s, SeriesNetwork net, TrainingData data,
            TrainingData.LinearBaseline linear, TrainingSnapshot last) {
        out.printf(Locale.ROOT, "%s%s: %s, %d parameters, seed %d%n", s.name(), log10 ? " (log10)" : "",
                net.describe(), net.parameterCount(), seed);
        out.printf(Locale.ROOT, "  %d training and %d validation targets, %d epochs of %s (lr %s)%n",
                data.trainTargets(), data.validationTargets(), epochs, optimizer, lr);
        out.printf(Locale.ROOT, "  NLL per observation   %12s %12s%n", "train", "validation");
        out.printf(Locale.ROOT, "  %-20s  %12.6f %12.6f%n", "this model", last.trainNll(), last.validationNll());
        out.printf(Locale.ROOT, "  %-20s  %12.6f %12.6f%n", "least-squares AR(" + order + ")", linear.trainNll(),
                linear.validationNll());
        if (last.model().isLinear()) {
            ArModel ar = last.model().linearAr();
            out.printf(Locale.ROOT, "  intercept %.8g, phi %s, sigma2 %.8g%n", ar.intercept(),
                    java.util.Arrays.toString(ar.phi()), ar.sigma() * ar.sigma());
        }
    }
}
