package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.arlab.app.controls.FormulaPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 17, "Projector and small screens": presentation mode is a stage (no navigator, the control column folded to a
 * strip, a lab menu in the toolbar), and the formulas fold to one line so that the charts keep their height.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationUiTest {
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

    @Test
    void presentationModeGivesTheChartsTheScreenAndCtrlLBringsTheControlsBack(FxRobot robot) throws Exception {
        Node navigator = robot.lookup("#navigator").query();
        Node phi1 = robot.lookup("#phi1-slider").query();
        MenuButton labs = robot.lookup("#lab-menu").queryAs(MenuButton.class);
        assertThat(labs.isVisible()).isFalse();
        assertThat(shown(phi1)).isTrue();
        robot.type(KeyCode.F5);
        UiTests.fxEvents();
        assertThat(navigator.getParent().isVisible()).isFalse();
        assertThat(labs.isVisible()).isTrue();
        assertThat(labs.getText()).isEqualTo("Data lab");
        assertThat(shown(phi1)).as("controls folded").isFalse();
        assertThat(robot.lookup("#controls-strip").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertThat(shown(phi1)).isTrue();
        robot.interact(() -> labs.getItems().get(2).fire());
        assertThat(labs.getText()).isEqualTo("Likelihood lab");
        robot.type(KeyCode.F5);
        UiTests.fxEvents();
        assertThat(navigator.getParent().isVisible()).isTrue();
        assertThat(labs.isVisible()).isFalse();
    }

    /** @return whether the node and every parent are visible */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theFormulasFoldToOneLineAndNeverTakeTheChartsHeight(FxRobot robot) throws Exception {
        UiTests.waitFor(10, () -> window.formulaPanel("Data") != null
                && !window.formulaPanel("Data").shownLatex().isEmpty());
        FormulaPanel panel = window.formulaPanel("Data");
        robot.interact(() -> panel.collapsedProperty().set(false));
        UiTests.waitFor(10, () -> panel.shownLatex().equals(panel.formula().latex()));
        Node frame = panel.getParent();
        assertThat(panel.getHeight()).isLessThanOrEqualTo(
                Math.max(0, frame.getLayoutBounds().getHeight() - LabStage.MIN_CHARTS) + 1);
        double full = panel.getHeight();
        robot.clickOn("#formula-expand");
        assertThat(panel.collapsedProperty().get()).isTrue();
        // one line: the first line of every block, general forms without the numbers below them
        UiTests.waitFor(10, () -> panel.shownLatex().split("\n").length == panel.formula().blocks().size());
        UiTests.waitFor(10, () -> panel.getHeight() < full);
        robot.clickOn("#formula-expand");
        assertThat(panel.collapsedProperty().get()).isFalse();
        UiTests.waitFor(10, () -> panel.shownLatex().equals(panel.formula().latex()));
    }
}
