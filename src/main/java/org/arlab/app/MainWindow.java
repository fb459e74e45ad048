package org.arlab.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.arlab.app.controls.ChartViewers;
import org.arlab.app.controls.FormulaPanel;
import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.ModelShelf;
import org.arlab.app.lab.LabModule;
import org.arlab.app.lab.Labs;
import org.arlab.app.lab.SeriesPort;
import org.arlab.app.lab.data.ClassicSeries;
import org.arlab.app.lab.data.DataLab;
import org.arlab.app.lab.data.Preset;
import org.arlab.app.lab.fit.FitLab;
import org.arlab.app.lab.fit.FitResult;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaRenderer;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/**
 * The main window, its composition root: toolbar, lab navigator, the current lab with its formula panel, "About
 * this lab", status line (DESIGN.md, "What the window looks like"). The labs come from {@link Labs#ALL}.
 */
public final class MainWindow implements Shortcuts.Actions {
    private final Stage stage;
    private final boolean restoreLastSession;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StatusBar status = new StatusBar();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final BooleanProperty formulasShown = new SimpleBooleanProperty(true);
    private final BooleanProperty aboutShown = new SimpleBooleanProperty(false);
    private final FormulaRenderer formulaRenderer = new FormulaRenderer(512);
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "arlab-worker");
        t.setDaemon(true);
        return t;
    });
    private final LabModels models = new LabModels(Labs.ALL);
    private final Navigator navigator = new Navigator(models.modules(), this::build, this::shown);
    private final Shortcuts shortcuts = new Shortcuts(this, models.modules());
    private final LabStage labStage;
    private Exporter exporter;
    private Background loader;
    private SessionActions sessions;
    private FileActions files;
    /** The font size of presentation mode, px. */
    static final int PRESENTATION_FONT = 18;
    /** What Quit does once the session is kept: ends the application (tests replace it). */
    private Runnable exit = Platform::exit;

    /**
     * @param stage the window
     * @param restoreLastSession whether to reopen the session saved when the window last closed
     */
    MainWindow(Stage stage, boolean restoreLastSession) {
        this(stage, restoreLastSession, null);
    }

    /**
     * @param stage the window
     * @param restoreLastSession whether to reopen the session saved when the window last closed
     * @param dialogs the dialogs to use (tests), or null for the desktop's
     */
    MainWindow(Stage stage, boolean restoreLastSession, DialogService dialogs) {
        this.stage = stage;
        this.restoreLastSession = restoreLastSession;
        this.dialogs = dialogs == null ? new FxDialogs(stage) : dialogs;
        this.labStage = new LabStage(formulaRenderer, workers, formulasShown, aboutShown, presentation, style());
    }

    /** @return the labs of the navigator, in order */
    List<LabModule<?, ?>> modules() {
        return models.modules();
    }

    private Lab build(LabModule<?, ?> module) {
        return newLab(module);
    }

    private <M> Lab newLab(LabModule<?, M> module) {
        building = new java.util.ArrayList<>();
        try {
            Lab lab = module.newLab(models.model(module), context);
            if (module != DataLab.MODULE) { // the Data lab's series feeds every lab: it always computes
                runners.put(lab, building);
            }
            return lab;
        } finally {
            building = null;
        }
    }

    /** The runners each lab made while it was built (the Data lab's are not held). */
    private final java.util.Map<Lab, List<Background>> runners = new java.util.HashMap<>();
    /** The runners of the lab being built, else null. */
    private List<Background> building;

    private final LabContext context = new LabContext() {
        @Override
        public ChartStyle style() {
            return MainWindow.this.style();
        }

        @Override
        public Background runner(String name) {
            Background runner = new Background(name, workers, Platform::runLater);
            status.follow(runner);
            if (building != null) {
                building.add(runner);
            }
            return runner;
        }

        @Override
        public SeriesPort series() {
            return models.series();
        }

        @Override
        public ModelShelf models() {
            return shelf;
        }
    };

    /** The models the labs share. */
    private final Shelf shelf = new Shelf();

    void show() {
        TextLayoutRace.avoid();
        exporter = new Exporter(stage, dialogs, context.runner("Export"), status);
        loader = context.runner("Load");
        sessions = new SessionActions(dialogs, models, status, loader);
        files = new FileActions(dialogs, loader, status, models.model(DataLab.MODULE), () -> navigator.select(0));
        javafx.scene.control.ToolBar toolbar = MainToolbar.of(this, new MainToolbar.Switches(formulasShown, aboutShown,
                presentation, dark));
        toolbar.getItems().add(1, labMenu());
        root.setTop(toolbar);
        var nav = navigator.pane();
        // presentation mode is a stage: no navigator (the toolbar's lab menu and Ctrl+1…9 change labs)
        nav.visibleProperty().bind(presentation.not());
        nav.managedProperty().bind(presentation.not());
        root.setLeft(nav);
        root.setCenter(labStage.pane());
        root.setBottom(status);
        root.getStyleClass().add("arlab-root");
        root.addEventHandler(ChartViewers.ExportRequest.EXPORT, e -> exportChart(e.chart()));
        files.acceptDrops(root);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1600, screen.getWidth() * 0.94), Math.min(1000, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainWindow.class.getResource("arlab.css").toExternalForm());
        Theme.LIGHT.apply();
        dark.addListener((obs, o, d) -> {
            (d ? Theme.DARK : Theme.LIGHT).apply();
            restyle();
        });
        presentation.addListener((obs, o, on) -> {
            root.setStyle(on ? "-fx-font-size: " + PRESENTATION_FONT + "px;" : "");
            if (dialogs instanceof FxDialogs fx) {
                fx.setFontSize(on ? PRESENTATION_FONT : 0); // F1, errors, choices and confirmations too
            }
            restyle();
        });
        stage.setTitle("AR Lab");
        for (String size : new String[] {"16", "32", "64", "128"}) {
            var url = MainWindow.class.getResource("icon-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
        shortcuts.install(scene);
        stage.setScene(scene);
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        navigator.select(0);
        if (restoreLastSession) {
            sessions.restoreLast();
        }
        stage.setOnHidden(e -> sessions.keepForNextTime());
        stage.show();
    }

    /** The lab menu that stands in for the navigator in presentation mode: the lab on screen, the others below. */
    private javafx.scene.control.MenuButton labMenu() {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton();
        menu.setId("lab-menu");
        menu.setTooltip(new javafx.scene.control.Tooltip("Open another lab (Ctrl+1 … Ctrl+9)"));
        List<LabModule<?, ?>> labs = models.modules();
        for (int i = 0; i < labs.size(); i++) {
            int index = i;
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(labs.get(i).title()
                    + (i < 9 ? "  (Ctrl+" + (i + 1) + ")" : ""));
            item.setOnAction(e -> navigator.select(index));
            menu.getItems().add(item);
        }
        menu.textProperty().bind(currentLab);
        menu.visibleProperty().bind(presentation);
        menu.managedProperty().bind(presentation);
        return menu;
    }

    /** The title of the lab on screen. */
    private final javafx.beans.property.StringProperty currentLab = new javafx.beans.property.SimpleStringProperty(
            "Labs");

    private ChartStyle style() {
        return ChartStyle.of(dark.get(), presentation.get() ? 1.5f : 1f);
    }

    private void restyle() {
        ChartStyle s = style();
        navigator.built().forEach(l -> l.restyle(s));
        labStage.restyle(s);
    }

    private void shown(LabModule<?, ?> module, Lab lab) {
        // a lab off screen computes nothing; the one shown catches up with its latest request
        runners.forEach((l, rs) -> rs.forEach(r -> r.hold(l != lab)));
        currentLab.set(module.title() + " lab");
        status.labShown(); // no message or last computation of the lab left behind
        labStage.show(module, lab);
    }

    // --- toolbar and shortcut actions

    @Override
    public void openFile() {
        files.openFile();
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
        if (dialogs.confirm("fresh-lesson", "Start a fresh lesson", "Put every lab back at its defaults?",
                "Every lab's settings go back to their defaults and a loaded series is dropped. Save the session "
                        + "first (Ctrl+S) to keep this one.", "Start afresh")) {
            apply(Session.DEFAULT);
            status.say("A fresh lesson: every lab at its defaults.");
        }
    }

    @Override
    public void quit() {
        stage.hide(); // keeps the session (the window's onHidden), as closing it does
        exit.run();
    }

    /**
     * Keeps the session when the process is asked to end without the window closing (SIGTERM): call once, from the
     * application's start. The window closing keeps it too (and then the hook does nothing).
     */
    void keepSessionOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(sessions::keepOnShutdown, "arlab-keep-session"));
    }

    /** Makes Quit run this instead of ending the application (tests). */
    void setExit(Runnable exit) {
        this.exit = exit;
    }

    /** What a shutdown hook runs (tests call it on their own thread). */
    void keepOnShutdown() {
        sessions.keepOnShutdown();
    }

    @Override
    public void preset(Preset p) {
        navigator.select(0);
        var data = models.model(DataLab.MODULE);
        data.generate();
        data.apply(p);
    }

    @Override
    public void classic(ClassicSeries c) {
        files.classic(c);
    }

    @Override
    public void help() {
        dialogs.inform("help-overlay", "Keyboard shortcuts", shortcuts.table());
    }

    @Override
    public void toggleDark() {
        dark.set(!dark.get());
    }

    @Override
    public void togglePresentation() {
        presentation.set(!presentation.get());
    }

    @Override
    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public void toggleFormulas() {
        formulasShown.set(!formulasShown.get());
    }

    @Override
    public void toggleControls() {
        labStage.controlsShownProperty().set(!labStage.controlsShownProperty().get());
    }

    @Override
    public void toggleAbout() {
        aboutShown.set(!aboutShown.get());
    }

    @Override
    public void openLab(int index) {
        navigator.select(index);
    }

    @Override
    public void stepLab(int by) {
        navigator.step(by);
    }

    @Override
    public void exportChart() {
        Lab lab = navigator.currentLab();
        if (lab != null && !lab.charts().isEmpty()) {
            exportChart(lab.charts().get(0));
        }
    }

    private void exportChart(JFreeChart chart) {
        LabModule<?, ?> m = navigator.currentModule();
        exporter.exportChart(chart, Exporter.slug(m == null ? "chart" : m.title()) + "-"
                + Exporter.slug(chart.getTitle() == null ? "chart" : chart.getTitle().getText()));
    }

    @Override
    public void exportLab() {
        Lab lab = navigator.currentLab();
        if (lab != null) {
            exporter.exportLab(lab.charts(), navigator.currentModule().title(),
                    lab.formula() == null ? null : lab.formula().getValue(), style(), formulaRenderer);
        }
    }

    // --- for tests and the session actions

    /** Loads a series from a file into the Data lab, as File ▸ Open does. */
    void loadFile(Path path) {
        files.load(path);
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

    /** @return the lab of that title once it has been opened, else null (for tests) */
    Lab lab(String title) {
        return navigator.lab(title);
    }

    /** @return every lab's model (tests) */
    LabModels models() {
        return models;
    }

    /** @return the keyboard shortcuts (tests) */
    List<Shortcuts.Shortcut> shortcuts() {
        return shortcuts.list();
    }

    /** @return the status line (tests) */
    StatusBar statusBar() {
        return status;
    }

    /** Sends exports to these files and folders instead of asking (tests). */
    void setExportDestinations(Exporter.Destinations d) {
        exporter.setDestinations(d);
    }

    /** @return the Fit lab's latest result (null before it is opened), for tests */
    FitResult fitResult() {
        return models.model(FitLab.MODULE).resultProperty().get();
    }

    /** @return the formula panel of the lab of that title once it has been opened, else null (for tests) */
    FormulaPanel formulaPanel(String title) {
        Lab lab = lab(title);
        return lab == null ? null : labStage.formulaPanel(lab);
    }
}
