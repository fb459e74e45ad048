package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} and {@code memory} (issue 18): the JSON contract, one seed giving the same bytes, the MLP beating the
 * linear AR on log10 lynx, the linear model landing on least squares, memory's S^t, and one-line errors with exit 2.
 */
class TrainMemoryCommandTest {
    private static final String LYNX = "assets/series/lynx.csv";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
    }

    private JsonNode json(String... args) throws Exception {
        assertThat(run(args)).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void oneSeedGivesTheSameBytes() {
        String[][] runs = {
            {"train", "--input", LYNX, "--log10", "--model", "mlp", "--order", "3", "--hidden", "5", "--epochs", "120",
                "--batch", "16", "--seed", "9", "--json"},
            {"train", "--input", LYNX, "--log10", "--model", "gru", "--order", "2", "--hidden", "4", "--mixture", "2",
                "--epochs", "40", "--batch", "30", "--truncate", "10", "--seed", "9", "--json"},
        };
        for (String[] args : runs) {
            assertThat(run(args)).isZero();
            String first = out.toString();
            assertThat(run(args)).isZero();
            assertThat(out.toString()).isEqualTo(first);
            args[args.length - 2] = "10";
            assertThat(run(args)).isZero();
            assertThat(out.toString()).as("another seed, another run").isNotEqualTo(first);
        }
    }

    @Test
    void anMlpBeatsTheLinearArOnLog10Lynx() throws Exception {
        JsonNode r = json("train", "--input", LYNX, "--log10", "--model", "mlp", "--order", "2", "--hidden", "4",
                "--epochs", "300", "--seed", "42", "--json");
        // measured: validationNll −0.1912, linearValidationNll −0.0866 (and below it for seeds 1..10 alike)
        assertThat(r.get("validationNll").asDouble()).isLessThan(r.get("linearValidationNll").asDouble() - 0.05);
        assertThat(r.get("parameters").asInt()).isEqualTo(2 * 4 + 4 + 4 + 1 + 1);
        assertThat(r.get("epochs").asInt()).isEqualTo(300);
        JsonNode h = r.get("history");
        assertThat(h.size()).isEqualTo(200);
        assertThat(h.get(199).get("epoch").asInt()).isEqualTo(300);
        assertThat(h.get(199).get("validationNll").asDouble()).isEqualTo(r.get("validationNll").asDouble());
        assertThat(r.has("phi")).isFalse();
        // the linear baseline: least squares AR(2) on the first 90 + 2 values, scored on the last 22
        double[] y = Fixtures.series("lynx");
        ArFit ls = ConditionalMle.fit(java.util.Arrays.copyOf(y, 92), 2, true);
        assertThat(r.get("linearTrainNll").asDouble()).isCloseTo(-ls.logLikelihood() / ls.nobs(), within(1e-12));
        assertThat(r.get("trainTargets").asInt()).isEqualTo(90);
        assertThat(r.get("validationTargets").asInt()).isEqualTo(22);
    }

    @Test
    void theLinearModelLandsOnLeastSquares() throws Exception {
        JsonNode r = json("train", "--input", LYNX, "--log10", "--model", "linear", "--order", "2", "--epochs", "3000",
                "--optimizer", "sgd", "--lr", "0.05", "--json");
        double[] y = Fixtures.series("lynx");
        ArFit ls = ConditionalMle.fit(java.util.Arrays.copyOf(y, 92), 2, true);
        assertThat(r.get("phi").get(0).asDouble()).isCloseTo(ls.phi()[0], within(1e-9));
        assertThat(r.get("phi").get(1).asDouble()).isCloseTo(ls.phi()[1], within(1e-9));
        assertThat(r.get("intercept").asDouble()).isCloseTo(ls.intercept(), within(1e-9));
        assertThat(r.get("sigma2").asDouble()).isCloseTo(ls.sigma2(), within(1e-9));
        assertThat(r.get("validationNll").asDouble()).isCloseTo(r.get("linearValidationNll").asDouble(),
                within(1e-9));
        assertThat(r.get("history").size()).isEqualTo(200);
    }

    @Test
    void saveWritesTheModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.json");
        JsonNode r = json("train", "--input", LYNX, "--log10", "--model", "rnn", "--order", "2", "--hidden", "3",
                "--mixture", "2", "--epochs", "5", "--save", file.toString(), "--json");
        JsonNode m = new ObjectMapper().readTree(Files.readString(file));
        assertThat(m.get("format").asText()).isEqualTo("arlab-neural-model");
        assertThat(m.get("network").get("cell").asText()).isEqualTo("rnn");
        assertThat(m.get("head").get("components").asInt()).isEqualTo(2);
        assertThat(m.get("parameters").size()).isEqualTo(r.get("parameters").asInt()).isEqualTo(3 * 5 + 3 * 2 * 4);
        assertThat(m.get("log10").asBoolean()).isTrue();
    }

    @Test
    void memoryOfAnRnnIsSToTheT() throws Exception {
        JsonNode r = json("memory", "--cell", "rnn", "--hidden", "16", "--spectral-norm", "0.9", "--steps", "50",
                "--seed", "3", "--json");
        JsonNode norms = r.get("jacobianNorms");
        assertThat(norms.size()).isEqualTo(50);
        for (int t = 1; t <= 50; t++) {
            double expected = Math.pow(0.9, t);
            assertThat(norms.get(t - 1).asDouble()).isCloseTo(expected, within(1e-12 * expected));
            assertThat(r.get("theory").get(t - 1).asDouble()).isEqualTo(expected);
        }
        assertThat(norms.get(49).asDouble()).isCloseTo(5.15e-3, within(0.005e-3));
        JsonNode g = json("memory", "--cell", "gru", "--hidden", "8", "--spectral-norm", "0.9", "--steps", "20",
                "--json");
        for (int t = 0; t < 20; t++) {
            double th = g.get("theory").get(t).asDouble();
            assertThat(g.get("jacobianNorms").get(t).asDouble()).isCloseTo(th, within(1e-10 * th));
        }
    }

    @Test
    void badArgumentsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path negative = dir.resolve("neg.csv");
        Files.writeString(negative, "t,value\n" + "1,-1\n2,3\n3,2\n4,5\n5,1\n6,2\n7,4\n8,3\n9,1\n10,2\n");
        String[] lynx = {"--input", LYNX, "--log10", "--order", "2", "--epochs", "5"};
        String[][] bad = {
            concat(new String[] {"train", "--model", "cnn"}, lynx),
            concat(new String[] {"train", "--model", "linear", "--hidden", "4"}, lynx),
            concat(new String[] {"train", "--model", "mlp"}, lynx),
            concat(new String[] {"train", "--model", "mlp", "--hidden", "4", "--mixture", "2", "--sigma", "fixed"},
                    lynx),
            concat(new String[] {"train", "--model", "mlp", "--hidden", "4", "--lr", "-1"}, lynx),
            concat(new String[] {"train", "--model", "mlp", "--hidden", "4", "--validation", "0"}, lynx),
            concat(new String[] {"train", "--model", "mlp", "--hidden", "4", "--optimizer", "rmsprop"}, lynx),
            concat(new String[] {"train", "--model", "mlp", "--hidden", "4", "--activation", "swish"}, lynx),
            {"train", "--input", LYNX, "--model", "mlp", "--hidden", "4", "--order", "40", "--epochs", "5"},
            concat(new String[] {"train", "--model", "mlp", "--hidden", "4", "--sigma", "maybe"}, lynx),
            concat(new String[] {"train", "--model", "mlp", "--hidden", "4", "--lr", "1e6", "--optimizer", "sgd"},
                    lynx),
            {"train", "--input", negative.toString(), "--log10", "--model", "linear", "--order", "1", "--epochs", "2"},
            {"train", "--input", dir.resolve("missing.csv").toString(), "--model", "linear", "--order", "1",
                "--epochs", "2"},
            {"memory", "--cell", "lstm", "--hidden", "4", "--spectral-norm", "1", "--steps", "5"},
            {"memory", "--cell", "rnn", "--hidden", "0", "--spectral-norm", "1", "--steps", "5"},
            {"memory", "--cell", "rnn", "--hidden", "4", "--spectral-norm", "-1", "--steps", "5"},
            {"memory", "--cell", "rnn", "--hidden", "4", "--spectral-norm", "1e200", "--steps", "5"},
        };
        for (String[] args : bad) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString().strip()).as(String.join(" ", args)).isNotEmpty().doesNotContain("\n")
                    .doesNotContain("Exception");
        }
    }

    /** Issue 17 (review): train and memory check their whole numbers with cli.Limits.range, as every command does. */
    @Test
    void wholeNumberOptionsAreRangeCheckedWithTheCommandsOneMessage() throws Exception {
        String[][] cases = {
            {"arlab train: --epochs must be 1 to 1 000 000, not 2 000 000.", "train", "--input", LYNX, "--model",
                "linear", "--order", "1", "--epochs", "2000000"},
            {"arlab train: --order must be 1 to 32, not 40.", "train", "--input", LYNX, "--model", "mlp", "--hidden",
                "4", "--order", "40", "--epochs", "5"},
            {"arlab train: --mixture (0: one Gaussian) must be 0 to 64, not -1.", "train", "--input", LYNX, "--model",
                "mlp", "--hidden", "4", "--mixture", "-1", "--order", "2", "--epochs", "5"},
            {"arlab train: --hidden must be 1 to 256, not 300.", "train", "--input", LYNX, "--model", "gru",
                "--hidden", "300", "--order", "2", "--epochs", "5"},
            {"arlab memory: --hidden must be 1 to 256, not 0.", "memory", "--cell", "rnn", "--hidden", "0",
                "--spectral-norm", "1", "--steps", "5"},
            {"arlab memory: --steps must be 1 to 100 000, not 200 000.", "memory", "--cell", "rnn", "--hidden", "4",
                "--spectral-norm", "1", "--steps", "200000"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            err.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString().strip()).isEqualTo(c[0]);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void aTrainingRunBeyondItsBudgetIsRefusedBeforeItStarts() throws Exception {
        assertThat(run("train", "--input", LYNX, "--model", "gru", "--order", "2", "--hidden", "256",
                "--epochs", "1000000", "--json")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("arlab train: --epochs × (parameters × training targets)")
                .contains("ceiling").doesNotContain("\n");
        assertThat(out.toString()).isEmpty(); // refused before any epoch: nothing was trained or printed
    }
}
