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
}
