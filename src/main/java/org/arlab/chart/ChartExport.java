package org.arlab.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.arlab.core.io.AtomicFile;

import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;

/**
 * Writes a chart to PNG, SVG or PDF at a chosen size, headless, drawn by the same figure object as on screen through
 * Graphics2D (JFreeSVG for SVG, JFreePDF for PDF). PNGs take a scale factor for crisp images on projectors: a
 * 1200 × 800 chart at scale 2 is laid out at 1200 × 800 and rendered on 2400 × 1600 pixels. Every file is written
 * through {@link AtomicFile}: drawn in memory, written to a temporary file beside the target, synced, then moved over
 * it, so an interrupted export leaves the old file or the new one, never part of one.
 */
public final class ChartExport {
    /** The formats, named by their file extensions. */
    public enum Format {
        /** Portable Network Graphics. */
        PNG,
        /** Scalable Vector Graphics. */
        SVG,
        /** Portable Document Format. */
        PDF;

        /** @return the lower-case extension with its dot */
        public String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }

        /**
         * @return the format a file name's extension names
         * @throws IllegalArgumentException for any other extension
         */
        public static Format of(Path file) {
            if (file.getFileName() == null) {
                throw new IllegalArgumentException("Export to a file named .png, .svg or .pdf, not "
                        + org.arlab.core.io.Echo.of(file.toString()) + ".");
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith(f.extension())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("Export as .png, .svg or .pdf, not "
                    + org.arlab.core.io.Echo.of(file.getFileName().toString()) + ".");
        }
    }

    private static final String SVG_DOCTYPE = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
            + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";

    private ChartExport() {
    }

    /** Encodes a PNG into a stream, caching in memory (ImageIO's default cache is a file in the system's temp). */
    private static void png(BufferedImage img, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(img);
        } finally {
            writer.dispose();
        }
    }

    /** Writes the chart at scale 1 in the format its file name's extension names. */
    public static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
        write(chart, file, width, height, 1.0);
    }

    /**
     * Writes the chart in the format its file name's extension names ({@code .png}, {@code .svg}, {@code .pdf}).
     *
     * @param scale pixel density for PNG (1 to 4); ignored by the vector formats
     * @throws IllegalArgumentException for another extension, a size below 50 or above 10 000 pixels, or a bad scale
     * @throws IOException when the file cannot be written
     */
    public static void write(JFreeChart chart, Path file, int width, int height, double scale) throws IOException {
        if (width < 50 || height < 50 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("An exported chart must be 50 to 10 000 pixels wide and high, not "
                    + width + " × " + height + ".");
        }
        // a large export is the on-screen layout magnified: laid out at the size of a chart on screen, then drawn
        // larger, so that its type stays readable and its axes keep a sane number of ticks (a 1600 × 1000 chart laid
        // out at full size had 9-pixel labels and ~30 ticks along the time axis)
        double m = magnification(width, height);
        Rectangle2D area = new Rectangle2D.Double(0, 0, width / m, height / m);
        String title = chart.getTitle() == null ? "AR Lab chart" : chart.getTitle().getText();
        write(g -> {
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(m, m);
            chart.draw(g, area);
        }, file, width, height, scale, title, false);
    }

    /**
     * Writes charts side by side on one canvas, each {@code width / n} wide, laid out and magnified as
     * {@link #write(JFreeChart, Path, int, int, double)} does one.
     *
     * @throws IllegalArgumentException for another extension, or a size below 50 or above 10 000 pixels
     * @throws IOException when the file cannot be written
     */
    public static void writeRow(java.util.List<JFreeChart> charts, Path file, int width, int height)
            throws IOException {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("No chart to write.");
        }
        if (width < 50 || height < 50 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("An exported chart must be 50 to 10 000 pixels wide and high, not "
                    + width + " × " + height + ".");
        }
        int n = charts.size();
        double each = width / (double) n;
        double m = magnification((int) Math.round(each), height);
        String title = charts.get(0).getTitle() == null ? "AR Lab charts" : charts.get(0).getTitle().getText();
        write(g -> {
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            for (int i = 0; i < n; i++) {
                java.awt.geom.AffineTransform saved = g.getTransform();
                g.translate(i * each, 0);
                g.scale(m, m);
                charts.get(i).draw(g, new Rectangle2D.Double(0, 0, each / m, height / m));
                g.setTransform(saved);
            }
        }, file, width, height, 1.0, title, false);
    }

    /** The size of a chart on screen that an export is laid out at, at most; larger exports are magnified. */
    public static final int LAYOUT_WIDTH = 1000;
    /** See {@link #LAYOUT_WIDTH}. */
    public static final int LAYOUT_HEIGHT = 625;

    /**
     * @return how much an export of this size magnifies the layout of a chart on screen: 1 up to
     *     {@value #LAYOUT_WIDTH} × {@value #LAYOUT_HEIGHT}, then the smaller of the two ratios (1.6 at 1600 × 1000)
     */
    public static double magnification(int width, int height) {
        return Math.max(1, Math.min(width / (double) LAYOUT_WIDTH, height / (double) LAYOUT_HEIGHT));
    }

    /**
     * Writes whatever a painter draws on a {@code width × height} canvas, in the format the file name's extension
     * names: PNG through a BufferedImage at the scale, SVG through JFreeSVG, PDF through JFreePDF. The one place the
     * three formats are written, for charts and for formulas.
     *
     * @param painter draws on the canvas, in pixels of the unscaled size
     * @param title the PDF's title
     * @param vectorText whether SVG and PDF draw text as outlines (for fonts the reader may not have)
     * @throws IllegalArgumentException for another extension or a scale outside 1..4
     * @throws IOException when the file cannot be written
     */
    static void write(Consumer<Graphics2D> painter, Path file, int width, int height, double scale, String title,
            boolean vectorText) throws IOException {
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("The scale must be between 1 and 4, not " + scale + ".");
        }
        switch (Format.of(file)) {
            case PNG -> {
                BufferedImage img = new BufferedImage((int) Math.round(width * scale),
                        (int) Math.round(height * scale), BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = img.createGraphics();
                try {
                    g.scale(scale, scale);
                    painter.accept(g);
                } finally {
                    g.dispose();
                }
                AtomicFile.write(file, out -> png(img, out));
            }
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                if (vectorText) {
                    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                }
                painter.accept(g);
                // what SVGUtils.writeToSVG writes, through a temporary file
                AtomicFile.write(file, (SVG_DOCTYPE + g.getSVGElement() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            case PDF -> {
                PDFDocument pdf = new PDFDocument();
                pdf.setTitle(title);
                pdf.setAuthor("AR Lab");
                Page page = pdf.createPage(new Rectangle2D.Double(0, 0, width, height));
                PDFGraphics2D g = page.getGraphics2D();
                if (vectorText) {
                    g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                }
                painter.accept(g);
                AtomicFile.write(file, pdf.getPDFBytes());
            }
            default -> throw new IllegalStateException();
        }
    }
}
