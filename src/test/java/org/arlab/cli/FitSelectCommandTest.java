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
                "sigma2", "sigma2Kind", "logLikelihood", "logLikelihoodKind", "aic", "bic", "nobs", "stdErrors",
                "stationary", "roots");
        assertThat(j.get("method").asText()).isEqualTo("ols");
        assertThat(j.get("sigma2Kind").asText()).isEqualTo("mle");
        assertThat(j.get("logLikelihoodKind").asText()).isEqualTo("conditional");
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
            JsonNode fitted = new ObjectMapper().readTree(out.toString());
            assertThat(fitted.get("method").asText()).isEqualTo(m);
            assertThat(fitted.get("logLikelihoodKind").asText()).isEqualTo(m.equals("mle") ? "exact" : "conditional");
            assertThat(fitted.get("sigma2Kind").asText()).isEqualTo(m.equals("ols") || m.equals("mle") ? "mle"
                    : "innovation-variance");
            out.getBuffer().setLength(0);
            assertThat(run("fit", "--input", f.toString(), "--order", "2", "--method", m, "--no-intercept", "--json"))
                    .isZero();
            JsonNode j = new ObjectMapper().readTree(out.toString());
            assertThat(j.get("intercept").asDouble()).isZero();
            assertThat(j.get("stdErrors").has("intercept")).isFalse();
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

    @Test
    void yuleWalkerAndBurgFitFiveValuesAtOrderFourAsRDoesWithAWarning() throws Exception {
        // R 4.2.2: ar.yw(x, aic = FALSE, order.max = 4)$ar and ar.burg(...)$ar for x = c(1.5, 2.25, 0.5, 3, 1)
        Path f = dir.resolve("five.csv");
        Files.writeString(f, "value\n1.5\n2.25\n0.5\n3.0\n1.0\n");
        double[][] r = {{-1.80515232328471442, -1.69477772030258911, -0.98189659552270470, -0.30176591570901184},
            {-1.837901887829793468, -1.531465791904831786, -0.632600536210326414, -0.052314877769679698}};
        String[] methods = {"yule-walker", "burg"};
        for (int m = 0; m < 2; m++) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(run("fit", "--input", f.toString(), "--order", "4", "--method", methods[m], "--json")).isZero();
            com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(out.toString());
            for (int k = 0; k < 4; k++) {
                assertThat(j.get("phi").get(k).asDouble()).isCloseTo(r[m][k],
                        org.assertj.core.data.Offset.offset(1e-12));
            }
            assertThat(err.toString().strip()).isEqualTo("arlab fit: warning: only 5 values for an AR(4), 1 one-step "
                    + "equation: the estimates are very uncertain.");
        }
        // least squares needs more equations than unknowns: its own sentence, one line, exit 2
        err.getBuffer().setLength(0);
        assertThat(run("fit", "--input", f.toString(), "--order", "4", "--method", "ols")).isEqualTo(2);
        assertThat(err.toString().strip()).contains("needs at least").doesNotContain("\n");
    }

    @Test
    void dataScaledBeyondDoublePrecisionSayWhyAndHowToRescale() throws Exception {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(200);
        for (double scale : new double[] {1e200, 1e-200}) {
            StringBuilder b = new StringBuilder("value\n");
            double y1 = 0;
            double y2 = 0;
            for (int t = 0; t < 300; t++) {
                double y = 0.5 * y1 - 0.3 * y2 + rnd.nextGaussian();
                b.append(y * scale).append('\n');
                y2 = y1;
                y1 = y;
            }
            Path f = dir.resolve("scaled.csv");
            Files.writeString(f, b);
            for (String m : new String[] {"ols", "mle", "yule-walker", "burg"}) {
                err.getBuffer().setLength(0);
                out.getBuffer().setLength(0);
                assertThat(run("fit", "--input", f.toString(), "--order", "2", "--method", m, "--json")).as(m)
                        .isEqualTo(2);
                String e = err.toString().strip();
                // the reader's ceiling (±1e150) or the fit's own check (σ̂² beyond 1e±308): either way the true
                // reason, the scale, and the remedy
                assertThat(e).as(m).doesNotContain("\n").contains("rescale").containsPattern("e\\+?-?200|1e±?-?150");
                assertThat(out.toString()).isEmpty();
            }
        }
    }
}
