package org.arlab.app.lab.data;

import org.arlab.chart.SeriesFacts;
import static org.assertj.core.api.Assertions.assertThat;


import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
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
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Data lab through its real controls, with the real background runner. */
@ExtendWith(ApplicationExtension.class)
class DataLabUiTest {
    private DataModel model;

    @Start
    void start(Stage stage) {
        model = new DataModel();
        java.util.concurrent.ExecutorService worker = UiTests.worker("test-worker");
        DataView view = new DataView(model, ChartStyle.of(false, 1f));
        new DataController(model, new Background("Data", worker, Platform::runLater));
        stage.setScene(new Scene(new StackPane(view.view()), 1200, 800));
        stage.show();
    }

    private static double[] shownY(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#series-chart").query();
        XYDataset d = viewer.getChart().getXYPlot().getDataset();
        double[] y = new double[d.getItemCount(0)];
        for (int i = 0; i < y.length; i++) {
            y[i] = d.getYValue(0, i);
        }
        return y;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        UiTests.waitFor(10, condition);
    }

    @Test
    void draggingPhiSliderChangesTheSeriesTheChartShows(FxRobot robot) throws Exception {
        waitFor(() -> shownY(robot).length == 500);
        double[] before = shownY(robot);
        Slider phi1 = robot.lookup("#phi1-slider").query();
        double v0 = phi1.getValue();
        Node thumb = phi1.lookup(".thumb");
        robot.drag(thumb).moveBy(60, 0).drop();
        waitFor(() -> phi1.getValue() > v0 + 0.1);
        double phiNow = phi1.getValue();
        waitFor(() -> model.resultProperty().get().model().phi(1) == phiNow);
        WaitForAsyncUtils.waitForFxEvents();
        double[] after = shownY(robot);
        assertThat(after).hasSize(500).isNotEqualTo(before);
        // the chart shows exactly the series simulated for the new φ1 (same seed, same φ2)
        double[] expected = SeriesFacts.generated(model.model(), 500, model.initialValues(), 42).simulation().values();
        assertThat(after).containsExactly(expected);
        TextField field = robot.lookup("#phi1-field").query();
        assertThat(Double.parseDouble(field.getText().replace('−', '-'))).isCloseTo(phiNow,
                org.assertj.core.data.Offset.offset(0.006));
    }

