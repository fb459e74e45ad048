package org.arlab.app;

import java.io.File;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of a desktop: the system's file choosers and JavaFX alerts, owned by the main window. */
final class FxDialogs implements DialogService {
    private final Window owner;
    /** The font size of dialogs in pixels (presentation mode's), 0 for the theme's. */
    private double fontSize;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    /** Sets the font size of the dialogs opened from now on (presentation mode), 0 for the theme's. */
    void setFontSize(double px) {
        fontSize = px;
    }

    /** Gives a dialog the window's stylesheet and font size. */
    private <D extends javafx.scene.control.Dialog<?>> D styled(D d) {
        if (fontSize > 0) {
            d.getDialogPane().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;", fontSize));
        }
        return d;
    }

    @Override
    public File openFile(String title, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        return chooser.showOpenDialog(owner);
    }

    @Override
    public File saveFile(String title, String initialName, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        chooser.setInitialFileName(initialName);
        return chooser.showSaveDialog(owner);
    }

    @Override
    public File folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return chooser.showDialog(owner);
    }

    @Override
    public Optional<String> choose(String id, String title, String header, String label, List<String> choices,
            String initial) {
        ChoiceDialog<String> pick = styled(new ChoiceDialog<>(initial, choices));
        pick.initOwner(owner);
        pick.setTitle(title);
        pick.setHeaderText(header);
        pick.setContentText(label);
        pick.getDialogPane().setId(id);
        return pick.showAndWait();
    }

    @Override
    public Optional<ColumnChoice> chooseColumn(String id, String title, String header, List<String> columns,
            String initial, boolean offerDrop, boolean drop) {
        Dialog<ColumnChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        ChoiceBox<String> column = new ChoiceBox<>();
        column.getItems().setAll(columns);
        column.setValue(columns.contains(initial) ? initial : columns.isEmpty() ? null : columns.get(0));
        column.setId("column-choice");
        CheckBox dropMissing = new CheckBox("Drop the lines with a missing value (empty, NA, NaN, #N/A, …)");
        dropMissing.setId("drop-missing");
        dropMissing.setSelected(drop);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Column:"), column);
        if (offerDrop) {
            grid.add(dropMissing, 0, 1, 2, 1);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK && column.getValue() != null
                ? new ColumnChoice(column.getValue(), offerDrop && dropMissing.isSelected()) : null);
        return dialog.showAndWait();
    }

    @Override
    public void error(String id, String title, String header, String message) {
        Alert alert = styled(new Alert(Alert.AlertType.ERROR, message));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.show();
    }

    @Override
    public boolean confirm(String id, String title, String header, String message, String action) {
        javafx.scene.control.ButtonType go = new javafx.scene.control.ButtonType(action,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = styled(new Alert(Alert.AlertType.CONFIRMATION, message, go,
                javafx.scene.control.ButtonType.CANCEL));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        return alert.showAndWait().filter(b -> b == go).isPresent();
    }

    @Override
    public void inform(String id, String title, Node content) {
        Alert alert = styled(new Alert(Alert.AlertType.INFORMATION));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(id);
        alert.show();
    }
}
