package org.arlab.chart;

import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;


import org.arlab.core.formula.Formula;

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
        double margin = 16 * style.scale();
        Dimension2D d = renderer.size(formula, style, width - 2 * margin);
        int w = (int) Math.ceil(Math.max(d.getWidth(), 1) + 2 * margin);
        int h = (int) Math.ceil(d.getHeight() + 2 * margin);
        ChartExport.write(g -> paint(g, formula, renderer, style, w, h, margin), file, w, h, scale, "AR Lab formulas",
                true);
    }

    private static void paint(Graphics2D g, Formula formula, FormulaRenderer renderer, ChartStyle style, int w, int h,
            double margin) {
        g.setColor(style.background());
        g.fillRect(0, 0, w, h);
        g.translate(margin, margin);
        renderer.draw(g, formula, style, w - 2 * margin);
    }
}
