package org.arlab.core.formula;

import java.util.List;
import java.util.Objects;

/**
 * The mathematics a lab shows beside its charts: a few blocks of LaTeX lines, each block one equation of MATH.md
 * (its general form first, then the same with the current numbers), or a "common mistake" callout.
 *
 * @param blocks the blocks, in reading order
 */
public record Formula(List<Formula.Block> blocks) {
    /** What a block is, and so how it is drawn. */
    public enum Kind {
        /** An equation: plain text colour. */
        EQUATION,
        /** A common mistake of the worked solutions, drawn as a muted callout. */
        MISTAKE
    }

    /**
     * One block.
     *
     * @param kind equation or callout
     * @param lines LaTeX lines, stacked; lines without numbers stay the same from one update to the next
     */
    public record Block(Kind kind, List<String> lines) {
        /** Copies the lines and checks there is at least one. */
        public Block {
            Objects.requireNonNull(kind);
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("A formula block needs at least one line.");
            }
        }
    }

    /** Copies the blocks. */
    public Formula {
        blocks = List.copyOf(blocks);
    }

    /** @return an equation block of these lines */
    public static Block equation(String... lines) {
        return new Block(Kind.EQUATION, List.of(lines));
    }

    /** @return a common-mistake callout of these lines */
    public static Block mistake(String... lines) {
        return new Block(Kind.MISTAKE, List.of(lines));
    }

    /** @return every line of every block joined by newlines, for searching (tests, accessibility) */
    public String latex() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            for (String l : b.lines()) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }
}
