package org.arlab.app.lab.horizon;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.arlab.app.Background;
import org.arlab.app.UiTests;
import org.arlab.chart.ChartStyle;
import org.arlab.core.ar.ArModel;
import org.arlab.core.horizon.HorizonExperiment;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Horizon lab through its controls with the real background runner. */
@ExtendWith(ApplicationExtension.class)
class HorizonLabUiTest {
    private HorizonModel model;

    @Start
    void start(Stage stage) {
        model = new HorizonModel();
        model.logRolloutsProperty().set(Math.log10(300));
        var worker = UiTests.worker("horizon-test");
        HorizonView view = new HorizonView(model, ChartStyle.of(false, 1f),
                () -> ArModel.of(new double[] {0.3, 0.2, 0.1}, 2));
        new HorizonController(model, new Background("Horizon", worker, Platform::runLater));
        stage.setScene(new Scene(new StackPane(view.view()), 1300, 900));
        stage.show();
    }

    private double[] fittedCurve(FxRobot robot) {
        ChartViewer v = robot.lookup("#horizon-error-chart").query();
        XYDataset d = v.getChart().getXYPlot().getDataset();
        int s = 2; // empirical MSE, fitted model
        double[] y = new double[d.getItemCount(s)];
        for (int i = 0; i < y.length; i++) {
            y[i] = d.getYValue(s, i);
        }
        return y;
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws Exception {
        UiTests.waitFor(20, c);
    }

    @Test
    void changingNTrainChangesTheFittedModelsErrorCurve(FxRobot robot) throws Exception {
        waitFor(() -> model.resultProperty().get() != null && fittedCurve(robot).length == 200);
        HorizonExperiment before = model.resultProperty().get();
        double[] curveBefore = fittedCurve(robot);
        Slider train = robot.lookup("#ntrain-slider").query();
        robot.drag(train.lookup(".thumb")).moveBy(-45, 0).drop();
        waitFor(() -> model.resultProperty().get() != before && model.resultProperty().get().nTrain() == model.nTrain());
        WaitForAsyncUtils.waitForFxEvents();
        HorizonExperiment after = model.resultProperty().get();
        assertThat(after.nTrain()).isLessThan(200);
        assertThat(after.fitted()).isNotEqualTo(before.fitted());
        assertThat(fittedCurve(robot)).isNotEqualTo(curveBefore);
        assertThat(robot.lookup("#fitted-model").queryLabeled().getText()).contains("Fitted to " + after.nTrain());
    }

    @Test
    void dataLabModelIsCopied(FxRobot robot) throws Exception {
        robot.clickOn("#use-data-model");
        waitFor(() -> model.orderProperty().get() == 3);
        assertThat(model.truth().phi()).containsExactly(0.3, 0.2, 0.1);
        waitFor(() -> model.resultProperty().get() != null && model.resultProperty().get().truth().order() == 3);
    }
}
