package org.arlab.app.lab.mixture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.arlab.app.Background;
import org.arlab.app.UiTests;
import org.arlab.chart.ChartStyle;

/** Drives the Mixture lab with its real background runner. */
@ExtendWith(ApplicationExtension.class)
class MixtureLabUiTest {
    private MixtureModel model;
    private MixtureController controller;

    @Start
    void start(Stage stage) {
        model = new MixtureModel();
        model.playingProperty().set(false);
        controller = new MixtureController(model, new Background("Mixture", UiTests.worker("mixture-test"),
                Platform::runLater), null, null);
        MixtureView view = new MixtureView(model, controller, ChartStyle.of(false, 1f));
        stage.setScene(new Scene(new StackPane(view.view()), 1400, 950));
        stage.show();
    }

    private static BufferedImage heat(ChartViewer v) {
        XYPlot plot = v.getChart().getXYPlot();
        for (Object a : ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer()).getAnnotations()) {
            if (a instanceof XYDataImageAnnotation image) {
                return (BufferedImage) image.getImage();
            }
        }
        return null;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void changingCChangesTheCounterTo3CDPlusOneAndRedrawsTheDensityMap(FxRobot robot) throws Exception {
        UiTests.waitFor(60, () -> model.frameProperty().get() != null);
        robot.interact(() -> controller.step());
        UiTests.waitFor(60, () -> model.frameProperty().get().epoch() == 1);
        Label counter = robot.lookup("#mixture-counter").queryAs(Label.class);
        assertThat(counter.getText()).contains("3C(D + 1) = 3·3·(16 + 1) = 153").contains("rest of the network: 32")
                .contains("in all: 185");
        ChartViewer map = robot.lookup("#mixture-map-chart").query();
        BufferedImage before = heat(map);
        assertThat(before).isNotNull();
        assertThat(map.getChart().getXYPlot().getDataset(1).getSeriesCount()).isEqualTo(3);
        Spinner<?> c = robot.lookup("#mixture-components").queryAs(Spinner.class);
        robot.clickOn(c.lookup(".increment-arrow-button"));
        assertThat(model.componentsProperty().get()).isEqualTo(4);
        // the counter follows at once: 3·4·17 = 204 in the head, the layer's 2·16 = 32 beside it
        robot.interact(() -> { });
        assertThat(counter.getText()).contains("3C(D + 1) = 3·4·(16 + 1) = 204").contains("rest of the network: 32")
                .contains("in all: 236");
        UiTests.waitFor(60, () -> model.frameProperty().get().components() == 4);
        robot.interact(() -> { });
        BufferedImage after = heat(map);
        assertThat(after).isNotSameAs(before);
        assertThat(pixels(after)).isNotEqualTo(pixels(before));
        assertThat(map.getChart().getXYPlot().getDataset(1).getSeriesCount()).isEqualTo(4);
        assertThat(model.frameProperty().get().headParameters()).isEqualTo(204);
        assertThat(model.frameProperty().get().totalParameters()).isEqualTo(236);
        // the hidden size moves the counter too: D = 17 → 3·4·18 = 216 and 2·17 = 34
        Spinner<?> d = robot.lookup("#mixture-hidden").queryAs(Spinner.class);
        robot.clickOn(d.lookup(".increment-arrow-button"));
        robot.interact(() -> { });
        assertThat(counter.getText()).contains("= 216").contains("rest of the network: 34").contains("in all: 250");
    }

    @Test
    void theSeriesPartTrainsLiveAndShowsTheExactConditional(FxRobot robot) throws Exception {
        UiTests.waitFor(60, () -> model.frameProperty().get() != null);
        robot.interact(() -> {
            model.componentsProperty().set(2);
            model.partProperty().set(org.arlab.core.session.MixtureSettings.Part.SERIES);
        });
        UiTests.waitFor(60, () -> model.frameProperty().get().settings().part()
                == org.arlab.core.session.MixtureSettings.Part.SERIES && model.frameProperty().get().components() == 2);
        robot.interact(() -> model.playingProperty().set(true));
        UiTests.waitFor(120, () -> model.frameProperty().get().epoch() >= 5);
        robot.interact(() -> model.playingProperty().set(false));
        var f = model.frameProperty().get();
        assertThat(f.exactNll()).isFinite();
        assertThat(f.truthDensity()).isNotNull();
        Label status = robot.lookup("#mixture-status").queryAs(Label.class);
        UiTests.waitFor(30, () -> status.getText().contains("true process (exact conditional)"));
        // Rewind: back to epoch 0
        robot.interact(() -> controller.rewind());
        UiTests.waitFor(60, () -> model.frameProperty().get().epoch() == 0);
    }
}
