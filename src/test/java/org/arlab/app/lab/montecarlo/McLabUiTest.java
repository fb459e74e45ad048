package org.arlab.app.lab.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.arlab.app.Background;
import org.arlab.app.UiTests;
import org.arlab.chart.ChartStyle;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Monte Carlo lab with the real background loop. */
@ExtendWith(ApplicationExtension.class)
class McLabUiTest {
    private McModel model;

    @Start
    void start(Stage stage) {
        model = new McModel();
        model.sampling().logMaxSamplesProperty().set(5);
        model.sampling().logPaceProperty().set(model.sampling().fullSpeed());
        var worker = UiTests.worker("mc-test");
        McController controller = new McController(model, new Background("MC", worker, Platform::runLater));
        McView view = new McView(model, controller, ChartStyle.of(false, 1f));
        stage.setScene(new Scene(new StackPane(view.view()), 1400, 950));
        stage.show();
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws Exception {
        UiTests.waitFor(30, c);
    }

    @Test
    void theDefaultConvergesOnThreeAndTheBandNarrows(FxRobot robot) throws Exception {
        waitFor(() -> model.resultProperty().get() != null && model.resultProperty().get().count() == 100_000);
        McSnapshot s = model.resultProperty().get();
        assertThat(s.exactMean()).isEqualTo(3.0);
        assertThat(Math.abs(s.estimate().mean() - 3)).isLessThan(4 * s.estimate().stdError());
        ChartViewer v = robot.lookup("#mc-running-chart").query();
        YIntervalSeries band = ((YIntervalSeriesCollection) v.getChart().getXYPlot().getDataset()).getSeries(0);
        int n = band.getItemCount();
        double early = band.getYHighValue(30) - band.getYLowValue(30);
        double late = band.getYHighValue(n - 1) - band.getYLowValue(n - 1);
        assertThat(early / late).isGreaterThan(20);
        ValueMarker exact = (ValueMarker) v.getChart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next();
        assertThat(exact.getValue()).isEqualTo(3.0);
        assertThat(robot.lookup("#mc-results").queryLabeled().getText()).contains("exact 3,").contains("exact 10");
    }

    @Test
    void typingCoefficientsChangesTheExactValue(FxRobot robot) throws Exception {
        waitFor(() -> model.resultProperty().get() != null);
        javafx.scene.control.TextField typed = robot.lookup("#mc-coefficients").queryAs(
                javafx.scene.control.TextField.class);
        assertThat(typed.getText()).isEqualTo("1, 1, 1"); // the coefficients in use
        robot.clickOn(typed);
        robot.interact(typed::selectAll);
        robot.write("0, 0, 0, 1").type(javafx.scene.input.KeyCode.ENTER);
        // f = x³, x ~ N(0, 2): E f = 0, Var f = 15 s⁶ = 120
        waitFor(() -> model.resultProperty().get().f().coefficients().length == 4);
        assertThat(model.degreeProperty().get()).isEqualTo(3);
        assertThat(model.resultProperty().get().exactMean()).isEqualTo(0.0);
        assertThat(model.resultProperty().get().exactVariance()).isCloseTo(120.0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(robot.lookup("#mc-formula").queryLabeled().getText()).startsWith("f(x) = x³,");
    }
}
