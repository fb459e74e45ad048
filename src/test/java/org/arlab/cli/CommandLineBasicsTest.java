package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CommandLineBasicsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: arlab").contains("simulate").contains("forecast").contains("diagnose");
    }

    @Test
    void simulateWritesCsvWithHeaderAndNRows() {
        assertThat(run("simulate", "--phi", "0.5,-0.3", "--sigma", "1", "--n", "25", "--seed", "42")).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("t,value");
        assertThat(lines).hasSize(26);
        assertThat(lines[25]).startsWith("25,");
    }

    @Test
    void badInputIsExitTwoAndOneLine() {
        assertThat(run("simulate", "--phi", "0.5", "--sigma", "-1", "--n", "10")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("σ");
        err.getBuffer().setLength(0);
        assertThat(run("simulate", "--phi", "abc", "--n", "10")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("Exception");
        err.getBuffer().setLength(0);
        assertThat(run("nonsense")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n");
    }
}
