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

    /**
     * Issue 17: a t,value file (a year beside each value) loads its values without asking which column, and the
     * series chart counts time in its years.
     */
    @Test
    void aTimeAndValueFileLoadsTheValuesWithoutAskingAndShowsTheYears(FxRobot robot) throws Exception {
        var data = window.models().model(DataLab.MODULE);
        UiTests.waitFor(10, () -> data.resultProperty().get() != null);
        Path file = Files.createTempFile("years", ".csv");
        StringBuilder b = new StringBuilder("\"t\",\"value\"\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(4);
        double[] v = new double[30];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.round(1000 + 300 * rnd.nextGaussian());
            b.append(1871 + i).append(',').append((long) v[i]).append('\n');
        }
        Files.writeString(file, b);
        robot.interact(() -> window.loadFile(file));
        UiTests.waitFor(10, () -> data.resultProperty().get() != null && !data.resultProperty().get().generated());
        assertThat(robot.lookup("#column-picker").tryQuery()).isEmpty();
        assertThat(data.loadedProperty().get().values()).containsExactly(v);
        assertThat(data.resultProperty().get().firstT()).isEqualTo(1871);
        var chart = window.lab("Data").charts().get(0);
        UiTests.fxEvents();
        var x = chart.getXYPlot().getDomainAxis().getRange();
        assertThat(x.getLowerBound()).isGreaterThan(1860);
        assertThat(x.getUpperBound()).isLessThan(1910);
    }

    /** Issue 17: a file with a bad line is refused before the column picker asks anything. */
    @Test
    void aBadFileIsRefusedBeforeAnyColumnIsAskedFor(FxRobot robot) throws Exception {
        var data = window.models().model(DataLab.MODULE);
        UiTests.waitFor(10, () -> data.resultProperty().get() != null);
        Path file = Files.createTempFile("bad", ".csv");
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 0; i < 300; i++) {
            b.append(i % 7).append(',').append(i % 5).append('\n');
        }
        b.append("3,4,5\n");
        Files.writeString(file, b);
        robot.interact(() -> window.loadFile(file));
        UiTests.waitFor(10, () -> robot.lookup("#load-error").tryQuery().isPresent()
                || robot.lookup("#column-picker").tryQuery().isPresent());
        assertThat(robot.lookup("#column-picker").tryQuery()).isEmpty();
        assertThat(robot.lookup("#load-error").<DialogPane>query().getContentText()).contains("302");
        assertThat(data.loadedProperty().get()).isNull();
    }
}
