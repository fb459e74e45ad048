package org.arlab.app;

import java.nio.file.Path;

import javafx.stage.Stage;

import org.arlab.app.lab.fit.FitResult;

/** Gives tests in lab packages the package-private parts of {@link MainWindow} they need. */
public final class MainWindowAccess {
    private final MainWindow window;

    private MainWindowAccess(MainWindow window) {
        this.window = window;
    }

    /** Opens a main window on the stage (without restoring the last session). */
    public static MainWindowAccess open(Stage stage) {
        MainWindow w = new MainWindow(stage, false);
        w.show();
        return new MainWindowAccess(w);
    }

    /** Loads a file as File ▸ Open would. */
    public void loadFile(Path path) {
        window.loadFile(path);
    }

    /** Applies a session to every lab, as Session ▸ Open would. */
    public void apply(org.arlab.core.session.Session s) {
        window.apply(s);
    }

    /** @return the lab of that title once opened, else null */
    public org.arlab.app.lab.Lab lab(String title) {
        return window.lab(title);
    }

    /** @return the Fit lab's latest result, or null */
    public FitResult fitResult() {
        return window.fitResult();
    }
}
