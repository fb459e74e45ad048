package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.arlab.app.lab.data.DataLab;
import org.arlab.app.lab.montecarlo.McLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 17, item 10: "Start a fresh lesson" asked no confirmation and left the Monte Carlo lab's typed coefficients
 * showing the old polynomial.
 */
@ExtendWith(ApplicationExtension.class)
class FreshLessonUiTest {
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

    private DialogPane confirmation(FxRobot robot) throws Exception {
        Platform.runLater(window::freshLesson); // the confirmation waits for an answer: ask off the test's thread
        UiTests.waitFor(10, () -> robot.lookup("#fresh-lesson").tryQuery().isPresent());
        return robot.lookup("#fresh-lesson").query();
    }

    @Test
    void aFreshLessonAsksFirstAndThenEveryFieldShowsTheDefaults(FxRobot robot) throws Exception {
        robot.clickOn("#lab-monte-carlo");
        TextField typed = robot.lookup("#mc-coefficients").queryAs(TextField.class);
        robot.doubleClickOn(typed).eraseText(20).write("2, 0, 0, 1").type(KeyCode.ENTER);
        var mc = window.models().model(McLab.MODULE);
        UiTests.waitFor(5, () -> mc.degreeProperty().get() == 3);
        robot.interact(() -> window.models().model(DataLab.MODULE).phiProperty(1).set(0.9));

        DialogPane ask = confirmation(robot);
        assertThat(ask.getHeaderText()).isEqualTo("Put every lab back at its defaults?");
        robot.clickOn(ask.lookupButton(ButtonType.CANCEL));
        UiTests.fxEvents();
        assertThat(mc.degreeProperty().get()).isEqualTo(3);
        assertThat(window.models().model(DataLab.MODULE).phiProperty(1).get()).isEqualTo(0.9);

        ask = confirmation(robot);
        robot.clickOn(ask.getButtonTypes().stream().filter(b -> b.getText().equals("Start afresh")).findFirst()
                .map(ask::lookupButton).orElseThrow());
        UiTests.waitFor(5, () -> mc.degreeProperty().get() == 2);
        assertThat(window.models().model(DataLab.MODULE).phiProperty(1).get()).isEqualTo(0.5);
        robot.clickOn("#lab-monte-carlo");
        assertThat(typed.getText()).isEqualTo("1, 1, 1");
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("fresh lesson");
    }
}
