package org.arlab.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.arlab.app.controls.ChartViewers;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabEntry;
import org.arlab.app.lab.data.DataController;
import org.arlab.app.lab.data.DataModel;
import org.arlab.app.lab.data.DataView;
import org.arlab.app.lab.data.Preset;
import org.arlab.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window: toolbar, lab navigator, the current lab, status line (DESIGN.md, "What the window looks like").
 */
public final class MainWindow {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StatusBar status = new StatusBar();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "arlab-worker");
        t.setDaemon(true);
        return t;
    });
    private final Map<LabEntry, Lab> built = new HashMap<>();
    private final DataModel dataModel = new DataModel();
    private final ListView<LabEntry> navigator = new ListView<>();
    private Lab current;
    private String currentName = "";
    private final Label aboutTitle = new Label();
    private final Label aboutText = new Label();
    private final BooleanProperty aboutShown = new SimpleBooleanProperty(false);
    private Exporter exporter;

    MainWindow(Stage stage) {
        this.stage = stage;
    }

    /** @return the labs of the navigator, in order */
    List<LabEntry> entries() {
        return List.of(
                new LabEntry("Data", "Generate an AR(p) series", this::dataLab),
                new LabEntry("Fit", "Estimate φ and σ²; choose the order", null),
                new LabEntry("Likelihood", "Log-likelihood surfaces and gradient ascent", null),
                new LabEntry("Horizon", "Errors accumulating when a model generates alone", null),
                new LabEntry("KL", "KL divergence between two AR models", null),
                new LabEntry("Monte Carlo", "Estimates converging at the rate 1/√M", null));
    }

    private Lab dataLab() {
        Background runner = new Background("Data", workers, Platform::runLater);
        status.follow(runner);
        DataView view = new DataView(dataModel, style());
        new DataController(dataModel, runner);
        return view;
    }

    void show() {
        exporter = new Exporter(stage, exporter(), status);
        root.setTop(toolbar());
        root.setLeft(navigatorPane());
        BorderPane center = new BorderPane(content);
        center.setRight(aboutPane());
        root.setCenter(center);
        root.setBottom(status);
        root.getStyleClass().add("arlab-root");
        root.addEventHandler(ChartViewers.ExportRequest.EXPORT, e -> exportChart(e.chart()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1600, screen.getWidth() * 0.94), Math.min(1000, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainWindow.class.getResource("arlab.css").toExternalForm());
        Theme.LIGHT.apply();
        dark.addListener((obs, o, d) -> {
            (d ? Theme.DARK : Theme.LIGHT).apply();
            restyle();
        });
        presentation.addListener((obs, o, on) -> {
            root.setStyle(on ? "-fx-font-size: 18px;" : "");
            restyle();
        });
        stage.setTitle("AR Lab");
        for (String size : new String[] {"16", "32", "64", "128"}) {
            var url = MainWindow.class.getResource("icon-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
        for (Shortcut sc : shortcuts()) {
            scene.getAccelerators().put(sc.keys(), sc.action());
        }
        stage.setScene(scene);
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        navigator.getSelectionModel().select(0);
        stage.show();
    }

    private Background exporter() {
        Background runner = new Background("Export", workers, Platform::runLater);
        status.follow(runner);
        return runner;
    }

    private ChartStyle style() {
        return ChartStyle.of(dark.get(), presentation.get() ? 1.5f : 1f);
    }

    private void restyle() {
        ChartStyle s = style();
        built.values().forEach(l -> l.restyle(s));
    }

    /** A keyboard shortcut, listed in the help overlay. */
    record Shortcut(KeyCombination keys, String what, Runnable action) {
    }

    List<Shortcut> shortcuts() {
        List<Shortcut> list = new java.util.ArrayList<>(List.of(
                new Shortcut(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        "Export the lab's main chart (PNG, SVG, PDF)", this::exportCurrentChart),
                new Shortcut(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        "Export every chart of the lab into a folder", this::exportCurrentLab),
                new Shortcut(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                        "Switch between light and dark themes", () -> dark.set(!dark.get())),
                new Shortcut(new KeyCodeCombination(KeyCode.F5), "Presentation mode: larger fonts and lines",
                        () -> presentation.set(!presentation.get())),
                new Shortcut(new KeyCodeCombination(KeyCode.F11), "Full screen",
                        () -> stage.setFullScreen(!stage.isFullScreen())),
                new Shortcut(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                        "Show or hide \"About this lab\"", () -> aboutShown.set(!aboutShown.get())),
                new Shortcut(new KeyCodeCombination(KeyCode.F1), "This list of shortcuts", this::showHelp)));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6};
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            list.add(new Shortcut(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    "Open lab " + (i + 1) + " of the navigator", () -> navigator.getSelectionModel().select(index)));
        }
        return list;
    }

    private void showHelp() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut sc : shortcuts()) {
            Label keys = new Label(sc.keys().getDisplayText());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(sc.what()));
        }
        javafx.scene.control.Alert help = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION);
        help.initOwner(stage);
        help.setTitle("Keyboard shortcuts");
        help.setHeaderText("Keyboard shortcuts");
        help.getDialogPane().setContent(grid);
        help.getDialogPane().setId("help-overlay");
        help.show();
    }

    private VBox aboutPane() {
        aboutTitle.getStyleClass().add("title-4");
        aboutText.setWrapText(true);
        aboutText.setId("about-text");
        Button close = new Button("Hide");
        close.setOnAction(e -> aboutShown.set(false));
        VBox box = new VBox(10, aboutTitle, aboutText, close);
        box.setPadding(new Insets(12));
        box.setPrefWidth(300);
        box.setId("about-pane");
        box.getStyleClass().add("about-pane");
        box.visibleProperty().bind(aboutShown);
        box.managedProperty().bind(aboutShown);
        return box;
    }

    private ToolBar toolbar() {
        MenuButton presets = new MenuButton("Presets", new FontIcon(Material2MZ.TUNE));
        presets.setId("presets");
        for (Preset p : Preset.ALL) {
            MenuItem item = new MenuItem(p.name());
            item.setOnAction(e -> {
                navigator.getSelectionModel().select(0);
                dataModel.apply(p);
            });
            presets.getItems().add(item);
        }
        Button export = new Button("Export…", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("export");
        export.setTooltip(new Tooltip("Save the lab's main chart as PNG, SVG or PDF (Ctrl+E)"));
        export.setOnAction(e -> exportCurrentChart());
        Button exportLab = new Button("Export lab…", new FontIcon(Material2AL.COLLECTIONS));
        exportLab.setId("export-lab");
        exportLab.setTooltip(new Tooltip("Save every chart of this lab into a folder (Ctrl+Shift+E)"));
        exportLab.setOnAction(e -> exportCurrentLab());
        ToggleButton present = new ToggleButton("Presentation", new FontIcon(Material2MZ.PRESENT_TO_ALL));
        present.setId("presentation");
        present.setTooltip(new Tooltip("Larger fonts and lines for a projector (F5)"));
        present.selectedProperty().bindBidirectional(presentation);
        ToggleButton theme = new ToggleButton("Dark", new FontIcon(Material2MZ.NIGHTS_STAY));
        theme.setId("theme");
        theme.setTooltip(new Tooltip("Switch between light and dark themes (Ctrl+D)"));
        theme.selectedProperty().bindBidirectional(dark);
        ToggleButton about = new ToggleButton("About this lab", new FontIcon(Material2AL.INFO));
        about.setId("about");
        about.setTooltip(new Tooltip("What to try in this lab and what to notice (Ctrl+I)"));
        about.selectedProperty().bindBidirectional(aboutShown);
        Button help = new Button(null, new FontIcon(Material2AL.HELP_OUTLINE));
        help.setId("help");
        help.setTooltip(new Tooltip("Keyboard shortcuts (F1)"));
        help.setOnAction(e -> showHelp());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label brand = new Label("AR Lab");
        brand.getStyleClass().addAll("title-4", "brand");
        return new ToolBar(brand, presets, export, exportLab, spacer, about, present, theme, help);
    }

    private VBox navigatorPane() {
        navigator.setId("navigator");
        navigator.getItems().setAll(entries());
        navigator.setCellFactory(list -> new LabCell());
        navigator.setPrefWidth(230);
        navigator.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                return;
            }
            if (!entry.available()) {
                Platform.runLater(() -> navigator.getSelectionModel().select(old));
                return;
            }
            open(entry);
        });
        Label title = new Label("Labs");
        title.getStyleClass().add("title-4");
        VBox box = new VBox(6, title, navigator);
        box.setPadding(new Insets(10, 0, 10, 10));
        VBox.setVgrow(navigator, Priority.ALWAYS);
        return box;
    }

    private void open(LabEntry entry) {
        Lab lab = built.computeIfAbsent(entry, e -> e.factory().get());
        current = lab;
        currentName = entry.title();
        content.getChildren().setAll(lab.view());
        aboutText.setText(lab.about().isEmpty() ? "No notes for this lab yet." : lab.about());
        aboutTitle.setText("About the " + entry.title() + " lab");
    }

    private void exportCurrentChart() {
        if (current != null && !current.charts().isEmpty()) {
            exportChart(current.charts().get(0));
        }
    }

    private void exportChart(JFreeChart chart) {
        exporter.exportChart(chart, Exporter.slug(currentName) + "-"
                + Exporter.slug(chart.getTitle() == null ? "chart" : chart.getTitle().getText()));
    }

    private void exportCurrentLab() {
        if (current != null) {
            exporter.exportLab(current.charts(), currentName);
        }
    }

    /** A navigator row: the lab's name and summary; labs not built yet are disabled. */
    private static final class LabCell extends ListCell<LabEntry> {
        @Override
        protected void updateItem(LabEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setDisable(false);
                setTooltip(null);
                return;
            }
            Label name = new Label(item.title());
            name.getStyleClass().add("lab-name");
            Label summary = new Label(item.available() ? item.summary() : item.summary() + " (coming soon)");
            summary.getStyleClass().addAll("text-small", "text-muted");
            summary.setWrapText(true);
            summary.setPrefWidth(190);
            summary.setMaxWidth(190);
            VBox box = new VBox(2, name, summary);
            setGraphic(box);
            setText(null);
            setDisable(!item.available());
            setId("lab-" + item.title().toLowerCase().replace(' ', '-'));
            setTooltip(item.available() ? null : new Tooltip("This lab is not built yet."));
        }
    }
}
