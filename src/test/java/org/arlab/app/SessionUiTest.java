package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.arlab.core.session.RandomSessions;
import org.arlab.core.session.Session;
import org.arlab.core.session.SessionFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sessions through the real window: save, change, reopen; a corrupt last session does not stop the start. */
@ExtendWith(ApplicationExtension.class)
class SessionUiTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path last = MainWindow.lastSessionFile();
        Files.createDirectories(last.getParent());
        Files.writeString(last, "{ this is not json");
        window = new MainWindow(stage, true);
        window.show();
    }

    @AfterEach
    void holdSampling(FxRobot robot) {
        robot.interact(() -> UiTests.holdSampling(window));
    }

    @Test
    void corruptLastSessionIsReportedAndDefaultsRemain(FxRobot robot) {
        assertThat(robot.lookup("#status-message").queryLabeled().getText())
                .contains("last-session.json is not a valid AR Lab session")
                .contains("kept as last-session.damaged.json");
        assertThat(MainWindow.lastSessionFile().resolveSibling("last-session.damaged.json")).hasContent(
                "{ this is not json");
        Slider phi1 = robot.lookup("#phi1-slider").query();
        assertThat(phi1.getValue()).isEqualTo(0.5);
    }

    @Test
    void savedSessionReopensWithTheOldValues(FxRobot robot) throws Exception {
        Slider phi1 = robot.lookup("#phi1-slider").query();
        robot.drag(phi1.lookup(".thumb")).moveBy(-40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#seed-field").eraseText(4).write("777").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        double saved = phi1.getValue();
        assertThat(saved).isLessThan(0.45);
        Path file = Files.createTempFile("lesson", ".json");
        robot.interact(() -> {
            try {
                SessionFile.write(window.session(), org.arlab.app.lab.Labs.catalog().slots(), file);
            } catch (java.io.IOException e) {
                throw new RuntimeException(e);
            }
        });
        robot.drag(phi1.lookup(".thumb")).moveBy(80, 0).drop();
        robot.interact(() -> window.openSession(Path.of("/nonexistent/x.json"), false));
        assertThat(phi1.getValue()).isNotEqualTo(saved);
        robot.interact(() -> window.openSession(file, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(phi1.getValue()).isEqualTo(saved);
        assertThat(robot.lookup("#seed-field").queryTextInputControl().getText()).isEqualTo("777");
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("Session opened");
    }

    @Test
    void everyLabsControlsShowASessionAndGiveItBackExactly(FxRobot robot) throws Exception {
        ListView<?> navigator = robot.lookup("#navigator").queryAs(ListView.class);
        for (int i = 0; i < org.arlab.app.lab.Labs.ALL.size(); i++) {
            int index = i;
            robot.interact(() -> {
                navigator.getSelectionModel().select(index);
                // skin the lab's controls while it is on screen, as the next pulse would: a control panel's content
                // (in a ScrollPane) joins the scene graph, and so lookup(), only once its skin exists
                navigator.getScene().getRoot().applyCss();
                navigator.getScene().getRoot().layout();
            });
        }
        SplittableRandom rnd = new SplittableRandom(1125);
        for (int trial = 0; trial < 4; trial++) {
            Session s = RandomSessions.next(rnd);
            Path file = Files.createTempFile("every-lab", ".json");
            SessionFile.write(s, org.arlab.app.lab.Labs.catalog().slots(), file);
            Session other = RandomSessions.next(rnd);
            robot.interact(() -> window.apply(other));
            robot.interact(() -> window.openSession(file, false));
            WaitForAsyncUtils.waitForFxEvents();
            Session shown = onFx(robot);
            assertThat(shown).isEqualTo(s.complete(org.arlab.app.lab.Labs.catalog().slots()));
            Spinner<?> maxOrder = (Spinner<?>) window.lab("Fit").view().lookup("#fit-max-order");
            assertThat(maxOrder.getValue()).isEqualTo(s.settings(org.arlab.core.session.FitSettings.SLOT).maxOrder());
            TextField seed = (TextField) window.lab("Horizon").view().lookup("#horizon-seed");
            assertThat(seed.getText()).isEqualTo(Long.toString(s.settings(org.arlab.core.session.HorizonSettings.SLOT).seed()));
            Slider mu = (Slider) window.lab("Monte Carlo").view().lookup("#mc-mu-slider");
            assertThat(mu.getValue()).isEqualTo(s.settings(org.arlab.core.session.McSettings.SLOT).mu());
            Slider klSigma = (Slider) window.lab("KL").view().lookup("#kl-q-sigma-slider");
            assertThat(klSigma.getValue()).isEqualTo(s.settings(org.arlab.core.session.KlSettings.SLOT).q().sigma());
        }
    }

    @Test
    void closingTheWindowKeepsTheSessionAndTheNextWindowReopensIt(FxRobot robot) throws Exception {
        Session s = RandomSessions.next(new SplittableRandom(2511));
        robot.interact(() -> window.apply(s));
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#navigator").query().getScene().getWindow();
        robot.interact(stage::hide);
        assertThat(SessionFile.read(MainWindow.lastSessionFile(), org.arlab.app.lab.Labs.catalog().slots()))
                .isEqualTo(s.complete(org.arlab.app.lab.Labs.catalog().slots()));
        robot.interact(() -> {
            javafx.stage.Stage again = new javafx.stage.Stage();
            MainWindow next = new MainWindow(again, true);
            next.show();
            assertThat(next.session()).isEqualTo(s.complete(org.arlab.app.lab.Labs.catalog().slots()));
            again.hide();
        });
    }

    private Session onFx(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(window::session).get();
    }
}
