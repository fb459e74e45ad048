package org.arlab.app.lab.memory;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.arlab.app.Background;
import org.arlab.app.UiTests;
import org.arlab.chart.ChartStyle;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the Memory lab with real background runners. */
@ExtendWith(ApplicationExtension.class)
class MemoryLabUiTest {
    private MemoryModel model;

    @Start
    void start(Stage stage) {
        model = new MemoryModel();
        model.lengthProperty().set(500);
        model.epochsProperty().set(10);
        model.hiddenProperty().set(4);
        var worker = UiTests.worker("memory-test");
        MemoryController controller = new MemoryController(model, new Background("Memory", worker,
                Platform::runLater), new Background("Memory gradients", worker, Platform::runLater), null, null);
        MemoryView view = new MemoryView(model, controller, ChartStyle.of(false, 1f));
        stage.setScene(new Scene(new StackPane(view.view()), 1400, 950));
        stage.show();
    }

    private static double last(XYDataset d) {
        return d.getYValue(0, d.getItemCount(0) - 1);
    }

    @Test
    void movingSAcrossOneTurnsTheGradientCurveFromFallingToRising(FxRobot robot) throws Exception {
        UiTests.waitFor(30, () -> model.gradientsProperty().get() != null);
        ChartViewer v = robot.lookup("#memory-gradients-chart").query();
        XYDataset d = v.getChart().getXYPlot().getDataset();
        assertThat(model.scaleProperty().get()).isEqualTo(0.9);
        assertThat(last(d)).isLessThan(d.getYValue(0, 0)); // falling: 0.9^T
        assertThat(last(d)).isCloseTo(Math.pow(0.9, MemoryController.STEPS), org.assertj.core.api.Assertions.within(
                1e-12 * Math.pow(0.9, MemoryController.STEPS)));
        robot.doubleClickOn("#memory-scale-field").write("1.1\n");
        UiTests.waitFor(30, () -> model.gradientsProperty().get().scale() == 1.1);
        UiTests.fxEvents();
        d = v.getChart().getXYPlot().getDataset();
        assertThat(last(d)).isGreaterThan(d.getYValue(0, 0)); // rising: 1.1^T
        assertThat(last(d)).isCloseTo(Math.pow(1.1, MemoryController.STEPS), org.assertj.core.api.Assertions.within(
                1e-9 * Math.pow(1.1, MemoryController.STEPS)));
        assertThat(robot.lookup("#memory-gradient-text").queryLabeled().getText()).startsWith("s = 1.1 > 1");
        assertThat(d.getItemCount(5)).isZero(); // no clipped curve until clipping is on
        robot.clickOn("#memory-clip");
        UiTests.fxEvents();
        assertThat(d.getItemCount(5)).isEqualTo(MemoryController.STEPS);
        assertThat(d.getYValue(5, MemoryController.STEPS - 1)).isEqualTo(1.0); // the exploding gradient, capped
        assertThat(robot.lookup("#memory-gradient-text").queryLabeled().getText()).contains("capped at 1");
        UiTests.waitFor(60, () -> model.resultProperty().get() != null && model.resultProperty().get().epoch() == 10);
        assertThat(robot.lookup("#memory-status").queryLabeled().getText()).startsWith("Epoch 10 of 10");
    }
}
