package org.arlab.chart;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.arlab.core.formula.Formula;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;

/**
 * Writes a lab's formulas (MATH.md, typeset by {@link FormulaRenderer}) beside its exported charts, in the format
 * the file name's extension names: PNG through a BufferedImage, SVG through JFreeSVG and PDF through JFreePDF as
 * {@link ChartExport} does, the glyphs drawn as vector outlines so the files need none of JLaTeXMath's fonts.
 */
public final class FormulaExport {
    private FormulaExport() {
    }

    /**
     * @param width the width the blocks flow in, pixels (the height follows from the content)
     * @param scale pixel density for PNG (1 to 4); ignored by the vector formats
     * @throws IllegalArgumentException for another extension or a bad width or scale
     * @throws IOException when the file cannot be written
     */
    public static void write(Formula formula, FormulaRenderer renderer, ChartStyle style, Path file, int width,
            double scale) throws IOException {
        if (width < 200 || width > 10_000) {
            throw new IllegalArgumentException("Formulas are exported 200 to 10 000 pixels wide, not " + width + ".");
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("The scale must be between 1 and 4, not " + scale + ".");
        }
        double margin = 16 * style.scale();
        Dimension2D d = renderer.size(formula, style, width - 2 * margin);
        int w = (int) Math.ceil(Math.max(d.getWidth(), 1) + 2 * margin);
        int h = (int) Math.ceil(d.getHeight() + 2 * margin);
        switch (ChartExport.Format.of(file)) {
            case PNG -> {
                BufferedImage img = new BufferedImage((int) Math.round(w * scale), (int) Math.round(h * scale),
                        BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = img.createGraphics();
                try {
                    g.scale(scale, scale);
                    paint(g, formula, renderer, style, w, h, margin);
                } finally {
                    g.dispose();
                }
                if (!ImageIO.write(img, "png", file.toFile())) {
                    throw new IOException("no PNG writer available");
                }
            }
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(w, h);
                g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                paint(g, formula, renderer, style, w, h, margin);
                SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
            }
            case PDF -> {
                PDFDocument pdf = new PDFDocument();
                pdf.setTitle("AR Lab formulas");
                pdf.setAuthor("AR Lab");
                Page page = pdf.createPage(new Rectangle2D.Double(0, 0, w, h));
                PDFGraphics2D g = page.getGraphics2D();
                g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                paint(g, formula, renderer, style, w, h, margin);
                Files.write(file, pdf.getPDFBytes());
            }
            default -> throw new IllegalStateException();
        }
    }

    private static void paint(Graphics2D g, Formula formula, FormulaRenderer renderer, ChartStyle style, int w, int h,
            double margin) {
        g.setColor(style.background());
        g.fillRect(0, 0, w, h);
        g.translate(margin, margin);
        renderer.draw(g, formula, style, w - 2 * margin);
    }
}
