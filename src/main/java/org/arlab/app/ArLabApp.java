package org.arlab.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one window titled "AR Lab". */
public final class ArLabApp extends Application {
    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, true);
        window.show();
        window.keepSessionOnShutdown();
    }
}
