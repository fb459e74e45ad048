package org.arlab.app.lab.likelihood;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.arlab.app.UiTests;
import org.arlab.app.MainWindowAccess;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Likelihood lab in the real window. */
@ExtendWith(ApplicationExtension.class)
class LikelihoodLabUiTest {
    private MainWindowAccess window;

    @Start
    void start(Stage stage) {
        window = MainWindowAccess.open(stage);
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws Exception {
        UiTests.waitFor(20, c);
    }

    /** The φ₁-extent of the drawn 95% likelihood-ratio region. */
    private double lrWidth() {
        var d = view().map().overlay();
        int s = org.arlab.chart.LikelihoodMapFigure.Layer.LR_REGION.ordinal();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < d.getItemCount(s); k++) {
            double x = d.getXValue(s, k);
            if (!Double.isNaN(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return hi - lo;
    }

    private LikelihoodView view() {
        return (LikelihoodView) window.lab("Likelihood");
    }

    @Test
    void draggingNChangesTheDrawnSurface(FxRobot robot) throws Exception {
        robot.clickOn("#lab-likelihood");
        waitFor(() -> view() != null && view().map().heatImage() != null);
        String title = robot.lookup("#likelihood-map").<ChartViewer>query().getChart().getTitle().getText();
        assertThat(title).contains("first 500 observations");
        double widthBefore = lrWidth();
        java.awt.image.BufferedImage first = view().map().heatImage();
        Slider n = robot.lookup("#likelihood-n-slider").query();
        robot.drag(n.lookup(".thumb")).moveBy(-60, 0).drop();
        waitFor(() -> view().map().heatImage() != first);
        String after = robot.lookup("#likelihood-map").<ChartViewer>query().getChart().getTitle().getText();
        assertThat(after).doesNotContain("first 500 observations");
        assertThat(robot.lookup("#likelihood-n-label").queryLabeled().getText()).doesNotStartWith("n = 500 ");
        // the LR region widens with fewer observations: its contour spans more of the map
        assertThat(lrWidth()).isGreaterThan(widthBefore);
    }

    /**
     * End to end: a click on the map starts a climb (Play), Pause stops it and the Step button climbs on, on the map
     * and in the ℓ chart. The
     * climb itself (never falling at a small rate, overshooting at a large one, refusing to leave the map) is tested
     * on the model, in LikelihoodModelTest.
     */
    /** @return the path's length, read on the FX thread (the path grows there) */
    private int pathLength() {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> view().model().pathLogLikelihoods().length).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aClickStartsAPathAndStepClimbsIt(FxRobot robot) throws Exception {
        robot.clickOn("#lab-likelihood");
        waitFor(() -> view() != null && view().map().heatImage() != null);
        ChartViewer map = robot.lookup("#likelihood-map").query();
        // a small rate, so that the climb is still on its way when Pause is pressed (it stops at the top)
        robot.interact(() -> view().model().logEtaProperty().set(-1.5));
        // click in the upper left part of the plot area
        robot.moveTo(map).moveBy(-map.getWidth() * 0.3, -map.getHeight() * 0.3).clickOn();
        waitFor(() -> pathLength() >= 3);
        assertThat(view().model().playingProperty().get()).isTrue();
        robot.clickOn("#ascent-play"); // Pause
        waitFor(() -> !view().model().playingProperty().get());
        org.arlab.app.UiTests.fxEvents(); // a tick already queued lands before the count is taken
        int before = pathLength();
        robot.clickOn("#ascent-step");
        waitFor(() -> pathLength() == before + 1);
        double[] l = view().model().pathLogLikelihoods();
        assertThat(l[before]).isGreaterThanOrEqualTo(l[before - 1]);
        assertThat(l[before]).isGreaterThan(l[0]);
        int pathLayer = org.arlab.chart.LikelihoodMapFigure.Layer.PATH.ordinal();
        assertThat(view().map().overlay().getItemCount(pathLayer)).isEqualTo(before + 1);
        assertThat(view().pathFigure().dataset().getItemCount(0)).isEqualTo(before + 1);
        assertThat(view().pathFigure().dataset().getYValue(0, before)).isEqualTo(l[before]);
        assertThat(robot.lookup("#path-info").queryLabeled().getText()).isEqualTo(
                view().model().pathInfoProperty().get()).contains(before + " steps", "climbing steadily");
    }

    @Test
    void forAnAr1ThereIsNoPairToChooseAndNothingToClimb(FxRobot robot) throws Exception {
        robot.clickOn("#lab-likelihood");
        waitFor(() -> view() != null && view().map().heatImage() != null);
        javafx.scene.Node step = robot.lookup("#ascent-step").query();
        assertThat(step.isDisabled()).isFalse();
        org.arlab.core.session.Session ar1 = org.arlab.core.session.Session.DEFAULT.withData(
                org.arlab.core.session.DataScenario.of(new double[] {0.7}, 1, 0, 500, 42, null));
        robot.interact(() -> window.apply(ar1));
        waitFor(() -> step.isDisabled());
        assertThat(robot.lookup("#path-info").queryLabeled().getText()).contains("For AR(1)");
        robot.interact(() -> window.apply(org.arlab.core.session.Session.DEFAULT));
        waitFor(() -> !step.isDisabled());
    }
}
