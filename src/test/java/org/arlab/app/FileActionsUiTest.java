package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.arlab.app.lab.data.DataLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Files into the Data lab through the real window: what is refused, and what the user is told. */
@ExtendWith(ApplicationExtension.class)
class FileActionsUiTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, false);
        window.show();
    }

    @AfterEach
    void holdSampling(FxRobot robot) {
        robot.interact(() -> UiTests.holdSampling(window));
    }

    /** Issue 17, item 4: twelve equal values said "Loaded 12 values" and silently kept the previous series. */
    @Test
    void aFileOfEqualValuesIsRefusedWithTheReasonAndTheSeriesOnScreenStays(FxRobot robot) throws Exception {
        var data = window.models().model(DataLab.MODULE);
        UiTests.waitFor(10, () -> data.resultProperty().get() != null);
        var before = data.resultProperty().get();
        Path flat = Files.createTempFile("flat", ".csv");
        Files.writeString(flat, "value\n" + "5\n".repeat(12));
        robot.interact(() -> window.loadFile(flat));
        UiTests.waitFor(10, () -> robot.lookup("#load-error").tryQuery().isPresent());
        String why = robot.lookup("#load-error").<DialogPane>query().getContentText();
        assertThat(why).startsWith("All 12 values of " + flat.getFileName() + " equal 5")
                .contains("no variation").contains("The series on screen stays");
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).doesNotContain("Loaded");
        UiTests.fxEvents();
        assertThat(data.loadedProperty().get()).isNull();
        assertThat(data.resultProperty().get()).isSameAs(before);
    }
}
