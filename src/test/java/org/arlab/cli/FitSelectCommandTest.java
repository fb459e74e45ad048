package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fit and select commands' exact contract, against statsmodels values (see the reference fixtures). */
class FitSelectCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path log10Lynx() throws Exception {
        double[] y = Fixtures.series("lynx");
        StringBuilder sb = new StringBuilder("year;count;log10\n");
        for (int i = 0; i < y.length; i++) {
            sb.append(1821 + i).append(';').append(Math.round(Math.pow(10, y[i]))).append(';').append(y[i]).append('\n');
        }
        Path f = dir.resolve("lynx-log.csv");
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void fitJsonHasEveryKeyAndMatchesAutoReg() throws Exception {
        assertThat(run("fit", "--input", log10Lynx().toString(), "--column", "log10", "--order", "2", "--json"))
                .isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.fieldNames()).toIterable().containsExactlyInAnyOrder("method", "order", "phi", "intercept", "mean",
                "sigma2", "logLikelihood", "aic", "bic", "nobs", "stdErrors", "stationary", "roots");
        assertThat(j.get("method").asText()).isEqualTo("ols");
        double[] params = Fixtures.sm("lynx.p2.ols.c.params");
        assertThat(j.get("intercept").asDouble()).isCloseTo(params[0], org.assertj.core.data.Offset.offset(1e-8));
        assertThat(j.get("phi").get(0).asDouble()).isCloseTo(params[1], org.assertj.core.data.Offset.offset(1e-8));
        assertThat(j.get("sigma2").asDouble()).isCloseTo(Fixtures.sm("lynx.p2.ols.c.sigma2")[0],
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.get("aic").asDouble()).isCloseTo(Fixtures.sm("lynx.p2.ols.c.aic")[0],
                org.assertj.core.data.Offset.offset(1e-7));
        assertThat(j.get("nobs").asInt()).isEqualTo(112);
        assertThat(j.get("stdErrors").get("phi")).hasSize(2);
        assertThat(j.get("stationary").asBoolean()).isTrue();
        assertThat(j.get("roots")).hasSize(2);
        assertThat(j.get("roots").get(0).has("re")).isTrue();
    }

    @Test
    void everyMethodAndNoInterceptRun() throws Exception {
        Path f = log10Lynx();
        for (String m : new String[] {"ols", "mle", "yule-walker", "burg"}) {
            out.getBuffer().setLength(0);
            assertThat(run("fit", "--input", f.toString(), "--order", "2", "--method", m, "--json")).isZero();
            assertThat(new ObjectMapper().readTree(out.toString()).get("method").asText()).isEqualTo(m);
            out.getBuffer().setLength(0);
            assertThat(run("fit", "--input", f.toString(), "--order", "2", "--method", m, "--no-intercept", "--json"))
                    .isZero();
            JsonNode j = new ObjectMapper().readTree(out.toString());
            assertThat(j.get("intercept").asDouble()).isZero();
            assertThat(j.get("stdErrors").get("intercept").isNull()).isTrue();
        }
    }

    @Test
    void selectJsonMatchesArSelectOrder() throws Exception {
        assertThat(run("select", "--input", log10Lynx().toString(), "--column", "3", "--max-order", "12",
                "--criterion", "bic", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("order").asInt()).isEqualTo((int) Fixtures.sm("lynx.select12.bic")[0]);
        assertThat(j.get("criterion").asText()).isEqualTo("bic");
        assertThat(j.get("scores")).hasSize(13);
        assertThat(j.get("scores").get(2).fieldNames()).toIterable().containsExactlyInAnyOrder("order", "aic", "bic",
                "logLikelihood");
    }

    @Test
    void errorsAreExitTwoAndOneLineNamingTheProblem() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "v\n1\n2\nabc\n");
        assertThat(run("fit", "--input", bad.toString(), "--order", "1")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("arlab fit: bad.csv, line 4: \"abc\" is not a number.");
        err.getBuffer().setLength(0);
        assertThat(run("fit", "--input", log10Lynx().toString(), "--order", "2", "--method", "magic")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("unknown method").doesNotContain("\n");
        err.getBuffer().setLength(0);
        Path shortFile = dir.resolve("short.csv");
        Files.writeString(shortFile, "v\n" + "1\n2\n4\n3\n".repeat(5));
        assertThat(run("fit", "--input", shortFile.toString(), "--order", "20")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("at least").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("fit", "--input", log10Lynx().toString(), "--order", "90")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("arlab fit: --order must be 0 to 50, not 90.");
        err.getBuffer().setLength(0);
        Path constant = dir.resolve("constant.csv");
        Files.writeString(constant, "v\n" + "3\n".repeat(50));
        assertThat(run("fit", "--input", constant.toString(), "--order", "1")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("singular").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("select", "--input", log10Lynx().toString(), "--max-order", "3", "--criterion", "xic"))
                .isEqualTo(2);
        assertThat(err.toString().strip()).contains("unknown criterion").doesNotContain("\n");
    }
}
