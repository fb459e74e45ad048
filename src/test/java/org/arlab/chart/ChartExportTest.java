package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartExportTest {
    @TempDir
    Path dir;

    private SeriesFigure figure() {
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        f.show("AR(1) test", new double[] {0, 1, -1, 2, -2, 0.5}, 1, 0.1);
        return f;
    }

    @Test
    void writesPngOfTheChosenSizeWithTheSeriesDrawn() throws Exception {
        Path png = dir.resolve("chart.png");
        ChartExport.write(figure().chart(), png, 800, 500);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
        // some pixels carry the series colour (Okabe–Ito blue)
        // anti-aliased, so count pixels that are clearly blue rather than exactly the palette colour
        int hits = 0;
        for (int x = 0; x < 800; x++) {
            for (int y = 0; y < 500; y++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int b = rgb & 0xFF;
                if (b - r > 80) {
                    hits++;
                }
            }
        }
        assertThat(hits).isGreaterThan(100);
    }

    @Test
    void writesSvgWithTitleText() throws Exception {
        Path svg = dir.resolve("chart.svg");
        ChartExport.write(figure().chart(), svg, 640, 400);
        String text = Files.readString(svg);
        assertThat(text).contains("<svg").contains("width='640.0'").contains("AR(1) test");
    }

    @Test
    void refusesUnknownFormatAndTinySize() {
        assertThatThrownBy(() -> ChartExport.write(figure().chart(), dir.resolve("c.bmp"), 640, 400))
                .hasMessageContaining(".png, .svg or .pdf");
        assertThatThrownBy(() -> ChartExport.write(figure().chart(), dir.resolve("c.png"), 10, 400))
                .hasMessageContaining("50");
    }

    @Test
    void writesPdfWithHeaderAndDrawing() throws Exception {
        Path pdf = dir.resolve("chart.pdf");
        ChartExport.write(figure().chart(), pdf, 640, 400);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(2000);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/MediaBox [0.0 0.0 640.0 400.0]");
    }

    @Test
    void pngScaleMultipliesThePixelsNotTheLayout() throws Exception {
        Path png = dir.resolve("chart2x.png");
        ChartExport.write(figure().chart(), png, 400, 300, 2.0);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(600);
        assertThatThrownBy(() -> ChartExport.write(figure().chart(), png, 400, 300, 5.0)).hasMessageContaining("scale");
    }

    /**
     * Issue 17 (Export): a 1600 × 1000 export is the layout of a chart on screen magnified 1.6 times — the same
     * picture as 1000 × 625 at PNG scale 1.6, with as many tick labels as at 1000 × 625 — not a layout at full size
     * with small type and twice the ticks.
     */
    @Test
    void aLargeExportIsTheScreenLayoutMagnified() throws Exception {
        SeriesFigure f = new SeriesFigure(ChartStyle.of(false, 1f));
        double[] y = new double[500];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int t = 1; t < y.length; t++) {
            y[t] = 0.5 * y[t - 1] + rnd.nextGaussian();
        }
        f.show("AR(1), n = 500", y, 1, 0);
        assertThat(ChartExport.magnification(1600, 1000)).isEqualTo(1.6);
        assertThat(ChartExport.magnification(800, 500)).isEqualTo(1.0);
        Path big = dir.resolve("big.png");
        Path magnified = dir.resolve("magnified.png");
        ChartExport.write(f.chart(), big, 1600, 1000);
        ChartExport.write(f.chart(), magnified, 1000, 625, 1.6);
        BufferedImage a = ImageIO.read(big.toFile());
        BufferedImage b = ImageIO.read(magnified.toFile());
        assertThat(a.getWidth()).isEqualTo(1600);
        assertThat(b.getWidth()).isEqualTo(1600);
        int differ = 0;
        for (int x = 0; x < 1600; x++) {
            for (int yy = 0; yy < 1000; yy++) {
                if (a.getRGB(x, yy) != b.getRGB(x, yy)) {
                    differ++;
                }
            }
        }
        assertThat(differ).isZero();
        Path svgBig = dir.resolve("big.svg");
        Path svgScreen = dir.resolve("screen.svg");
        ChartExport.write(f.chart(), svgBig, 1600, 1000);
        ChartExport.write(f.chart(), svgScreen, 1000, 625);
        assertThat(texts(svgBig)).isEqualTo(texts(svgScreen)).isLessThan(40);
    }

    private static int texts(Path svg) throws Exception {
        String s = Files.readString(svg);
        return s.split("<text", -1).length - 1;
    }
}
