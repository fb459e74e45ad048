package org.arlab.app.lab.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.arlab.app.UiTests;
import org.arlab.app.lab.LabModule;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Data and Fit labs through the real window: presets, sliders, files good and bad, methods, order selection. */
@ExtendWith(ApplicationExtension.class)
class FitLabUiTest {
    private org.arlab.app.MainWindowAccess window;

    @Start
    void start(Stage stage) {
        window = org.arlab.app.MainWindowAccess.open(stage);
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws Exception {
        UiTests.waitFor(20, c);
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.TableView<FitPresenter.Row> table(FxRobot robot) {
        return (javafx.scene.control.TableView<FitPresenter.Row>) robot.lookup("#fit-table").query();
    }

    private static String cell(FxRobot robot, String name) {
        FitPresenter.Row row = table(robot).getItems().stream().filter(r -> r.name().equals(name))
                .findFirst().orElse(null);
        return row == null ? null : row.estimate();
    }

    @Test
    void fitFollowsTheDataLabAndShowsTrueValues(FxRobot robot) throws Exception {
        robot.clickOn("#lab-fit");
        waitFor(() -> cell(robot, "φ₁") != null);
        String before = cell(robot, "φ₁");
        var table = table(robot);
        assertThat(table.getItems().stream().filter(r -> r.name().equals("φ₁")).findFirst().orElseThrow().truth())
                .isEqualTo("0.5");
        // move φ₁ in the Data lab: the Fit lab refits
        robot.clickOn("#lab-data");
        Slider phi1 = robot.lookup("#phi1-slider").query();
        // a little: the Fit lab, off screen, fits only the series it comes back to (φ₁ + 1.2 made it explosive)
        robot.drag(phi1.lookup(".thumb")).moveBy(15, 0).drop();
        robot.clickOn("#lab-fit");
        waitFor(() -> !before.equals(cell(robot, "φ₁")));
        double truth = Double.parseDouble(table.getItems().stream().filter(r -> r.name().equals("φ₁")).findFirst()
                .orElseThrow().truth().replace('−', '-'));
        assertThat(truth).isGreaterThan(0.55);
    }

    @Test
    void switchingMethodsAndSelectingTheOrder(FxRobot robot) throws Exception {
        robot.clickOn("#lab-fit");
        waitFor(() -> cell(robot, "φ₁") != null);
        robot.clickOn("#fit-method").clickOn("Yule–Walker");
        waitFor(() -> robot.lookup("#status-text").queryLabeled().getText().contains("Yule–Walker"));
        assertThat(robot.lookup("#fit-forecast-chart").<ChartViewer>query().getChart().getTitle().getText())
                .contains("Yule–Walker");
        robot.clickOn("#order-mode").clickOn("choose by BIC");
        waitFor(() -> robot.lookup("#criterion-chart").<ChartViewer>query().getChart().getTitle() != null
                && window.fitResult() != null && window.fitResult().selection().criterion().name().equals("BIC"));
        // an AR(2) with n = 500: BIC picks p = 2, and the table then shows φ₁, φ₂ only
        assertThat(window.fitResult().selection().order()).isEqualTo(2);
        assertThat(cell(robot, "φ₃")).isNull();
        assertThat(cell(robot, "φ₂")).isNotNull();
    }

    @Test
    void classicPresetLoadsAndFitsItsTextbookModel(FxRobot robot) throws Exception {
        robot.clickOn("#presets").clickOn("Canadian lynx, log10 (AR(2))");
        waitFor(() -> robot.lookup("#source").queryLabeled().getText().contains("lynx"));
        assertThat(robot.lookup("#stationarity").queryLabeled().getText()).contains("pseudo-cycles of period 9.7");
        // the generator's controls are hidden: they would show a model that contradicts the one fitted (issue 17)
        assertThat(robot.lookup("#phi1").query().isVisible()).isFalse();
        assertThat(robot.lookup("#sigma").query().isVisible()).isFalse();
        // issue 17: the lines about the loaded series (its source, the chosen order, the mean) are shown in full,
        // none cut at the bottom of the column: each label is as high as its wrapped text
        org.arlab.app.UiTests.fxEvents();
        for (String id : new String[] {"#source", "#stationarity", "#info"}) {
            javafx.scene.control.Label l = robot.lookup(id).queryAs(javafx.scene.control.Label.class);
            if (l.isVisible() && !l.getText().isEmpty()) {
                double need = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> l.prefHeight(l.getWidth())).get();
                assertThat(l.getHeight()).as("%s: %s", id, l.getText()).isGreaterThanOrEqualTo(need - 1);
            }
        }
        robot.clickOn("#back-to-generator");
        waitFor(() -> robot.lookup("#phi1").query().isVisible());
    }

    @Test
    void goodFileLoadsAndBadFileIsRefusedNamingTheLine(FxRobot robot) throws Exception {
        Path good = Files.createTempFile("series", ".csv");
        StringBuilder sb = new StringBuilder("t;value\n");
        java.util.Random rnd = new java.util.Random(5);
        for (int i = 0; i < 300; i++) {
            sb.append(i).append(';').append(Math.sin(i / 5.0) + rnd.nextGaussian() * 0.3).append('\n');
        }
        Files.writeString(good, sb);
        robot.interact(() -> window.loadFile(good));
        // two numeric columns, t rising: the values are loaded without asking (issue 17), t from 0 on the chart
        waitFor(() -> robot.lookup("#series-chart").<ChartViewer>query().getChart().getXYPlot().getDataset()
                .getItemCount(0) == 300);
        assertThat(robot.lookup("#column-picker").tryQuery()).isEmpty();
        assertThat(robot.lookup("#series-chart").<ChartViewer>query().getChart().getXYPlot().getDataset()
                .getXValue(0, 0)).isEqualTo(0);
        assertThat(robot.lookup("#back-to-generator").query().isVisible()).isTrue();
        Path bad = Files.createTempFile("bad", ".csv");
        Files.writeString(bad, "value\n1\n2\nthree\n");
        robot.interact(() -> window.loadFile(bad));
        waitFor(() -> robot.lookup("#load-error").tryQuery().isPresent());
        assertThat(robot.lookup("#load-error").<javafx.scene.control.DialogPane>query().getContentText())
                .contains(bad.getFileName().toString()).contains("line 4").contains("\"three\" is not a number");
        // the previous series stays
        assertThat(robot.lookup("#series-chart").<ChartViewer>query().getChart().getXYPlot().getDataset()
                .getItemCount(0)).isEqualTo(300);
    }
}
