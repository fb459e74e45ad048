package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class ReplicateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void jsonHasPerMethodStatisticsAgainstTheAsymptoticSd() throws Exception {
        assertThat(run("replicate", "--phi", "0.5,-0.3", "--n", "400", "--replications", "2000", "--seed", "3",
                "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("methods").fieldNames()).toIterable().containsExactly("ols", "mle", "yule-walker",
                "burg");
        for (JsonNode m : root.get("methods")) {
            for (String key : new String[] {"mean", "sd", "asymptoticSd", "bias", "rmse", "coverage95"}) {
                assertThat(m.get(key)).as(key).hasSize(2);
            }
            // σ²Γ₂⁻¹/n: (1 − φ₂²)/n on the diagonal
            assertThat(m.get("asymptoticSd").get(0).asDouble()).isEqualTo(Math.sqrt(0.91 / 400));
            assertThat(m.get("sd").get(0).asDouble() / m.get("asymptoticSd").get(0).asDouble()).isBetween(0.9, 1.1);
            assertThat(m.get("coverage95").get(1).asDouble()).isBetween(0.92, 0.98);
        }
    }

    @Test
    void theNumbersDoNotDependOnTheThreadCount() {
        String[] args = {"replicate", "--phi", "0.7", "--n", "60", "--replications", "3000", "--seed", "5", "--json",
            "--threads", "1"};
        assertThat(run(args)).isZero();
        String one = out.toString();
        args[args.length - 1] = "2";
        assertThat(run(args)).isZero();
        assertThat(out.toString()).isEqualTo(one);
        args[args.length - 1] = "5";
        assertThat(run(args)).isZero();
        assertThat(out.toString()).isEqualTo(one);
    }

    @Test
    void aUnitRootReportsTheDickeyFullerQuantilesAndNoAsymptoticSd() throws Exception {
        assertThat(run("replicate", "--phi", "1", "--no-intercept", "--n", "100", "--replications", "5000",
                "--method", "ols", "--json")).isZero();
        JsonNode ols = new ObjectMapper().readTree(out.toString()).get("methods").get("ols");
        assertThat(ols.has("asymptoticSd")).isFalse();
        assertThat(ols.get("dickeyFuller").get("q05").asDouble()).isBetween(-8.6, -7.2);
        assertThat(run("replicate", "--phi", "0.5", "--n", "100", "--replications", "100", "--method", "burg"))
                .isZero();
        assertThat(out.toString()).contains("Burg").doesNotContain("NaN");
    }

    @Test
    void badInputIsExitTwoAndOneLineBeforeTheWorkStarts() {
        String[][] bad = {
            {"replicate", "--phi", "0.5", "--n", "10", "--replications", "100"},
            {"replicate", "--phi", "0.5", "--n", "100", "--replications", "1000000"},
            {"replicate", "--phi", "0.5", "--n", "100000", "--replications", "100000"},
            {"replicate", "--phi", "1.2", "--n", "100", "--replications", "100"},
            {"replicate", "--phi", "0.1,0.1,0.1,0.1", "--n", "100", "--replications", "100"},
            {"replicate", "--phi", "0.5", "--n", "100", "--replications", "100", "--method", "lasso"},
            {"replicate", "--phi", "0.5", "--n", "100", "--replications", "100", "--threads", "0"},
            {"replicate", "--phi", "0.5", "--sigma", "0", "--n", "100", "--replications", "100"},
            {"replicate", "--phi", "0.5", "--n", "100"},
        };
        for (String[] args : bad) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString().strip()).as(String.join(" ", args)).startsWith("arlab").doesNotContain("\n")
                    .doesNotContain("Exception");
            assertThat(out.toString()).isEmpty();
        }
        run(bad[2]);
        assertThat(err.toString().strip()).isEqualTo("arlab replicate: --n × --replications × methods = 100 000 × "
                + "100 000 × 4 is more than the ceiling of 1 000 000 000; ask for fewer.");
    }
}
