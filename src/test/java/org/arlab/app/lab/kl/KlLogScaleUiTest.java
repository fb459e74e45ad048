package org.arlab.app.lab.kl;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.arlab.app.Background;
import org.arlab.app.UiTests;
import org.arlab.chart.ChartStyle;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The KL-over-T chart's log scale, for an explosive p (φ = 1.05 over T = 200). */
@ExtendWith(ApplicationExtension.class)
class KlLogScaleUiTest {
    private KlModel model;

    @Start
    void start(Stage stage) {
        model = new KlModel();
        model.logHorizonProperty().set(Math.log10(200));
        model.p().orderProperty().set(1);
        model.p().phiProperty(1).set(1.05);
        model.sampling().logMaxSamplesProperty().set(3);
        KlController controller = new KlController(model, new Background("KL", UiTests.worker("kl-log-test"),
                Platform::runLater));
        KlView view = new KlView(model, controller, ChartStyle.of(false, 1f));
        stage.setScene(new Scene(new StackPane(view.view()), 1400, 950));
        stage.show();
    }

    @Test
    void theLogScaleBoxPutsKlOnALogAxisAndBack(FxRobot robot) throws Exception {
        UiTests.waitFor(30, () -> model.resultProperty().get() != null && model.resultProperty().get().exact() != null);
        ChartViewer v = robot.lookup("#kl-curve-chart").query();
        assertThat(v.getChart().getXYPlot().getRangeAxis()).isNotInstanceOf(LogAxis.class);
        robot.clickOn("#kl-log");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.logScaleProperty().get()).isTrue();
        LogAxis axis = (LogAxis) v.getChart().getXYPlot().getRangeAxis();
        double last = model.resultProperty().get().exact().forwardAtHorizon();
        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(last);
        assertThat(axis.getLowerBound()).isPositive().isLessThan(last * 1e-6);
        robot.interact(() -> model.logScaleProperty().set(false));
        assertThat(robot.lookup("#kl-log").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(v.getChart().getXYPlot().getRangeAxis()).isNotInstanceOf(LogAxis.class);
    }
}
