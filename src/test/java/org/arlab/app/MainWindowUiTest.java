package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.arlab.app.lab.LabEntry;
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

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new MainWindow(stage).show();
    }

    @Test
    void opensTitledWindowWithSixLabsOfWhichOnlyDataIsEnabled(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("AR Lab");
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getIcons()).isNotEmpty();
        ListView<LabEntry> nav = robot.lookup("#navigator").queryListView();
        List<String> titles = nav.getItems().stream().map(LabEntry::title).toList();
        assertThat(titles).containsExactly("Data", "Fit", "Likelihood", "Horizon", "KL", "Monte Carlo");
        assertThat(nav.getItems().stream().filter(LabEntry::available).map(LabEntry::title))
                .containsExactly("Data");
        assertThat(robot.lookup("#lab-fit").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#lab-data").query().isDisabled()).isFalse();
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isEqualTo("Data");
        assertThat(robot.lookup("#status-bar").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-progress").tryQuery()).isPresent();
        assertThat(robot.lookup("#series-chart").tryQuery()).isPresent();
    }

    @Test
    void clickingADisabledLabKeepsTheDataLab(FxRobot robot) {
        robot.clickOn("#lab-likelihood");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<LabEntry> nav = robot.lookup("#navigator").queryListView();
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isEqualTo("Data");
        assertThat(robot.lookup("#series-chart").tryQuery()).isPresent();
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
}
