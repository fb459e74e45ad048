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
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.arlab.core.session.Session;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabEntry;
import org.arlab.app.lab.data.DataController;
import org.arlab.app.lab.data.DataModel;
import org.arlab.app.lab.data.DataView;
import org.arlab.app.lab.data.ClassicSeries;
import org.arlab.app.lab.data.Preset;
import org.arlab.core.series.SeriesReader;
import org.arlab.app.lab.fit.FitController;
import org.arlab.app.lab.fit.FitModel;
import org.arlab.app.lab.fit.FitView;
import org.arlab.app.lab.horizon.HorizonController;
import org.arlab.app.lab.kl.KlController;
import org.arlab.app.lab.kl.KlModel;
import org.arlab.app.lab.kl.KlView;
import org.arlab.app.lab.montecarlo.McController;
import org.arlab.app.lab.montecarlo.McModel;
import org.arlab.app.lab.montecarlo.McView;
import org.arlab.app.lab.likelihood.LikelihoodController;
import org.arlab.app.lab.likelihood.LikelihoodModel;
import org.arlab.app.lab.likelihood.LikelihoodView;
import org.arlab.app.lab.horizon.HorizonModel;
import org.arlab.app.lab.horizon.HorizonView;
import org.arlab.app.controls.FormulaPanel;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaRenderer;
import org.jfree.chart.JFreeChart;

/**
 * The main window: toolbar, lab navigator, the current lab, status line (DESIGN.md, "What the window looks like").
 */