    @Test
    void typingNInTheFieldSetsTheLength(FxRobot robot) throws Exception {
        robot.doubleClickOn("#n-field").eraseText(6).write("2000").type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> model.resultProperty().get() != null && model.resultProperty().get().n() == 2000);
        waitFor(() -> shownY(robot).length == 2000);
    }

    @Test
    void raisingTheOrderRevealsTheNextSlider(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#phi3").query().isVisible()).isFalse();
        robot.clickOn("#order-spinner .increment-arrow-button");
        waitFor(() -> robot.lookup("#phi3").query().isVisible());
        assertThat(model.orderProperty().get()).isEqualTo(3);
    }

    @Test
    void explosiveSettingShowsAWarningNotAnEmptyChart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.logNProperty().set(4);
            model.apply(Preset.ALL.get(Preset.ALL.size() - 1));
        });
        waitFor(() -> robot.lookup("#warning").queryLabeled().getText().contains("explosive"));
        assertThat(shownY(robot).length).isGreaterThan(100);
        assertThat(robot.lookup("#stationarity").queryLabeled().getText()).startsWith("Not stationary");
    }

    @Test
    void stepButtonDrawsOneValueAtATimeFromTheShownDensity(FxRobot robot) throws Exception {
        robot.clickOn("Step by step");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#step-button");
        }
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#step-chart").query();
        XYDataset d = viewer.getChart().getXYPlot().getDataset();
        assertThat(d.getItemCount(0)).isEqualTo(3);
        // the Series tab's path with the same seed (issue 17: it drew another one)
        double[] series = model.resultProperty().get().values();
        for (int i = 0; i < 3; i++) {
            assertThat(d.getYValue(0, i)).isEqualTo(series[i]);
        }
        assertThat(robot.lookup("#step-explanation").queryLabeled().getText()).contains("Drew x₃").contains("Next: x₄");
        // the density stands at the next step k = 4, centred on f(x_<4) = 0.5·x₃ − 0.3·x₂
        double x2 = d.getYValue(0, 1);
        double x3 = d.getYValue(0, 2);
        assertThat(d.getXValue(3, 0)).isEqualTo(4.0);
        assertThat(d.getYValue(3, 0)).isCloseTo(0.5 * x3 - 0.3 * x2, org.assertj.core.data.Offset.offset(1e-12));
        robot.interact(() -> model.phiProperty(1).set(0.1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.getItemCount(0)).isZero();
    }

    /**
     * Issue 17, item 1: one wheel notch froze the y axis, so every later series drew clipped. The wheel zooms time
     * only, and the next series is shown whole on both axes.
     */
    @Test
    void aWheelNotchZoomsTimeOnlyAndTheNextSeriesIsShownWhole(FxRobot robot) throws Exception {
        waitFor(() -> shownY(robot).length == 500);
        ChartViewer viewer = robot.lookup("#series-chart").query();
        org.jfree.chart.plot.XYPlot plot = viewer.getChart().getXYPlot();
        robot.interact(() -> wheel(viewer, -40));
        waitFor(() -> !plot.getDomainAxis().isAutoRange());
        assertThat(plot.getRangeAxis().isAutoRange()).as("the y axis still follows the data").isTrue();
        assertThat(plot.getDomainAxis().getLowerBound()).isGreaterThanOrEqualTo(1);
        robot.interact(() -> model.interceptProperty().set(10)); // mean 12.5, far above the noise's axis
        waitFor(() -> model.resultProperty().get().model().intercept() == 10);
        WaitForAsyncUtils.waitForFxEvents();
        double[] y = shownY(robot);
        org.jfree.data.Range r = plot.getRangeAxis().getRange();
        assertThat(r.contains(java.util.Arrays.stream(y).min().orElseThrow())).isTrue();
        assertThat(r.contains(java.util.Arrays.stream(y).max().orElseThrow())).isTrue();
        assertThat(plot.getDomainAxis().isAutoRange()).isTrue();
        // one way to export, and a way back from a zoom, in the context menu
        java.util.List<String> menu = viewer.getContextMenu().getItems().stream().map(i -> i.getText())
                .filter(java.util.Objects::nonNull).toList();
        assertThat(menu).startsWith("Export this chart (PNG, SVG, PDF)…", "Reset zoom")
                .noneMatch(t -> t.startsWith("Export As"));
        robot.interact(() -> wheel(viewer, -40));
        waitFor(() -> !plot.getDomainAxis().isAutoRange());
        robot.interact(() -> viewer.getContextMenu().getItems().get(1).fire());
        assertThat(plot.getDomainAxis().isAutoRange()).isTrue();
    }

    /** Issue 17, item 3: a root dragged while a φ field had focus was undone when the stale field committed. */
    @Test
    void aRootDraggedWhileAPhiFieldHasFocusStays(FxRobot robot) throws Exception {
        robot.clickOn("#phi1-field");
        robot.interact(() -> model.setPhi(new double[] {0.9, -0.2})); // what RootDragger does
        assertThat(robot.lookup("#phi1-field").queryTextInputControl().getText()).isEqualTo("0.90");
        robot.clickOn("#seed-field");
        assertThat(model.phiProperty(1).get()).isEqualTo(0.9);
        assertThat(model.phiProperty(2).get()).isEqualTo(-0.2);
    }

    /** One wheel notch (deltaY ±40) at the middle of the chart's data area, as the mouse would send it. */
    static void wheel(ChartViewer viewer, double deltaY) {
        java.awt.geom.Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        double x = area.getCenterX();
        double y = area.getCenterY();
        javafx.geometry.Point2D screen = viewer.getCanvas().localToScreen(x, y);
        viewer.getCanvas().fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, x, y,
                screen.getX(), screen.getY(), false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }
}
