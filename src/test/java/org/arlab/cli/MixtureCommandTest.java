package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code mixture} (issue 20): the Mixture lab's numbers headless — C = 3 against one Gaussian on the inverted
 * sinusoid, the MDN-AR against the regime-switching AR's exact conditional — and one-line errors with exit 2.
 */
class MixtureCommandTest {
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
    void threeComponentsBeatOneGaussianOnTheInvertedSinusoidByMoreThanHalfANat() throws Exception {
        JsonNode j = json("mixture", "--part", "sinusoid", "--components", "3", "--hidden", "16", "--epochs", "2000",
                "--json");
        double c3 = j.get("validationNll").asDouble();
        double c1 = j.get("validationNllOne").asDouble();
        System.out.printf("mixture --part sinusoid: C = 3 %.4f, C = 1 %.4f%n", c3, c1);
        assertThat(c1 - c3).isGreaterThan(0.5);
        assertThat(j.get("headParameters").asInt()).isEqualTo(3 * 3 * 17);
        assertThat(j.get("parameters").asInt()).isEqualTo(3 * 3 * 17 + 2 * 16);
    }

    @Test
    void theMdnArComesWithinAFiftiethOfTheRegimeSwitchingArsExactConditional() throws Exception {
        JsonNode j = json("mixture", "--part", "series", "--source", "regime", "--components", "2", "--hidden", "16",
                "--order", "3", "--epochs", "1500", "--json");
        double mdn = j.get("validationNll").asDouble();
        double exact = j.get("exactNll").asDouble();
        double one = j.get("validationNllOne").asDouble();
        System.out.printf("mixture --part series: exact %.4f, C = 2 %.4f, C = 1 %.4f%n", exact, mdn, one);
        assertThat(Math.abs(mdn - exact)).isLessThan(0.05);
        assertThat(one - exact).isGreaterThan(0.05);
        assertThat(run("mixture", "--part", "series", "--epochs", "3")).isZero();
        assertThat(out.toString()).contains("true process, exact conditional NLL");
    }

    @Test
    void badOptionsGiveOneLineAndExitTwo() {
        for (String[] args : new String[][] {
            {"mixture", "--components", "9"}, {"mixture", "--part", "circle"}, {"mixture", "--epochs", "0"},
            {"mixture", "--lr", "2"}, {"mixture", "--part", "series", "--source", "lynx"},
        }) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("Exception").isNotEmpty();
            assertThat(out.toString()).isEmpty();
        }
    }
}
