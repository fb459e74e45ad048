package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.arlab.core.neural.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kl --p-model FILE --q-model FILE}: model files from {@code train --save}, the same JSON keys. */
class KlModelCommandTest {
    private static final String LYNX = "assets/series/lynx.csv";
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path train(Path dir, String name, String... extra) {
        Path file = dir.resolve(name);
        String[] base = {"train", "--input", LYNX, "--log10", "--order", "2", "--seed", "5", "--save",
                file.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        assertThat(run(args)).as(err.toString()).isZero();
        return file;
    }

    @Test
    void twoMlpFilesGiveTheSameKeysWithClosedFormNull(@TempDir Path dir) throws Exception {
        Path a = train(dir, "a.json", "--model", "mlp", "--hidden", "4", "--epochs", "200");
        Path b = train(dir, "b.json", "--model", "mlp", "--hidden", "4", "--epochs", "10");
        ModelFile read = ModelFile.read(a);
        assertThat(read.start()).hasSize(2);
        assertThat(read.log10()).isTrue();
        assertThat(run("kl", "--p-model", a.toString(), "--q-model", b.toString(), "--horizon", "30", "--samples",
                "4000", "--seed", "3", "--json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.has("closedForm")).isTrue();
        assertThat(root.get("closedForm").isNull()).isTrue();
        assertThat(root.get("estimator").asText()).isEqualTo("gaussian");
        JsonNode lr = root.get("monteCarlo").get("logRatio");
        JsonNode co = root.get("monteCarlo").get("conditional");
        assertThat(co.get("estimate").asDouble()).isPositive();
        assertThat(Math.abs(lr.get("estimate").asDouble() - co.get("estimate").asDouble()))
                .isLessThan(4 * Math.hypot(lr.get("stdError").asDouble(), co.get("stdError").asDouble()));
        String first = out.toString();
        assertThat(run("kl", "--p-model", a.toString(), "--q-model", b.toString(), "--horizon", "30", "--samples",
                "4000", "--seed", "3", "--json")).isZero();
        assertThat(out.toString().replaceAll("\"secondsPer10000\":[0-9.eE-]+", ""))
                .isEqualTo(first.replaceAll("\"secondsPer10000\":[0-9.eE-]+", ""));
    }

    @Test
    void twoLinearNetworksHaveTheClosedFormAndTheEstimatesAgreeWithIt(@TempDir Path dir) throws Exception {
        Path a = train(dir, "a.json", "--model", "linear", "--epochs", "300");
        Path b = train(dir, "b.json", "--model", "linear", "--epochs", "5");
        assertThat(run("kl", "--p-model", a.toString(), "--q-model", b.toString(), "--horizon", "40", "--samples",
                "20000", "--json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        double exact = root.get("closedForm").asDouble();
        assertThat(exact).isPositive();
        for (String k : new String[] {"logRatio", "conditional"}) {
            JsonNode e = root.get("monteCarlo").get(k);
            assertThat(Math.abs(e.get("estimate").asDouble() - exact)).isLessThan(4 * e.get("stdError").asDouble());
        }
    }

    @Test
    void aMixtureFileUsesTheNestedEstimatorAndMixesWithALinearQ(@TempDir Path dir) throws Exception {
        Path a = train(dir, "a.json", "--model", "mlp", "--hidden", "3", "--mixture", "2", "--epochs", "30");
        assertThat(run("kl", "--p-model", a.toString(), "--q-phi", "0.9", "--q-sigma", "0.3", "--horizon", "10",
                "--samples", "2000", "--json")).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("estimator").asText()).isEqualTo("nested");
        assertThat(root.get("notes").toString()).contains("nested");
    }

    @Test
    void badModelFilesAreRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"arlab-neural-model\", \"version\": 1}");
        assertThat(run("kl", "--p-model", bad.toString(), "--q-phi", "0.5", "--horizon", "10")).isEqualTo(2);
        assertThat(err.toString().trim()).doesNotContain("\n").contains("--p-model").contains("network");
        assertThat(run("kl", "--p-model", dir.resolve("none.json").toString(), "--q-phi", "0.5", "--horizon", "10"))
                .isEqualTo(2);
        assertThat(err.toString().trim()).doesNotContain("\n").contains("not a regular file");
        assertThat(run("kl", "--q-phi", "0.5", "--horizon", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("--p-phi or --p-model");
        Files.writeString(bad, "{not json");
        assertThat(run("kl", "--p-model", bad.toString(), "--q-phi", "0.5", "--horizon", "10")).isEqualTo(2);
        assertThat(err.toString().trim()).doesNotContain("\n").contains("does not parse");
    }
}
