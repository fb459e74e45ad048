package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.arlab.core.session.DataScenario;
import org.arlab.core.session.Session;
import org.arlab.core.session.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ArLabCommand.run(new PrintWriter(out), new PrintWriter(err), args);
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

    @Test
    void sessionParametersAreUsed() throws Exception {
        Path session = dir.resolve("s.json");
        SessionFile.write(Session.DEFAULT.withData(DataScenario.of(new double[] {0.9}, 2, 0, 300, 5, null)), session);
        Path svg = dir.resolve("s.svg");
        assertThat(run("export", "--lab", "data", "--output", svg.toString(), "--session", session.toString()))
                .isZero();
        assertThat(Files.readString(svg)).contains("AR(1), φ = (0.9), σ = 2, n = 300, seed 5");
    }

    @Test
    void badArgumentsAreExitTwoWithOneLine() {
        assertThat(run("export", "--lab", "nonsense", "--output", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("unknown lab").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("export", "--lab", "data", "--output", dir.resolve("x.bmp").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains(".png, .svg or .pdf").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("export", "--lab", "data", "--output", dir.resolve("x.png").toString(), "--session",
                dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("no such file").doesNotContain("\n");
    }
}
