package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every control a user can touch, in every lab and on the toolbar, says what it does in a tooltip. */
@ExtendWith(ApplicationExtension.class)
class TooltipUiTest {
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

    @Test
    void everyControlHasATooltip(FxRobot robot) {
        ListView<?> navigator = robot.lookup("#navigator").queryAs(ListView.class);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < org.arlab.app.lab.Labs.ALL.size(); i++) {
            int index = i;
            robot.interact(() -> navigator.getSelectionModel().select(index));
            String lab = org.arlab.app.lab.Labs.ALL.get(i).title();
            robot.interact(() -> {
                // skin every control as a pulse would, so the controls inside scroll panes are in the graph walked
                navigator.getScene().getRoot().applyCss();
                navigator.getScene().getRoot().layout();
                collect(navigator.getScene().getRoot(), lab, missing);
            });
        }
        assertThat(missing).as("controls without a tooltip").isEmpty();
    }

    private static void collect(Node node, String lab, List<String> missing) {
        if (!node.isVisible()) {
            return;
        }
        boolean touchable = node instanceof ButtonBase || node instanceof CheckBox || node instanceof ChoiceBox
                || node instanceof Spinner || node instanceof Slider || node instanceof TextField;
        if (touchable && node instanceof Control c && c.getTooltip() == null && !insideSpinner(c)
                && !insideChartViewer(c)) {
            missing.add(lab + ": " + describe(c));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, lab, missing);
            }
        }
    }

    private static boolean insideSpinner(Node n) {
        return n.getParent() instanceof Spinner;
    }

    private static boolean insideChartViewer(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getClass().getSimpleName().equals("ChartViewer")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Control c) {
        String text = c instanceof javafx.scene.control.Labeled l ? " \"" + l.getText() + "\"" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + text;
    }
}