public final class MainWindow implements MainToolbar.Actions {
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StatusBar status = new StatusBar();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final BooleanProperty formulasShown = new SimpleBooleanProperty(true);
    private final FormulaRenderer formulaRenderer = new FormulaRenderer(512);
    private final Map<Lab, FormulaPanel> formulaPanels = new HashMap<>();
    private final Map<Lab, javafx.scene.Node> framed = new HashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "arlab-worker");
        t.setDaemon(true);
        return t;
    });
    private final Map<LabEntry, Lab> built = new HashMap<>();
    private final LabModels models = new LabModels();
    private final DataModel dataModel = models.data;
    private final ListView<LabEntry> navigator = new ListView<>();
    private Lab current;
    private String currentName = "";
    private final Label aboutTitle = new Label();
    private final Label aboutText = new Label();
    private final BooleanProperty aboutShown = new SimpleBooleanProperty(false);
    private Exporter exporter;
    private Background loader;
    private SessionActions sessions;

    private final boolean restoreLastSession;

    /**
     * @param stage the window
     * @param restoreLastSession whether to reopen the session saved when the window last closed
     */
    MainWindow(Stage stage, boolean restoreLastSession) {
        this.stage = stage;
        this.restoreLastSession = restoreLastSession;
    }

    /** @return the labs of the navigator, in order */
    List<LabEntry> entries() {
        return List.of(
                new LabEntry("Data", "Generate an AR(p) series", this::dataLab),
                new LabEntry("Fit", "Estimate φ and σ²; choose the order", this::fitLab),
                new LabEntry("Likelihood", "Log-likelihood surfaces and gradient ascent", this::likelihoodLab),
                new LabEntry("Horizon", "Errors accumulating when a model generates alone", this::horizonLab),
                new LabEntry("KL", "KL divergence between two AR models", this::klLab),
                new LabEntry("Monte Carlo", "Estimates converging at the rate 1/√M", this::monteCarloLab));
    }

    private Lab dataLab() {
        Background runner = new Background("Data", workers, Platform::runLater);
        status.follow(runner);
        DataView view = new DataView(dataModel, style());
        new DataController(dataModel, runner);
        return view;
    }

    /** @return the lab of that title once it has been opened, else null (for tests) */
    Lab lab(String title) {
        return built.entrySet().stream().filter(e -> e.getKey().title().equals(title)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** @return every lab's model (tests) */
    LabModels models() {
        return models;
    }

    /** Sends exports to these files and folders instead of asking (tests). */
    void setExportDestinations(Exporter.Destinations d) {
        exporter.setDestinations(d);
    }

    /** @return the Fit lab's latest result (null before it is opened), for tests */
    org.arlab.app.lab.fit.FitResult fitResult() {
        return models.fit.resultProperty().get();
    }

    private Lab fitLab() {
        Background runner = new Background("Fit", workers, Platform::runLater);
        status.follow(runner);
        FitModel model = models.fit;
        FitView view = new FitView(model, style());
        new FitController(model, dataModel, runner);
        return view;
    }

    private Lab likelihoodLab() {
        Background runner = new Background("Likelihood", workers, Platform::runLater);
        status.follow(runner);
        LikelihoodModel model = models.likelihood;
        LikelihoodView view = new LikelihoodView(model, style());
        new LikelihoodController(model, dataModel, runner);
        return view;
    }

    private Lab klLab() {
        Background runner = new Background("KL", workers, Platform::runLater);
        status.follow(runner);
        KlModel model = models.kl;
        KlController controller = new KlController(model, runner);
        return new KlView(model, controller, style());
    }

    private Lab monteCarloLab() {
        Background runner = new Background("Monte Carlo", workers, Platform::runLater);
        status.follow(runner);
        McModel model = models.monteCarlo;
        McController controller = new McController(model, runner);
        return new McView(model, controller, style());
    }

    private Lab horizonLab() {
        Background runner = new Background("Horizon", workers, Platform::runLater);
        status.follow(runner);
        HorizonModel model = models.horizon;
        HorizonView view = new HorizonView(model, style(), () -> {
            try {
                return dataModel.model();
            } catch (IllegalArgumentException e) {
                return null;
            }
        });
        new HorizonController(model, runner);
        return view;
    }

    void show() {
        TextLayoutRace.avoid();
        exporter = new Exporter(stage, exporter(), status);
        loader = new Background("Load", workers, Platform::runLater);
        sessions = new SessionActions(stage, models, status, loader);
        status.follow(loader);
        root.setTop(MainToolbar.of(this, new MainToolbar.Switches(formulasShown, aboutShown, presentation, dark)));
        root.setLeft(navigatorPane());
        BorderPane center = new BorderPane(content);
        center.setRight(aboutPane());
        root.setCenter(center);
        root.setBottom(status);
        root.getStyleClass().add("arlab-root");
        root.addEventHandler(ChartViewers.ExportRequest.EXPORT, e -> exportChart(e.chart()));
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                loadFile(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
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
        if (restoreLastSession) {
            sessions.restoreLast();
        }
        stage.setOnHidden(e -> sessions.keepForNextTime());
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
        formulaPanels.values().forEach(p -> p.restyle(s));
    }

    /** @return the lab's view with its formula panel below it (the view alone when the lab has no formulas) */
    private javafx.scene.Node framed(Lab lab) {
        return framed.computeIfAbsent(lab, l -> {
            if (l.formula() == null) {
                return l.view();
            }
            FormulaPanel panel = new FormulaPanel(formulaRenderer, workers, style(), () -> formulasShown.set(false));
            panel.visibleProperty().bind(formulasShown);
            panel.managedProperty().bind(formulasShown);
            panel.follow(l.formula());
            formulaPanels.put(l, panel);
            BorderPane frame = new BorderPane(l.view());
            frame.setBottom(panel);
            // a third of the lab at most, a little less on a projector where the charts' text is larger too
            panel.maxHeightProperty().bind(javafx.beans.binding.Bindings.when(presentation)
                    .then(frame.heightProperty().multiply(0.28)).otherwise(frame.heightProperty().multiply(0.36)));
            return frame;
        });
    }

    /** @return the formula panel of the lab of that title once it has been opened, else null (for tests) */
    FormulaPanel formulaPanel(String title) {
        Lab lab = lab(title);
        return lab == null ? null : formulaPanels.get(lab);
    }

    /** A keyboard shortcut, listed in the help overlay. */
    record Shortcut(KeyCombination keys, String what, Runnable action) {
    }

    List<Shortcut> shortcuts() {
        List<Shortcut> list = new java.util.ArrayList<>(List.of(
                new Shortcut(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        "Export the lab's main chart (PNG, SVG, PDF)", this::exportChart),
                new Shortcut(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        "Export every chart of the lab into a folder", this::exportLab),
                new Shortcut(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                        "Switch between light and dark themes", () -> dark.set(!dark.get())),
                new Shortcut(new KeyCodeCombination(KeyCode.F5), "Presentation mode: larger fonts and lines",
                        () -> presentation.set(!presentation.get())),
                new Shortcut(new KeyCodeCombination(KeyCode.F11), "Full screen",
                        () -> stage.setFullScreen(!stage.isFullScreen())),
                new Shortcut(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN),
                        "Show or hide the mathematics beside the charts", () -> formulasShown.set(!formulasShown.get())),
                new Shortcut(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                        "Show or hide \"About this lab\"", () -> aboutShown.set(!aboutShown.get())),
                new Shortcut(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        "Open a series from a CSV or TSV file", this::openFile),
                new Shortcut(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        "Save the session (every lab's parameters and the loaded series)", this::saveSession),
                new Shortcut(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        "Open a saved session", this::openSession),
                new Shortcut(new KeyCodeCombination(KeyCode.F1), "This list of shortcuts", this::help)));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6};
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            list.add(new Shortcut(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    "Open lab " + (i + 1) + " of the navigator", () -> navigator.getSelectionModel().select(index)));
        }
        return list;
    }

    @Override
    public void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a series");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Delimited text (CSV, TSV, TXT)", "*.csv", "*.tsv", "*.txt", "*.dat"),
                new FileChooser.ExtensionFilter("Any file", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            loadFile(file.toPath());
        }
    }

    /**
     * Loads a series from a file into the Data lab: asks for the column when several hold numbers; a bad file is
     * refused in a dialog that names the line, and the series on screen stays.
     */
    void loadFile(Path path) {
        loader.submit("reading " + path.getFileName(), p -> SeriesReader.columns(path), cols -> {
            List<String> numeric = new java.util.ArrayList<>();
            for (int i = 0; i < cols.names().size(); i++) {
                if (cols.numeric().get(i)) {
                    numeric.add(cols.names().get(i));
                }
            }
            String column = null;
            if (numeric.size() > 1) {
                javafx.scene.control.ChoiceDialog<String> pick = new javafx.scene.control.ChoiceDialog<>(
                        numeric.get(numeric.size() - 1), numeric);
                pick.initOwner(stage);
                pick.setTitle("Choose a column");
                pick.setHeaderText(path.getFileName() + " has " + numeric.size() + " columns of numbers.");
                pick.setContentText("Column:");
                pick.getDialogPane().setId("column-picker");
                java.util.Optional<String> chosen = pick.showAndWait();
                if (chosen.isEmpty()) {
                    return;
                }
                column = cols.header() ? chosen.get() : Integer.toString(cols.names().indexOf(chosen.get()) + 1);
            }
            String col = column;
            loader.submit("loading " + path.getFileName(), p -> SeriesReader.read(path, col, 10), series -> {
                navigator.getSelectionModel().select(0);
                dataModel.load(series, 0, "Loaded from " + path.getFileName());
                status.say("Loaded " + series.length() + " values from " + path.getFileName());
            }, this::refuseFile);
        }, this::refuseFile);
    }

    private void refuseFile(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
        alert.initOwner(stage);
        alert.setTitle("Cannot load the series");
        alert.setHeaderText("This file cannot be loaded; the series on screen stays.");
        alert.getDialogPane().setId("load-error");
        alert.show();
        status.say(e.getMessage());
    }

    /** Reads a session and applies it (tests; the menu reads in the background); a bad file changes nothing. */
    boolean openSession(Path file, boolean loudly) {
        return sessions.open(file, loudly);
    }

    /** @return every lab's parameters now */
    Session session() {
        return models.session();
    }

    /** Sets every lab's parameters and the loaded series from a session. */
    void apply(Session s) {
        models.apply(s);
    }

    /** Where the last session is kept between runs: {@code arlab.session.dir}, else ~/.arlab. */
    static Path lastSessionFile() {
        return SessionActions.lastSessionFile();
    }

    @Override
    public void help() {
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

    @Override
    public void saveSession() {
        sessions.save();
    }

    @Override
    public void openSession() {
        sessions.open();
    }

    @Override
    public void freshLesson() {
        apply(Session.DEFAULT);
    }

    @Override
    public void preset(Preset p) {
        navigator.getSelectionModel().select(0);
        dataModel.generate();
        dataModel.apply(p);
    }

    @Override
    public void classic(ClassicSeries c) {
        loader.submit("loading " + c.name(), p -> c.load(), series -> {
            navigator.getSelectionModel().select(0);
            dataModel.load(series, c.order(), c.name() + " (" + c.reference() + ")");
        }, this::refuseFile);
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
        if (current != null && current != lab) {
            current.setShown(false);
        }
        lab.setShown(true);
        current = lab;
        currentName = entry.title();
        content.getChildren().setAll(framed(lab));
        aboutText.setText(lab.about().isEmpty() ? "No notes for this lab yet." : lab.about());
        aboutTitle.setText("About the " + entry.title() + " lab");
    }

    @Override
    public void exportChart() {
        if (current != null && !current.charts().isEmpty()) {
            exportChart(current.charts().get(0));
        }
    }

    private void exportChart(JFreeChart chart) {
        exporter.exportChart(chart, Exporter.slug(currentName) + "-"
                + Exporter.slug(chart.getTitle() == null ? "chart" : chart.getTitle().getText()));
    }

    @Override
    public void exportLab() {
        if (current != null) {
            exporter.exportLab(current.charts(), currentName,
                    current.formula() == null ? null : current.formula().getValue(), style(), formulaRenderer);
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
