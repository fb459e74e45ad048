package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.arlab.core.session.ArSettings;
import org.arlab.core.session.DataScenario;
import org.arlab.core.session.FitSettings;
import org.arlab.core.session.HorizonSettings;
import org.arlab.core.session.Session;
import org.arlab.core.session.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final java.util.List<org.arlab.core.session.LabSlot<?>> SLOTS = org.arlab.app.lab.Labs.catalog().slots();

    private int run(String... args) {
        return ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void dataLabExportsToEachFormat() throws Exception {
        Path png = dir.resolve("data.png");
        assertThat(run("export", "--lab", "data", "--output", png.toString(), "--width", "900", "--height", "500"))
                .isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(500);
        Path svg = dir.resolve("data.svg");
        assertThat(run("export", "--lab", "data", "--output", svg.toString())).isZero();
        assertThat(Files.readString(svg)).contains("<svg").contains("AR(2), φ = (0.5, −0.3)");
        Path pdf = dir.resolve("data.pdf");
        assertThat(run("export", "--lab", "data", "--output", pdf.toString())).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"data", "fit", "likelihood", "horizon", "kl",
        "montecarlo"})
    void everyLabExportsToEveryFormatWithoutADisplay(String lab) throws Exception {
        Path png = dir.resolve(lab + ".png");
        assertThat(run("export", "--lab", lab, "--output", png.toString(), "--width", "640", "--height", "400"))
                .as(err.toString()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(400);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < 640; x += 7) {
            for (int y = 0; y < 400; y += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in %s", lab).isGreaterThan(5);
        Path svg = dir.resolve(lab + ".svg");
        assertThat(run("export", "--lab", lab, "--output", svg.toString())).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("</svg>");
        assertThat(text.length()).isGreaterThan(5_000);
        Path pdf = dir.resolve(lab + ".pdf");
        assertThat(run("export", "--lab", lab, "--output", pdf.toString())).isZero();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(bytes).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(bytes.length).isGreaterThan(2_000);
    }

    @Test
    void sessionParametersAreUsed() throws Exception {
        Path session = dir.resolve("s.json");
        SessionFile.write(Session.DEFAULT.withData(DataScenario.of(new double[] {0.9}, 2, 0, 300, 5, null)), SLOTS,
                session);
        Path svg = dir.resolve("s.svg");
        assertThat(run("export", "--lab", "data", "--output", svg.toString(), "--session", session.toString()))
                .isZero();
        assertThat(Files.readString(svg)).contains("AR(1), φ = (0.9), σ = 2, n = 300, seed 5");
    }

    @Test
    void theHorizonLabsOwnParametersComeFromTheSession() throws Exception {
        Path session = dir.resolve("h.json");
        HorizonSettings h = new HorizonSettings(new ArSettings(1, new double[] {0.7, 0, 0, 0}, 1), 2, 1.5, 2, 3);
        SessionFile.write(Session.DEFAULT.with(HorizonSettings.SLOT, h), SLOTS, session);
        Path svg = dir.resolve("h.svg");
        assertThat(run("export", "--lab", "horizon", "--output", svg.toString(), "--session", session.toString()))
                .isZero();
        assertThat(Files.readString(svg)).contains("100 rollouts of 32 steps");
    }

    @Test
    void theFitLabsMethodOrderAndHorizonComeFromTheSession() throws Exception {
        Path session = dir.resolve("f.json");
        FitSettings f = new FitSettings(org.arlab.core.ar.ArFit.Method.BURG, org.arlab.core.ar.OrderChoice.FIXED, 3, 10, true, 7);
        SessionFile.write(Session.DEFAULT.with(FitSettings.SLOT, f), SLOTS, session);
        Path svg = dir.resolve("f.svg");
        assertThat(run("export", "--lab", "fit", "--output", svg.toString(), "--session", session.toString()))
                .isZero();
        assertThat(Files.readString(svg)).contains("AR(3) by Burg", "7-step forecast");
    }

    @Test
    void everyLabOfTheListExportsItsMainFigure() throws Exception {
        for (org.arlab.chart.LabSpec lab : org.arlab.app.lab.Labs.catalog().labs()) {
            Path svg = dir.resolve(lab.key() + ".svg");
            assertThat(run("export", "--lab", lab.key(), "--output", svg.toString(), "--width", "640", "--height",
                    "400")).as(lab.key() + ": " + err).isZero();
            String text = Files.readString(svg);
            assertThat(text).as(lab.key()).contains("<svg").contains("</svg>").doesNotContain("NaN");
            assertThat(text.length()).as(lab.key()).isGreaterThan(5_000);
        }
        assertThat(run("export", "--lab", "Monte Carlo", "--output", dir.resolve("mc.svg").toString())).isZero();
    }

    @Test
    void badArgumentsAreExitTwoWithOneLine() {
        assertThat(run("export", "--lab", "nonsense", "--output", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("unknown lab").contains(org.arlab.app.lab.Labs.catalog().keys())
                .doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("export", "--lab", "data", "--output", dir.resolve("x.bmp").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains(".png, .svg or .pdf").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("export", "--lab", "data", "--output", dir.resolve("x.png").toString(), "--session",
                dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("no such file").doesNotContain("\n");
    }

    private Path train(String name, String... extra) {
        Path file = dir.resolve(name);
        String[] base = {"train", "--input", "assets/series/lynx.csv", "--log10", "--order", "2", "--seed", "5",
            "--save", file.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        assertThat(run(args)).as(err.toString()).isZero();
        return file;
    }

    @Test
    void theKlLabExportsTheChartsOfTwoModelFiles() throws Exception {
        Path a = train("a.json", "--model", "mlp", "--hidden", "4", "--epochs", "100");
        Path b = train("b.json", "--model", "mlp", "--hidden", "4", "--mixture", "2", "--epochs", "20");
        Path svg = dir.resolve("kl.svg");
        assertThat(run("export", "--lab", "kl", "--p-model", a.toString(), "--q-model", b.toString(), "--horizon",
                "30", "--samples", "2000", "--seed", "4", "--output", svg.toString())).as(err.toString()).isZero();
        String text = Files.readString(svg);
        // both charts, the Monte Carlo curve drawn (its legend shows only with data), the nested estimator, no NaN
        assertThat(text).contains("KL grows linearly in T", "KL_t(p‖q), Monte Carlo ± 95%", "κ̂·T",
                "Monte Carlo estimates of KL_T(p‖q), T = 30, M = " + org.arlab.chart.Format.count(2000), "nested", "log-ratio")
                .doesNotContain("NaN").doesNotContain("KL_T(p‖q), exact");
        Path png = dir.resolve("kl.png");
        assertThat(run("export", "--lab", "kl", "--p-model", a.toString(), "--q-model", b.toString(), "--horizon",
                "30", "--samples", "2000", "--output", png.toString(), "--width", "1400", "--height", "500")).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1400);
        assertThat(img.getHeight()).isEqualTo(500);
        // q alone from a file: p is the session's linear AR (Gaussian both: the conditional estimator)
        Path one = dir.resolve("one.svg");
        assertThat(run("export", "--lab", "kl", "--q-model", a.toString(), "--horizon", "20", "--samples", "500",
                "--output", one.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(one)).contains("linear AR(2) of the session", "conditional",
                "KL_t(p‖q), Monte Carlo ± 95%");
    }

    @Test
    void twoLinearModelFilesAlsoDrawTheClosedForm() throws Exception {
        Path a = train("a.json", "--model", "linear", "--epochs", "200");
        Path b = train("b.json", "--model", "linear", "--epochs", "5");
        Path svg = dir.resolve("lin.svg");
        assertThat(run("export", "--lab", "kl", "--p-model", a.toString(), "--q-model", b.toString(), "--horizon",
                "25", "--samples", "1000", "--output", svg.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(svg)).contains("KL_T(p‖q), exact", "KL_t(p‖q), Monte Carlo ± 95%", "exact = ");
    }

    @Test
    void badModelExportsAreExitTwoWithOneLineAndNoFile() throws Exception {
        Path a = train("a.json", "--model", "mlp", "--hidden", "3", "--epochs", "5");
        Path out1 = dir.resolve("x.svg");
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"not\": \"a model\"}");
        String[][] bad = {
            {"--p-model", dir.resolve("missing.json").toString(), "--q-model", a.toString()},
            {"--p-model", junk.toString(), "--q-model", a.toString()},
            {"--p-model", a.toString(), "--horizon", "0"},
            {"--p-model", a.toString(), "--samples", "1"},
            // the budget is checked before the files are read: the missing file is not what is said
            {"--p-model", dir.resolve("missing.json").toString(), "--horizon", "100000", "--samples", "100000"},
        };
        String[] said = {"missing.json", "junk.json", "--horizon must be 1 to 100 000", "--samples must be",
            "more than the ceiling"};
        for (int i = 0; i < bad.length; i++) {
            err.getBuffer().setLength(0);
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("export", "--lab", "kl",
                    "--output", out1.toString()), java.util.Arrays.stream(bad[i])).toArray(String[]::new);
            assertThat(run(args)).as(String.join(" ", bad[i])).isEqualTo(2);
            assertThat(err.toString().strip()).as(String.join(" ", bad[i])).contains(said[i])
                    .doesNotContain("\n").doesNotContain("Exception");
            assertThat(out1).doesNotExist();
        }
        err.getBuffer().setLength(0);
        assertThat(run("export", "--lab", "data", "--p-model", a.toString(), "--output", out1.toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip()).contains("for --lab kl").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("export", "--lab", "kl", "--samples", "100", "--output", out1.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("with --p-model or --q-model").doesNotContain("\n");
        assertThat(out1).doesNotExist();
    }
}
