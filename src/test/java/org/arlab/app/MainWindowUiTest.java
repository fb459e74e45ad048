package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.arlab.app.lab.LabModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jfree.chart.fx.ChartViewer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless under Monocle: title, navigator, status line, Data lab shown first. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, false);
        window.show();
    }

    @AfterEach
    void holdSampling(FxRobot robot) {
        robot.interact(() -> UiTests.holdSampling(window));
    }

    @Test
    void opensTitledWindowWithSixLabsAllEnabled(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("AR Lab");
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getIcons()).isNotEmpty();
        ListView<LabModule<?, ?>> nav = robot.lookup("#navigator").queryListView();
        List<String> titles = nav.getItems().stream().map(LabModule::title).toList();
        assertThat(titles).startsWith("Data", "Fit", "Likelihood", "Horizon", "KL", "Monte Carlo");
        assertThat(nav.getItems()).containsExactlyElementsOf(org.arlab.app.lab.Labs.ALL);
        assertThat(robot.lookup("#lab-fit").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#lab-kl").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#lab-data").query().isDisabled()).isFalse();
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isEqualTo("Data");
        assertThat(robot.lookup("#status-bar").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-progress").tryQuery()).isPresent();
        assertThat(robot.lookup("#series-chart").tryQuery()).isPresent();
    }

    @Test
    void clickingTheKlAndMonteCarloLabsOpensThem(FxRobot robot) {
        robot.clickOn("#lab-kl");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<LabModule<?, ?>> nav = robot.lookup("#navigator").queryListView();
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isEqualTo("KL");
        assertThat(robot.lookup("#kl-running-chart").tryQuery()).isPresent();
        robot.clickOn("#lab-monte-carlo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isEqualTo("Monte Carlo");
        assertThat(robot.lookup("#mc-histogram-chart").tryQuery()).isPresent();
    }

    /**
     * Issue 17 (stale status): a lab's message and its last computation ("Ready. Last: Likelihood: likelihood
     * surface, n = 500") do not follow the user into another lab.
     */
    @Test
    void theStatusLineClearsWhenAnotherLabIsShown(FxRobot robot) throws Exception {
        robot.clickOn("#lab-likelihood");
        UiTests.waitFor(20, () -> window.statusBar().line().startsWith("Ready. Last: Likelihood"));
        robot.interact(() -> window.statusBar().say("Could not export: the disk is full."));
        robot.clickOn("#lab-monte-carlo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEmpty();
        assertThat(window.statusBar().line()).doesNotContain("Likelihood");
    }

    @Test
    void themeToggleRestylesTheChartDark(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#series-chart").query();
        java.awt.Paint light = viewer.getChart().getBackgroundPaint();
        robot.clickOn("#theme");
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.Paint dark = viewer.getChart().getBackgroundPaint();
        assertThat(dark).isNotEqualTo(light);
        assertThat(((java.awt.Color) dark).getRed()).isLessThan(80);
    }

    @Test
    void presentationModeEnlargesChartFontsAndLines(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#series-chart").query();
        int before = viewer.getChart().getTitle().getFont().getSize();
        robot.clickOn("#presentation");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewer.getChart().getTitle().getFont().getSize()).isGreaterThan(before);
        java.awt.BasicStroke line = (java.awt.BasicStroke) viewer.getChart().getXYPlot().getRenderer()
                .getSeriesStroke(0);
        assertThat(line.getLineWidth()).isGreaterThan(1.5f);
    }

    @Test
    void aboutPanelExplainsTheLab(FxRobot robot) {
        assertThat(robot.lookup("#about-pane").query().isVisible()).isFalse();
        robot.clickOn("#about");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-pane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#about-text").queryLabeled().getText()).contains("unit circle");
    }

    @Test
    void shortcutsAreListedAndWork(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.D)
                .release(javafx.scene.input.KeyCode.D, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#series-chart").query();
        assertThat(((java.awt.Color) viewer.getChart().getBackgroundPaint()).getRed()).isLessThan(80);
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help-overlay").tryQuery()).isPresent();
        assertThat(robot.lookup("Export the lab's main chart (PNG, SVG, PDF)").tryQuery()).isPresent();
    }

    /** Labs beyond the ninth have no Ctrl+digit: Ctrl+PageDown/PageUp step through all, even from the list. */
    @Test
    void ctrlPageUpAndDownStepThroughTheLabs(FxRobot robot) {
        javafx.scene.control.ListView<?> nav = robot.lookup("#navigator").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            nav.getSelectionModel().select(0);
            nav.requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PAGE_UP)
                .release(javafx.scene.input.KeyCode.PAGE_UP, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nav.getSelectionModel().getSelectedIndex()).as("Ctrl+PageUp from the first lab wraps to the last")
                .isEqualTo(org.arlab.app.lab.Labs.ALL.size() - 1);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PAGE_DOWN)
                .release(javafx.scene.input.KeyCode.PAGE_DOWN, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nav.getSelectionModel().getSelectedIndex()).isZero();
    }

    /**
     * The window holds the loop of a sampling lab that goes off screen and lets it go on when shown again; the loop's
     * state is read from its Pause button's {@code :sampling} pseudo-class. (That a held loop draws nothing, and that
     * a user's pause outlasts the hold, is checked step by step in PacedLoopTest.)
     */
    @Test
    void aSamplingLabOffScreenHoldsItsLoopAndGoesOnWhenShownAgain(FxRobot robot) throws Exception {
        javafx.scene.control.ListView<?> nav = robot.lookup("#navigator").queryAs(javafx.scene.control.ListView.class);
        var kl = window.models().model(org.arlab.app.lab.kl.KlLab.MODULE);
        robot.interact(() -> {
            kl.sampling().logPaceProperty().set(3.5); // 10^6 sequences at about 3 000 a second: minutes of sampling
            kl.sampling().logMaxSamplesProperty().set(6);
            nav.getSelectionModel().select(4);
        });
        UiTests.waitFor(20, () -> robot.lookup("#kl-pause").tryQuery().isPresent());
        javafx.scene.Node pause = robot.lookup("#kl-pause").query();
        java.util.function.BooleanSupplier sampling = () -> pause.getPseudoClassStates().contains(
                org.arlab.app.controls.SamplingControls.SAMPLING);
        UiTests.waitFor(20, () -> kl.resultProperty().get() != null && kl.resultProperty().get().count() > 0
                && sampling.getAsBoolean());
        robot.interact(() -> nav.getSelectionModel().select(0));
        UiTests.waitFor(20, () -> !sampling.getAsBoolean());
        long held = kl.resultProperty().get().count();
        assertThat(held).isLessThan(1_000_000);
        robot.interact(() -> nav.getSelectionModel().select(4));
        UiTests.waitFor(20, () -> sampling.getAsBoolean() && kl.resultProperty().get().count() > held);
    }
}
