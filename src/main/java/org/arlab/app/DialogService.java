package org.arlab.app;

import java.io.File;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * Every dialog the window opens — file and folder choosers, errors, choices, notes — in one place, so tests replace
 * the native choosers (which a headless run has none of) and read what the user would have been told.
 */
public interface DialogService {
    /** @return the file to open, or null when the user cancels */
    File openFile(String title, List<FileChooser.ExtensionFilter> filters);

    /** @return the file to write, or null when the user cancels */
    File saveFile(String title, String initialName, FileChooser.ExtensionFilter filter);

    /** @return the folder to write into, or null when the user cancels */
    File folder(String title);

    /**
     * Asks the user to pick one of several values.
     *
     * @param id the dialog pane's id (tests look it up)
     * @return the choice, empty when the user cancels
     */
    Optional<String> choose(String id, String title, String header, String label, List<String> choices,
            String initial);

    /** What the column picker returns: the column, and whether lines with a missing value are dropped. */
    record ColumnChoice(String column, boolean dropMissing) {
    }

    /**
     * The column picker of File ▸ Open: one of a file's columns, and — when the file has missing values — whether
     * to drop the lines that hold one.
     *
     * @param id the dialog pane's id (tests look it up)
     * @param header what the user is told (the file's columns, or the refusal of a missing value)
     * @param offerDrop whether to offer dropping the lines with missing values
     * @param drop whether that choice starts ticked
     * @return the choice, empty when the user cancels
     */
    Optional<ColumnChoice> chooseColumn(String id, String title, String header, List<String> columns,
            String initial, boolean offerDrop, boolean drop);

    /**
     * Says that something was refused and why; returns at once (the dialog stays until dismissed).
     *
     * @param id the dialog pane's id
     */
    void error(String id, String title, String header, String message);

    /**
     * Asks the user to confirm something that cannot be undone; waits for the answer.
     *
     * @param id the dialog pane's id
     * @param action the button that goes ahead, e.g. "Start afresh"
     * @return true when the user goes ahead
     */
    boolean confirm(String id, String title, String header, String message, String action);

    /**
     * Shows content (a list of shortcuts, say); returns at once.
     *
     * @param id the dialog pane's id
     */
    void inform(String id, String title, Node content);
}
