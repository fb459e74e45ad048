package org.arlab.app;

import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window (stub). */
public final class MainWindow {
    private final Stage stage;

    MainWindow(Stage stage) {
        this.stage = stage;
    }

    void show() {
        stage.setTitle("AR Lab");
        stage.setScene(new Scene(new BorderPane(), 1280, 800));
        stage.show();
    }
}
