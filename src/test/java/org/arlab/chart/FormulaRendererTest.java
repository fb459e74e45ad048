package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.arlab.core.formula.Formula;
import org.arlab.core.formula.FormulaSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaRendererTest {
    private final FormulaRenderer renderer = new FormulaRenderer(256);

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyLabsFormulasTypesetToVisibleInk(boolean dark) {
        ChartStyle style = ChartStyle.of(dark, 1f);
        for (Map.Entry<String, Formula> e : FormulaSamples.all().entrySet()) {
            for (Formula.Block b : e.getValue().blocks()) {
                for (String line : b.lines()) {
                    assertThat(renderer.typeset(line, 15).getIconWidth()).as(e.getKey() + ": " + line)
                            .isGreaterThan(20);
                }
                BufferedImage img = renderer.block(b, style);
                assertThat(ink(img, style)).as(e.getKey() + " block " + b.lines().get(0)).isGreaterThan(100);
            }
        }
    }

    @Test
    void textFollowsTheThemeForeground() {
        Formula.Block b = Formula.equation("y_t = 0.5\\, y_{t-1}");
        for (boolean dark : new boolean[] {false, true}) {
            ChartStyle style = ChartStyle.of(dark, 1f);
            BufferedImage img = renderer.block(b, style);
            int darkest = 255 * 3;
            int lightest = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int argb = img.getRGB(x, y);
                    if ((argb >>> 24) > 250) {
                        int sum = ((argb >> 16) & 255) + ((argb >> 8) & 255) + (argb & 255);
                        darkest = Math.min(darkest, sum);
                        lightest = Math.max(lightest, sum);
                    }
                }
            }
            if (dark) {
                assertThat(lightest).as("opaque glyph pixels are light on dark").isGreaterThan(500);
            } else {
                assertThat(darkest).as("opaque glyph pixels are dark on light").isLessThan(200);
            }
        }
    }

    @Test
    void presentationScaleMakesLargerImages() {
        Formula.Block b = FormulaSamples.all().get("fit").blocks().get(0);
        BufferedImage small = renderer.block(b, ChartStyle.of(false, 1f));
        BufferedImage large = renderer.block(b, ChartStyle.of(false, 1.5f));
        assertThat(large.getWidth()).isGreaterThan((int) (small.getWidth() * 1.4));
    }

    @Test
    void linesWithoutNumbersAreTypesetOnce() {
        Formula f = FormulaSamples.all().get("data");
        ChartStyle style = ChartStyle.of(false, 1f);
        renderer.block(f.blocks().get(0), style);
        int before = renderer.cached();
        renderer.block(f.blocks().get(0), style);
        assertThat(renderer.cached()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void exportWritesEveryFormat(String ext, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("kl-formulas." + ext);
        FormulaExport.write(FormulaSamples.all().get("kl"), renderer, ChartStyle.of(false, 1f), file, 1200, 1.0);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(1000);
        switch (ext) {
            case "png" -> {
                BufferedImage img = ImageIO.read(file.toFile());
                assertThat(img.getWidth()).isBetween(400, 1200);
                assertThat(ink(img, ChartStyle.of(false, 1f))).isGreaterThan(1000);
            }
            case "svg" -> {
                String svg = Files.readString(file);
                assertThat(svg.contains("<svg") && svg.contains("<path") && svg.trim().endsWith("</svg>"))
                        .as("an SVG document with the glyphs as paths").isTrue();
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                assertThat(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement().getNodeName())
                        .isEqualTo("svg");
            }
            default -> assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
        }
    }

    /** @return the number of pixels that differ visibly from the style's background (transparent counts as it) */
    static int ink(BufferedImage img, ChartStyle style) {
        int bg = style.background().getRGB() & 0xFFFFFF;
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = img.getRGB(x, y);
                if ((argb >>> 24) < 40) {
                    continue;
                }
                int d = Math.abs(((argb >> 16) & 255) - ((bg >> 16) & 255)) + Math.abs(((argb >> 8) & 255)
                        - ((bg >> 8) & 255)) + Math.abs((argb & 255) - (bg & 255));
                if (d > 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
