package org.arlab.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.arlab.app.UiTests;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaRenderer;
import org.arlab.core.formula.Formula;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The formula panel alone on a small stage, its typesetting worker a queue the test runs: every update reaches the
 * screen, a burst of updates is typeset once (latest wins), and unchanged or same-sized blocks keep their images.
 * (What an update costs the FX thread is measured by the JMH benchmark FormulaPanelBenchmark.)
 */
@ExtendWith(ApplicationExtension.class)
class FormulaPanelTest {
    private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
    private FormulaPanel panel;
    private Stage own;

    /** The panel gets a stage of its own: resizing TestFX's primary stage would shrink the next tests' windows. */
    @Start
    void start(Stage primary) {
        panel = new FormulaPanel(new FormulaRenderer(64), worker::add, ChartStyle.of(false, 1f), () -> {
        });
        BorderPane root = new BorderPane();
        root.setBottom(panel);
        own = new Stage();
        own.setScene(new Scene(root, 800, 400));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    private static Formula formula(int k) {
        return new Formula(List.of(Formula.equation("x = " + k, "x + 1 = " + (k + 1)), Formula.equation("y = 2")));
    }

    /** Runs the typesetting worker's queue empty, then lets the FX thread apply what it posted. */
    private void typeset() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Image> images() {
        return panel.lookupAll(".formula-block").stream().map(n -> ((ImageView) n).getImage()).toList();
    }

    @Test
    void everyUpdateReachesThePanel(FxRobot robot) throws Exception {
        for (int k = 0; k < 20; k++) {
            Formula f = formula(k);
            robot.interact(() -> panel.show(f));
            typeset();
            assertThat(panel.shownLatex()).isEqualTo(f.latex());
        }
        assertThat(panel.fxTimes()[2]).isEqualTo(20);
        assertThat(images()).hasSize(2).allSatisfy(i -> assertThat(i.getWidth()).isGreaterThan(20));
    }

    @Test
    void aBurstOfUpdatesIsTypesetOnceLatestWins(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (int k = 0; k < 50; k++) {
                panel.show(formula(k));
            }
        });
        assertThat(worker).hasSize(1);
        typeset();
        assertThat(panel.shownLatex()).isEqualTo(formula(49).latex());
        assertThat(panel.fxTimes()[2]).isEqualTo(1);
        UiTests.waitFor(5, () -> worker.isEmpty());
    }

    @Test
    void unchangedAndSameSizedBlocksKeepTheirImages(FxRobot robot) throws Exception {
        robot.interact(() -> panel.show(formula(3)));
        typeset();
        List<Image> before = images();
        int[] firstPixels = pixels(before.get(0));
        robot.interact(() -> panel.show(formula(7))); // one digit for another: same size, new pixels
        typeset();
        List<Image> after = images();
        assertThat(after.get(0)).isSameAs(before.get(0));
        assertThat(pixels(after.get(0))).isNotEqualTo(firstPixels);
        assertThat(after.get(1)).isSameAs(before.get(1));
        robot.interact(() -> panel.show(formula(12))); // two digits: a wider block, a new image
        typeset();
        assertThat(images().get(0)).isNotSameAs(before.get(0));
        assertThat(images().get(0).getWidth()).isGreaterThan(before.get(0).getWidth());
        assertThat(images().get(1)).isSameAs(before.get(1));
    }

    @Test
    void theTwoHalvesOfAnUpdateCanBeDrivenByHand(FxRobot robot) throws Exception {
        FormulaPanel.Update u = panel.typeset(formula(5));
        robot.interact(() -> panel.apply(u));
        assertThat(panel.shownLatex()).isEqualTo(formula(5).latex());
        assertThat(images()).hasSize(2);
        assertThat(worker).isEmpty();
    }

    @Test
    void aFormulaThatCannotBeTypesetSaysSoInThePanelUntilTheNextOne(FxRobot robot) throws Exception {
        robot.interact(() -> panel.show(formula(1)));
        typeset();
        robot.interact(() -> panel.show(new Formula(List.of(Formula.equation("\\left( x")))));
        typeset();
        javafx.scene.control.Label note = robot.lookup("#formula-failure").queryAs(javafx.scene.control.Label.class);
        assertThat(note.getText()).startsWith("The formulas could not be typeset: ");
        assertThat(images()).isEmpty();
        robot.interact(() -> panel.show(formula(2)));
        typeset();
        assertThat(robot.lookup("#formula-failure").tryQuery()).isEmpty();
        assertThat(images()).hasSize(2);
        assertThat(panel.shownLatex()).isEqualTo(formula(2).latex());
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] px = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }
}
