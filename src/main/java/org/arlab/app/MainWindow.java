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
        root.setCenter(content);
        root.setBottom(status);
        root.getStyleClass().add("arlab-root");
        root.addEventHandler(ChartViewers.ExportRequest.EXPORT, e -> exportChart(e.chart()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
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
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                this::exportCurrentChart);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::exportCurrentLab);
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
        present.setTooltip(new Tooltip("Larger fonts for a projector"));
        present.selectedProperty().bindBidirectional(presentation);
        ToggleButton theme = new ToggleButton("Dark", new FontIcon(Material2MZ.NIGHTS_STAY));
        theme.setId("theme");
        theme.setTooltip(new Tooltip("Switch between light and dark themes"));
        theme.selectedProperty().bindBidirectional(dark);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label brand = new Label("AR Lab");
        brand.getStyleClass().addAll("title-4", "brand");
        return new ToolBar(brand, presets, export, exportLab, spacer, present, theme);
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
