package org.arlab.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Writes a chart to PNG or SVG at a chosen size, headless, exactly as it is drawn on screen.
 */
public final class ChartExport {
    private ChartExport() {
    }

    /**
     * Writes the chart in the format its file name's extension names ({@code .png} or {@code .svg}).
     *
     * @throws IllegalArgumentException for another extension or a size below 50 pixels
     * @throws IOException when the file cannot be written
     */
    public static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
        if (width < 50 || height < 50) {
            throw new IllegalArgumentException("An exported chart must be at least 50 × 50 pixels.");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g.dispose();
            }
            if (!ImageIO.write(img, "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } else if (name.endsWith(".svg")) {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
        } else {
            throw new IllegalArgumentException("Export as .png or .svg, not " + file.getFileName() + ".");
        }
    }
}
