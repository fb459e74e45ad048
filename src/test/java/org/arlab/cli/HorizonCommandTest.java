package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class HorizonCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void jsonHasTheContractKeysWithOneEntryPerHorizon() throws Exception {
        assertThat(run("horizon", "--phi", "0.5,-0.3", "--sigma", "1", "--steps", "50", "--rollouts", "20000",
                "--seed", "3", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("theoryVariance")).hasSize(50);
        assertThat(root.get("empiricalVariance")).hasSize(50);
        assertThat(root.get("empiricalMean")).hasSize(50);
        // h = 1: σ²; h = 2: σ²(1 + φ₁²) = 1.25
        assertThat(root.get("theoryVariance").get(0).asDouble()).isEqualTo(1.0);
        assertThat(root.get("theoryVariance").get(1).asDouble()).isEqualTo(1.25);
        for (int h = 0; h < 50; h++) {
            double theory = root.get("theoryVariance").get(h).asDouble();
            double emp = root.get("empiricalVariance").get(h).asDouble();
            assertThat(Math.abs(emp - theory)).isLessThan(5 * theory * Math.sqrt(2.0 / 19999));
            assertThat(Math.abs(root.get("empiricalMean").get(h).asDouble())).isLessThan(5 * Math.sqrt(theory / 20000));
        }
    }

    @Test
    void errorsAreExitTwoAndOneLine() {
        assertThat(run("horizon", "--phi", "0.5", "--sigma", "-1", "--steps", "5", "--rollouts", "10")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("σ").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("horizon", "--phi", "0.5", "--steps", "0", "--rollouts", "10")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("horizon").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("horizon", "--phi", "0.5", "--steps", "5")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("--rollouts").doesNotContain("\n");
    }
}
