package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.stage.Stage;

import org.arlab.app.lab.data.DataLab;
import org.arlab.core.session.SessionFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 17, item 11: the last session was not written on SIGTERM, and there was no Quit. */
@ExtendWith(ApplicationExtension.class)
class QuitUiTest {
    private MainWindow window;
    private final AtomicBoolean exited = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, false);
        window.show();
        window.setExit(() -> exited.set(true));
    }

    @AfterEach
    void holdSampling(FxRobot robot) {
        robot.interact(() -> UiTests.holdSampling(window));
    }

    private static double keptPhi1() throws Exception {
        return SessionFile.read(MainWindow.lastSessionFile(), org.arlab.app.lab.Labs.catalog().slots()).data()
                .phi()[0];
    }

    @Test
    void ctrlQKeepsTheSessionAndQuits(FxRobot robot) throws Exception {
        Path last = MainWindow.lastSessionFile();
        Files.deleteIfExists(last);
        robot.interact(() -> window.models().model(DataLab.MODULE).phiProperty(1).set(0.9));
        assertThat(window.shortcuts()).anySatisfy(s -> assertThat(s.keys().getName()).isEqualTo("Shortcut+Q"));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Q)
                .release(javafx.scene.input.KeyCode.CONTROL);
        UiTests.waitFor(10, exited::get);
        assertThat(last).exists();
        assertThat(keptPhi1()).isEqualTo(0.9);
    }

    @Test
    void aShutdownWithoutTheWindowClosingKeepsTheSessionToo() throws Exception {
        Path last = MainWindow.lastSessionFile();
        Files.deleteIfExists(last);
        javafx.application.Platform.runLater(() -> window.models().model(DataLab.MODULE).phiProperty(1).set(0.8));
        window.keepOnShutdown(); // what the shutdown hook runs on SIGTERM, on its own thread
        assertThat(last).exists();
        assertThat(keptPhi1()).isEqualTo(0.8);
    }
}
