package org.arlab.app.controls;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/** The pieces every lab's control column is made of: a header, a muted note, and the scrolling column itself. */
public final class ControlPanes {
    private ControlPanes() {
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

    /** @return the controls in a column that scrolls vertically and never horizontally */
    public static ScrollPane scrolling(Node content, double minWidth) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(minWidth);
        return scroll;
    }
}
