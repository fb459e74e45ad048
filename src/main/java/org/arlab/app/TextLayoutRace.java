package org.arlab.app;

/**
 * Works around a race inside JavaFX's Linux text layout (JavaFX 21; {@code PangoGlyphLayout}). JavaFX keeps one
 * reusable glyph layout: {@code GlyphLayout.dispose()} marks it free <em>before</em> {@code PangoGlyphLayout.dispose()}
 * has finished clearing its map, so when the render thread lays out canvas text (every chart is drawn on a canvas)
 * while the FX thread lays out a label, one of them can throw {@code ConcurrentModificationException}. It showed in
 * the formula panel's UI test about one run in three. Taking the reusable instance once and never giving it back makes
 * JavaFX allocate a fresh layout for every text run, which it already does whenever the reusable one is busy.
 *
 * <p>The class is internal to JavaFX: where it cannot be reached (JavaFX on the module path without
 * {@code --add-exports}), nothing is done.
 */
final class TextLayoutRace {
    private static boolean pinned;

    private TextLayoutRace() {
    }

    /** Takes JavaFX's reusable glyph layout for good; idempotent. Call on the FX thread. */
    static synchronized void avoid() {
        if (pinned) {
            return;
        }
        pinned = true;
        try {
            Class.forName("com.sun.javafx.text.GlyphLayout").getMethod("getInstance").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not reachable here: JavaFX's own behaviour stays
        }
    }
}
