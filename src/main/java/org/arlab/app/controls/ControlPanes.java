package org.arlab.app.controls;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** The pieces every lab's control column is made of: a header, a muted note, and the scrolling column itself. */
public final class ControlPanes {
    private ControlPanes() {
    }

    /**
     * @param values the choices a picker offers
     * @param name how each is shown
     * @return the converter of a ComboBox or ChoiceBox over {@code values} that shows each by its name (and reads a
     *     name back as its value, null for none)
     */
    public static <T> javafx.util.StringConverter<T> named(T[] values, java.util.function.Function<T, String> name) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String text) {
                for (T t : values) {
                    if (name.apply(t).equals(text)) {
                        return t;
                    }
                }
                return null;
            }
        };
    }

    /** @return the lab's heading */
    public static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    /** @return a wrapped, muted explanation */
    public static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    /** The theme's font size in pixels, against which control widths are given. */
    private static final double BASE_FONT = 14;

    /**
     * @return the controls in a column that scrolls vertically and never horizontally, at least {@code minWidth}
     *     pixels wide at the normal font size and wider in proportion in presentation mode (the width is set in em)
     */
    public static ScrollPane scrolling(Node content, double minWidth) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scaleWidth(scroll, minWidth);
        wrapInFull(content);
        return scroll;
    }

    /**
     * Gives a column a width that grows with the font size (presentation mode's larger font) and does not change
     * when its scroll bar comes and goes (the charts beside it jumped in width).
     */
    public static void scaleWidth(Region column, double minWidth) {
        double em = minWidth / BASE_FONT;
        column.setStyle(String.format(java.util.Locale.ROOT, "-fx-min-width: %.2fem; -fx-pref-width: %.2fem;", em,
                em));
    }

    /**
     * Lets every wrapping label under the node take the height its text needs, so that none ends in "…" (a VBox
     * otherwise gives a wrapped label the height of fewer lines than it has).
     */
    public static void wrapInFull(Node node) {
        if (node instanceof Label l && l.isWrapText()) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                wrapInFull(child);
            }
        }
    }
}
