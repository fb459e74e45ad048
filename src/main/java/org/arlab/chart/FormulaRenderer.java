package org.arlab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.arlab.core.formula.Formula;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets the formulas of MATH.md with JLaTeXMath in a chart style's colours and scale: one block to an image (for
 * the screen), or a whole {@link Formula} laid out in rows to any Graphics2D (PNG, SVG, PDF export). Typeset lines
 * are kept in a small cache, so the lines without numbers — the skeletons of the equations — are typeset once and
 * an update re-typesets only the lines whose numbers changed. Thread-safe: JLaTeXMath's static tables are touched
 * under one lock.
 */
public final class FormulaRenderer {
    /** Point size of the formulas at scale 1. */
    public static final float BASE_SIZE = 15f;
    private static final Object TEX_LOCK = new Object();

    private final Map<String, TeXIcon> cache;

    /** @param capacity how many typeset lines to keep */
    public FormulaRenderer(int capacity) {
        this.cache = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TeXIcon> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Typesets one line.
     *
     * @throws IllegalArgumentException when JLaTeXMath cannot parse it
     */
    public TeXIcon typeset(String latex, float size) {
        String key = size + "|" + latex;
        synchronized (TEX_LOCK) {
            TeXIcon icon = cache.get(key);
            if (icon == null) {
                try {
                    icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
                } catch (ParseException e) {
                    throw new IllegalArgumentException("Cannot typeset " + latex + ": " + e.getMessage(), e);
                }
                cache.put(key, icon);
            }
            return icon;
        }
    }

    /** @return how many typeset lines the cache holds */
    public int cached() {
        synchronized (TEX_LOCK) {
            return cache.size();
        }
    }

    /** @return the block typeset on a transparent image (a callout has its own muted fill) */
    public BufferedImage block(Formula.Block block, ChartStyle style) {
        Laid laid = lay(block, style);
        int w = Math.max(1, (int) Math.ceil(laid.width));
        int h = Math.max(1, (int) Math.ceil(laid.height));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            draw(g, laid, style, 0, 0);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** @return the size of the whole formula laid out in rows no wider than {@code width} (where possible) */
    public Dimension2D size(Formula formula, ChartStyle style, double width) {
        double[] out = flow(null, lay(formula, style), style, width);
        Dimension2D d = new java.awt.Dimension();
        d.setSize(out[0], out[1]);
        return d;
    }

    /**
     * Draws the whole formula at (0, 0), blocks flowing left to right in rows no wider than {@code width}.
     *
     * @return {width used, height}
     */
    public double[] draw(Graphics2D g, Formula formula, ChartStyle style, double width) {
        return flow(g, lay(formula, style), style, width);
    }

    private double[] flow(Graphics2D g, List<Laid> blocks, ChartStyle style, double width) {
        double gap = 18 * style.scale();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double used = 0;
        for (Laid b : blocks) {
            if (x > 0 && x + b.width > width) {
                x = 0;
                y += rowHeight + gap / 2;
                rowHeight = 0;
            }
            if (g != null) {
                draw(g, b, style, x, y);
            }
            x += b.width + gap;
            used = Math.max(used, x - gap);
            rowHeight = Math.max(rowHeight, b.height);
        }
        return new double[] {used, y + rowHeight};
    }

    /** A block typeset: its lines and its size including padding. */
    private record Laid(Formula.Block block, List<TeXIcon> lines, double width, double height, double pad,
            double leading) {
    }

    private List<Laid> lay(Formula formula, ChartStyle style) {
        List<Laid> laid = new ArrayList<>();
        for (Formula.Block b : formula.blocks()) {
            laid.add(lay(b, style));
        }
        return laid;
    }

    private Laid lay(Formula.Block block, ChartStyle style) {
        float size = BASE_SIZE * style.scale();
        double pad = (block.kind() == Formula.Kind.MISTAKE ? 8 : 4) * style.scale();
        double leading = 5 * style.scale();
        List<TeXIcon> icons = new ArrayList<>();
        double w = 0;
        double h = 0;
        for (String line : block.lines()) {
            TeXIcon icon = typeset(line, size);
            icons.add(icon);
            w = Math.max(w, icon.getIconWidth());
            h += icon.getIconHeight();
        }
        h += leading * (icons.size() - 1);
        double extra = block.kind() == Formula.Kind.MISTAKE ? 4 * style.scale() : 0;
        return new Laid(block, icons, w + 2 * pad + extra, h + 2 * pad, pad, leading);
    }

    private static void draw(Graphics2D g, Laid b, ChartStyle style, double x, double y) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double left = x + b.pad;
        if (b.block.kind() == Formula.Kind.MISTAKE) {
            float s = style.scale();
            g.setColor(calloutFill(style));
            g.fill(new RoundRectangle2D.Double(x, y, b.width, b.height, 8 * s, 8 * s));
            g.setColor(calloutBar(style));
            g.setStroke(new BasicStroke(4 * s));
            g.draw(new java.awt.geom.Line2D.Double(x + 2 * s, y + 3 * s, x + 2 * s, y + b.height - 3 * s));
            left += 4 * s;
        }
        Color fg = b.block.kind() == Formula.Kind.MISTAKE ? calloutText(style) : style.foreground();
        double top = y + b.pad;
        for (TeXIcon icon : b.lines) {
            int ix = (int) Math.round(left);
            int iy = (int) Math.round(top);
            synchronized (TEX_LOCK) {
                icon.setForeground(fg);
                icon.paintIcon(null, g, ix, iy);
            }
            top += icon.getIconHeight() + b.leading;
        }
    }

    /** @return the muted fill of a common-mistake callout */
    static Color calloutFill(ChartStyle style) {
        return style.dark() ? new Color(0x3A3324) : new Color(0xFFF8E1);
    }

    private static Color calloutBar(ChartStyle style) {
        return style.dark() ? new Color(0xC69026) : new Color(0xBF8700);
    }

    private static Color calloutText(ChartStyle style) {
        return style.dark() ? new Color(0xE6D3A8) : new Color(0x5C4400);
    }
}
