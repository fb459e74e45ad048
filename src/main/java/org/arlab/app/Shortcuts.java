package org.arlab.app;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;

import org.arlab.app.lab.LabModule;

/** The window's keyboard shortcuts: installed on the scene and listed by F1. */
final class Shortcuts {
    /** A keyboard shortcut, listed in the help overlay. */
    record Shortcut(KeyCombination keys, String what, Runnable action) {
    }

    /** What the shortcuts do. */
    interface Actions extends MainToolbar.Actions {
        /** Switches the dark theme. */
        void toggleDark();

        /** Switches presentation mode. */
        void togglePresentation();

        /** Switches full screen. */
        void toggleFullScreen();

        /** Shows or hides the formula panel. */
        void toggleFormulas();

        /** Shows or hides "About this lab". */
        void toggleAbout();

        /** Folds the lab's control column away or brings it back. */
        void toggleControls();

        /** Opens the lab at that position of the navigator. */
        void openLab(int index);

        /** Opens the lab {@code by} places down (positive) or up the navigator, wrapping round. */
        void stepLab(int by);
    }

    private final List<Shortcut> list;

    /**
     * @param a what the keys do
     * @param labs the navigator's labs: Ctrl+1 … Ctrl+9 and Ctrl+0 open the first ten, Ctrl+PageDown/PageUp step through all
     */
    Shortcuts(Actions a, List<LabModule<?, ?>> labs) {
        List<Shortcut> l = new ArrayList<>(List.of(
                new Shortcut(keys(KeyCode.E), "Export the lab's main chart (PNG, SVG, PDF)", a::exportChart),
                new Shortcut(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        "Export every chart of the lab into a folder", a::exportLab),
                new Shortcut(keys(KeyCode.D), "Switch between light and dark themes", a::toggleDark),
                new Shortcut(new KeyCodeCombination(KeyCode.F5), "Presentation mode: larger fonts and lines",
                        a::togglePresentation),
                new Shortcut(new KeyCodeCombination(KeyCode.F11), "Full screen", a::toggleFullScreen),
                new Shortcut(keys(KeyCode.M), "Show or hide the mathematics beside the charts", a::toggleFormulas),
                new Shortcut(keys(KeyCode.I), "Show or hide \"About this lab\"", a::toggleAbout),
                new Shortcut(keys(KeyCode.L), "Fold the lab's controls away or bring them back", a::toggleControls),
                new Shortcut(keys(KeyCode.O), "Open a series from a CSV or TSV file", a::openFile),
                new Shortcut(keys(KeyCode.S), "Save the session (every lab's parameters and the loaded series)",
                        a::saveSession),
                new Shortcut(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        "Open a saved session", a::openSession),
                new Shortcut(keys(KeyCode.Q), "Quit (the session is kept for next time)", a::quit),
                new Shortcut(new KeyCodeCombination(KeyCode.F1), "This list of shortcuts", a::help)));
        for (int i = 0; i < Math.min(10, labs.size()); i++) {
            int index = i;
            l.add(new Shortcut(keys(KeyCode.valueOf("DIGIT" + ((i + 1) % 10))), "Open the " + labs.get(i).title()
                    + " lab", () -> a.openLab(index)));
        }
        l.add(new Shortcut(keys(KeyCode.PAGE_DOWN), "Open the next lab", () -> a.stepLab(1)));
        l.add(new Shortcut(keys(KeyCode.PAGE_UP), "Open the previous lab", () -> a.stepLab(-1)));
        this.list = List.copyOf(l);
    }

    private static KeyCombination keys(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** @return every shortcut, in the order F1 lists them */
    List<Shortcut> list() {
        return list;
    }

    /** Puts every shortcut on the scene. */
    void install(Scene scene) {
        for (Shortcut sc : list) {
            scene.getAccelerators().put(sc.keys(), sc.action());
        }
        // lists and tab panes take Ctrl+PageUp/PageDown for themselves before accelerators see them: catch them first
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.PAGE_DOWN) {
                for (Shortcut sc : list) {
                    if (sc.keys().match(e)) {
                        sc.action().run();
                        e.consume();
                        return;
                    }
                }
            }
        });
    }

    /** @return the table F1 shows: keys and what they do */
    GridPane table() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut sc : list) {
            Label keys = new Label(sc.keys().getDisplayText());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(sc.what()));
        }
        return grid;
    }
}
