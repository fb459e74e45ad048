package org.arlab.app.lab.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.arlab.app.Background;
import org.arlab.app.UiTests;
import org.arlab.chart.ChartStyle;
import org.arlab.core.replicate.Workers;
import org.arlab.core.session.ReplicateSettings;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the Sampling lab with the real background loop. */
@ExtendWith(ApplicationExtension.class)
class SamplingLabUiTest {
    private SamplingModel model;
    private SamplingController controller;

    @Start
    void start(Stage stage) {
        model = new SamplingModel();
        model.logReplicationsProperty().set(2);
        model.logLengthProperty().set(Math.log10(50));
        var worker = UiTests.worker("sampling-test");
        controller = new SamplingController(model, new Background("Sampling", worker, Platform::runLater),
                new Workers(2));
        SamplingView view = new SamplingView(model, controller, ChartStyle.of(false, 1f));
        stage.setScene(new Scene(new StackPane(view.view()), 1400, 950));
        stage.show();
    }

    @Test
    void theReplicationsArriveAndAnAr2ShowsItsCloud(FxRobot robot) throws Exception {
        UiTests.waitFor(180, () -> model.resultProperty().get() != null
                && model.resultProperty().get().count() == model.resultProperty().get().total());
        var s = model.resultProperty().get();
        assertThat(s.summaries()).hasSize(4);
        assertThat(robot.lookup("#sampling-summary").queryLabeled().getText()).startsWith("R = 100 of 100");
        ChartViewer hist = robot.lookup("#sampling-histogram-chart").query();
        XYDataset d = hist.getChart().getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(5); // the normal and four methods
        ChartViewer err = robot.lookup("#sampling-error-chart").query();
        assertThat(err.getChart().getXYPlot().getDataset().getItemCount(1)).isEqualTo(6); // n = 50, 20, 100 … 1000
        assertThat(robot.lookup("#sampling-unit-root-chart").query().isVisible()).isTrue();
        robot.interact(() -> {
            model.truth().orderProperty().set(2);
            model.truth().phiProperty(2).set(-0.3);
        });
        UiTests.waitFor(180, () -> model.resultProperty().get().design().order() == 2
                && model.resultProperty().get().design().truth().phi(2) == -0.3
                && model.resultProperty().get().summaries()[0].count() == 100);
        ChartViewer scatter = robot.lookup("#sampling-scatter-chart").query();
        assertThat(scatter.isVisible()).isTrue();
        assertThat(scatter.getChart().getXYPlot().getDataset().getItemCount(2)).isEqualTo(100);
    }

    @Test
    void sessionsGiveBackEverySetting(FxRobot robot) {
        ReplicateSettings s = new ReplicateSettings(new org.arlab.core.session.ArSettings(2,
                new double[] {0.4, 0.2, 0.1}, 1.5), 2, false, 3, 2, true, false, true, false, 99);
        robot.interact(() -> model.apply(s));
        assertThat(model.settings()).isEqualTo(s);
        robot.interact(() -> {
            model.methodProperty(org.arlab.core.ar.ArFit.Method.OLS).set(false);
            model.methodProperty(org.arlab.core.ar.ArFit.Method.YULE_WALKER).set(false);
        });
        assertThat(model.messageProperty().get()).contains("at least one method");
    }
}
