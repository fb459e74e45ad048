package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.api.Test;

class KlMcCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void klJsonHasTheContractKeysAndTheFixtureValue() throws Exception {
        assertThat(run("kl", "--p-phi", "0.5,-0.3", "--p-sigma", "1", "--q-phi", "0.6,0.2", "--q-sigma", "1",
                "--horizon", "60", "--samples", "20000", "--seed", "3", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        double[] expected = Fixtures.get("kl.properties", "ar2.kl");
        assertThat(root.get("closedForm").asDouble()).isCloseTo(expected[expected.length - 1], within(1e-9));
        assertThat(root.get("rate").isNumber()).isTrue();
        assertThat(root.get("reverse").asDouble()).isPositive().isNotEqualTo(root.get("closedForm").asDouble());
        for (String k : new String[] {"logRatio", "conditional"}) {
            JsonNode e = root.get("monteCarlo").get(k);
            assertThat(Math.abs(e.get("estimate").asDouble() - root.get("closedForm").asDouble()))
                    .isLessThanOrEqualTo(4 * e.get("stdError").asDouble());
        }
        assertThat(root.get("monteCarlo").get("conditional").get("stdError").asDouble())
                .isLessThan(root.get("monteCarlo").get("logRatio").get("stdError").asDouble());
    }

    @Test
    void klRatesAreLeftOutWithAReasonWhenTheirModelIsNotStationary() throws Exception {
        assertThat(run("kl", "--p-phi", "1.05", "--q-phi", "0.5", "--horizon", "20", "--samples", "100", "--json"))
                .isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.has("rate")).isFalse();
        assertThat(root.has("rateSpectral")).isFalse();
        assertThat(root.get("reverseRate").isNumber()).isTrue();
        assertThat(root.get("notes").get(0).asText()).contains("p is not stationary");
        assertThat(root.get("closedForm").asDouble()).isPositive();
        out.getBuffer().setLength(0);
        // issue 15: κ(p‖q) needs only p stationary. d = −1, Γ_p(0) = 4/3: κ = (1 + 4/3)/2 − 1/2 = 2/3
        assertThat(run("kl", "--p-phi", "0.5", "--q-phi", "1.5", "--horizon", "20", "--samples", "100", "--json"))
                .isZero();
        root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("rate").asDouble()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(root.get("rateSpectral").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(root.has("reverseRate")).isFalse();
        assertThat(root.get("notes")).hasSize(1);
        assertThat(root.get("notes").get(0).asText()).contains("q is not stationary");
    }

    @Test
    void mcJsonHasTheContractKeys() throws Exception {
        assertThat(run("mc", "--coefficients", "1,1,1", "--mu", "0", "--variance", "2", "--samples", "100000",
                "--seed", "5", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("exact").asDouble()).isEqualTo(3.0);
        assertThat(root.get("exactVariance").asDouble()).isCloseTo(10.0, within(1e-12));
        assertThat(Math.abs(root.get("estimate").asDouble() - 3)).isLessThan(4 * root.get("stdError").asDouble());
        double b = root.get("variance").get("biased").asDouble();
        double u = root.get("variance").get("unbiased").asDouble();
        assertThat(b).isCloseTo(u * 99_999 / 100_000, within(1e-9));
    }

    @Test
    void badArgumentsExitTwoWithOneLine() {
        String[][] bad = {
            {"kl", "--p-phi", "0.5", "--p-sigma", "-1", "--q-phi", "0.2", "--horizon", "5"},
            {"kl", "--p-phi", "0.5", "--q-phi", "0.2", "--horizon", "5", "--samples", "1"},
            {"kl", "--p-phi", "0.5", "--q-phi", "0.2", "--horizon", "0"},
            {"kl", "--p-phi", "3", "--q-phi", "0.2", "--horizon", "5000"},
            {"mc", "--coefficients", "1,1", "--variance", "-2", "--samples", "10"},
            {"mc", "--coefficients", "", "--samples", "10"},
            {"mc", "--coefficients", "1", "--samples", "1"},
        };
        for (String[] args : bad) {
            err.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString().strip()).as(String.join(" ", args)).isNotEmpty().doesNotContain("\n")
                    .doesNotContain("Exception");
        }
    }
}
