package org.arlab.app.lab.kl;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.arlab.app.Background;
import org.arlab.app.UiTests;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.Format;
import org.arlab.core.kl.KlClosedForm;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the KL lab with the real background loop. */
@ExtendWith(ApplicationExtension.class)
class KlLabUiTest {
    private KlModel model;

    @Start
    void start(Stage stage) {
        model = new KlModel();
        model.logHorizonProperty().set(Math.log10(50));
        model.sampling().logMaxSamplesProperty().set(4);
        model.sampling().logPaceProperty().set(model.sampling().fullSpeed());
        var worker = UiTests.worker("kl-test");
        KlController controller = new KlController(model, new Background("KL", worker, Platform::runLater));
        KlView view = new KlView(model, controller, ChartStyle.of(false, 1f));
        stage.setScene(new Scene(new StackPane(view.view()), 1400, 950));
        stage.show();
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws Exception {
        UiTests.waitFor(30, c);
    }

    @Test
    void movingAPhiOfQChangesTheClosedFormShown(FxRobot robot) throws Exception {
        waitFor(() -> model.resultProperty().get() != null);
        String before = robot.lookup("#kl-exact").queryLabeled().getText();
        double exactBefore = model.resultProperty().get().exact().forwardAtHorizon();
        assertThat(before).contains("KL_T(p‖q) = " + Format.number(exactBefore));
        Slider phi = robot.lookup("#kl-q-phi1-slider").query();
        robot.drag(phi.lookup(".thumb")).moveBy(-40, 0).drop();
        waitFor(() -> model.resultProperty().get().exact().q().phi(1) == model.q().phiProperty(1).get());
        double qPhi1 = model.q().phiProperty(1).get();
        assertThat(qPhi1).isLessThan(0.6);
        double exactAfter = model.resultProperty().get().exact().forwardAtHorizon();
        // the closed form for the new q, computed independently of the lab
        double expected = KlClosedForm.cumulative(model.p().model(), model.q().model(), 50, null)[49];
        assertThat(exactAfter).isEqualTo(expected).isNotEqualTo(exactBefore);
        String after = robot.lookup("#kl-exact").queryLabeled().getText();
        assertThat(after).isNotEqualTo(before).contains("KL_T(p‖q) = " + Format.number(exactAfter));
    }

    @Test
    void theMonteCarloBandNarrowsAsMGrows(FxRobot robot) throws Exception {
        waitFor(() -> model.resultProperty().get() != null && model.resultProperty().get().count() >= 10_000);
        ChartViewer v = robot.lookup("#kl-running-chart").query();
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) v.getChart().getXYPlot().getDataset();
        for (int s = 0; s < 2; s++) {
            YIntervalSeries series = d.getSeries(s);
            int n = series.getItemCount();
            assertThat(n).isGreaterThan(100);
            double early = width(series, 20);   // around M = 20
            double late = width(series, n - 1); // M = 10 000
            double ratio = early / late;
            assertThat(series.getX(n - 1).doubleValue()).isEqualTo(10_000);
            // the band is 3.92·sd/√M: from M = 20 to 10⁴ it narrows by √500 ≈ 22, up to the noise in sd at M = 20
            assertThat(ratio).as("estimator %d", s).isBetween(8.0, 60.0);
        }
        // the conditional estimator's band is the narrower
        assertThat(width(d.getSeries(1), d.getSeries(1).getItemCount() - 1))
                .isLessThan(width(d.getSeries(0), d.getSeries(0).getItemCount() - 1));
        assertThat(robot.lookup("#kl-summary").queryLabeled().getText()).contains("M = 10\u2009000 of 10\u2009000");
    }

    /**
     * Issue 17, item 9: while paused, changing p or q did not update the exact curves and formulas; once sampling had
     * finished the button still said "Pause".
     */
    @Test
    void whilePausedTheExactValuesFollowQAndAFinishedRunSaysDone(FxRobot robot) throws Exception {
        waitFor(() -> model.resultProperty().get() != null && model.resultProperty().get().count() >= 10_000);
        javafx.scene.control.Button pause = robot.lookup("#kl-pause").queryButton();
        waitFor(() -> "Done".equals(pause.getText()));
        assertThat(pause.isDisabled()).isTrue();
        robot.interact(() -> model.sampling().logMaxSamplesProperty().set(6)); // a larger M goes on
        waitFor(() -> "Pause".equals(pause.getText()) && !pause.isDisabled());
        robot.interact(pause::fire); // the column may be scrolled on a small screen: fire it rather than aim at it
        assertThat(pause.getText()).isEqualTo("Resume");
        robot.interact(() -> model.q().phiProperty(1).set(0.1));
        waitFor(() -> model.resultProperty().get().exact().q().phi(1) == 0.1);
        double expected = KlClosedForm.cumulative(model.p().model(), model.q().model(), 50, null)[49];
        assertThat(model.resultProperty().get().exact().forwardAtHorizon()).isEqualTo(expected);
        assertThat(robot.lookup("#kl-exact").queryLabeled().getText()).contains("KL_T(p‖q) = "
                + Format.number(expected));
        assertThat(model.resultProperty().get().count()).isZero();
        assertThat(pause.getText()).isEqualTo("Resume");
        robot.interact(pause::fire); // the column may be scrolled on a small screen: fire it rather than aim at it
        waitFor(() -> model.resultProperty().get().count() > 0);
    }

    private static double width(YIntervalSeries s, int i) {
        return s.getYHighValue(i) - s.getYLowValue(i);
    }
}
