package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.arlab.app.controls.FormulaPanel;
import org.arlab.app.lab.LabModule;
import org.arlab.core.ar.ArFit;
import org.arlab.core.formula.Tex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The formula panel of every lab in the real window: showing, with the lab's current numbers, hideable. */
@ExtendWith(ApplicationExtension.class)
class FormulaPanelUiTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, false);
        window.show();
    }

    @AfterEach
    void holdSampling(FxRobot robot) {
        robot.interact(() -> UiTests.holdSampling(window));
    }

    private FormulaPanel open(FxRobot robot, int index, String title) throws Exception {
        ListView<LabModule<?, ?>> nav = robot.lookup("#navigator").queryListView();
        robot.interact(() -> nav.getSelectionModel().select(index));
        UiTests.waitFor(20, () -> window.formulaPanel(title) != null);
        FormulaPanel panel = window.formulaPanel(title);
        UiTests.waitFor(20, () -> panel.isVisible() && panel.getScene() != null && panel.formula() != null
                && panel.shownLatex().equals(panel.formula().latex()));
        assertThat(panel.lookupAll(".formula-block")).isNotEmpty().allSatisfy(n -> assertThat(((ImageView) n)
                .getImage().getWidth()).isGreaterThan(20));
        return panel;
    }

    @Test
    void everyLabShowsItsFormulasWithTheCurrentNumbers(FxRobot robot) throws Exception {
        FormulaPanel data = open(robot, 0, "Data");
        assertThat(data.shownLatex()).contains("\\varphi = (0.5,\\ -0.3)", "\\sigma = 1", "\\text{stationary}");
        Slider phi1 = robot.lookup("#phi1-slider").query();
        robot.interact(() -> phi1.setValue(0.25));
        UiTests.waitFor(20, () -> data.shownLatex().contains("\\varphi = (0.25,\\ -0.3)"));

        FormulaPanel fit = open(robot, 1, "Fit");
        UiTests.waitFor(20, () -> window.fitResult() != null
                && fit.shownLatex().contains(Tex.vector(window.fitResult().fit().phi())));
        ArFit f = window.fitResult().fit();
        assertThat(fit.shownLatex()).contains(Tex.num(f.sigma2()), Tex.num(f.aic()), "Common mistake");

        FormulaPanel lik = open(robot, 2, "Likelihood");
        assertThat(lik.shownLatex()).contains("\\eta = 0.3", "\\nabla_\\theta f_\\theta", "Common mistake");
        FormulaPanel horizon = open(robot, 3, "Horizon");
        assertThat(horizon.shownLatex()).contains("\\varphi = (0.9,\\ -0.2)", "\\psi_0 = 1");
        FormulaPanel kl = open(robot, 4, "KL");
        assertThat(kl.shownLatex()).contains("\\varphi_p = (0.5,\\ -0.3)", "\\varphi_q = (0.6,\\ 0.2)", "\\kappa = ");
        FormulaPanel mc = open(robot, 5, "Monte Carlo");
        assertThat(mc.shownLatex()).contains("f(x) = x^{2} + x + 1", "\\mathcal{N}(0,\\ 2)",
                "\\text{exact } \\mathbb{E} f(x) = 3");
    }

    @Test
    void javafxsReusableGlyphLayoutIsTakenForGood() throws Exception {
        Class<?> gl = Class.forName("com.sun.javafx.text.GlyphLayout");
        java.lang.reflect.Field inUse = gl.getDeclaredField("inUse");
        inUse.setAccessible(true);
        assertThat(inUse.getBoolean(null)).as("the window took the reusable layout (TextLayoutRace)").isTrue();
        Object a = gl.getMethod("getInstance").invoke(null);
        Object b = gl.getMethod("getInstance").invoke(null);
        assertThat(a).isNotSameAs(b);
    }

    private static int brightest(ImageView view) {
        var reader = view.getImage().getPixelReader();
        int brightest = 0;
        for (int y = 0; y < view.getImage().getHeight(); y++) {
            for (int x = 0; x < view.getImage().getWidth(); x++) {
                int argb = reader.getArgb(x, y);
                if ((argb >>> 24) > 250) {
                    brightest = Math.max(brightest, ((argb >> 16) & 255) + ((argb >> 8) & 255) + (argb & 255));
                }
            }
        }
        return brightest;
    }

    @Test
    void theToolbarToggleAndCtrlMHideAndShowThePanel(FxRobot robot) throws Exception {
        FormulaPanel data = open(robot, 0, "Data");
        ToggleButton toggle = robot.lookup("#formulas-toggle").query();
        assertThat(toggle.isSelected()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(data.isVisible()).isFalse();
        assertThat(toggle.isSelected()).isFalse();
        robot.interact(() -> toggle.setSelected(true));
        assertThat(data.isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#formula-hide").queryButton().fire());
        assertThat(data.isVisible()).isFalse();
        robot.interact(() -> toggle.setSelected(true));
    }

    @Test
    void theDarkThemeRetypesetsThePanel(FxRobot robot) throws Exception {
        FormulaPanel data = open(robot, 0, "Data");
        ImageView first = (ImageView) data.lookupAll(".formula-block").iterator().next();
        assertThat(brightest(first)).isLessThan(300);
        robot.interact(() -> ((ToggleButton) robot.lookup("#theme").query()).setSelected(true));
        // light text on dark: the brightest opaque pixel is bright (the image may be rewritten in place)
        UiTests.waitFor(20, () -> brightest(first) > 500);
        int brightest = brightest(first);
        assertThat(brightest).isGreaterThan(500);
        Platform.runLater(() -> ((ToggleButton) robot.lookup("#theme").query()).setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
