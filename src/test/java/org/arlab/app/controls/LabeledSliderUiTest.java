package org.arlab.app.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 17, items 2 and 3: the keys of a labelled slider, and a focused field that must not undo a value set elsewhere. */
@ExtendWith(ApplicationExtension.class)
class LabeledSliderUiTest {
    private LabeledSlider phi;
    private final SimpleDoubleProperty model = new SimpleDoubleProperty(0.5);

    @Start
    void start(Stage stage) {
        phi = LabeledSlider.linear("φ₁", -2, 2, 0.5, 2).withId("phi");
        phi.valueProperty().bindBidirectional(model);
        Button elsewhere = new Button("elsewhere");
        elsewhere.setId("elsewhere");
        stage.setScene(new Scene(new VBox(10, phi, elsewhere), 400, 200));
        stage.show();
    }

    @Test
    void anArrowMovesOnePercentShiftATenthOfThatPageTenPercentHomeAndEndToTheEnds(FxRobot robot) {
        robot.interact(() -> phi.slider().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertThat(model.get()).isCloseTo(0.54, offset(1e-9)); // not 2.00: 1% of the range −2..2
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertThat(model.get()).isCloseTo(0.46, offset(1e-9));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        // 0.1% of the range is 0.004, finer than the field's 0.01: the least step shown
        assertThat(model.get()).as("after shift+right").isEqualTo(0.47);
        robot.type(KeyCode.PAGE_UP);
        assertThat(model.get()).isEqualTo(0.87);
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        assertThat(model.get()).isEqualTo(0.07);
        robot.type(KeyCode.END);
        assertThat(model.get()).isEqualTo(2.0);
        robot.type(KeyCode.HOME);
        assertThat(model.get()).isEqualTo(-2.0);
        assertThat(phi.field().getText()).isEqualTo("−2.00");
    }

    @Test
    void aValueSetElsewhereWhileTheFieldHasFocusIsNotUndoneWhenItLosesFocus(FxRobot robot) {
        robot.clickOn("#phi-field");
        assertThat(phi.field().isFocused()).isTrue();
        robot.interact(() -> model.set(0.9)); // a root dragged in the complex plane
        assertThat(phi.field().getText()).isEqualTo("0.90");
        robot.clickOn("#elsewhere");
        assertThat(phi.field().isFocused()).isFalse();
        assertThat(model.get()).isEqualTo(0.9);
    }

    @Test
    void aRejectedValueSaysTheRangeAndEscapePutsTheValueBack(FxRobot robot) {
        robot.doubleClickOn("#phi-field").eraseText(6).write("7").type(KeyCode.ENTER);
        assertThat(model.get()).isEqualTo(0.5);
        assertThat(phi.field().getStyleClass()).contains("invalid");
        assertThat(phi.problem().isVisible()).isTrue();
        assertThat(phi.problem().getText()).isEqualTo("Type a number from −2.00 to 2.00.");
        robot.type(KeyCode.ESCAPE);
        assertThat(phi.field().getText()).isEqualTo("0.50");
        assertThat(phi.problem().isVisible()).isFalse();
        robot.doubleClickOn("#phi-field").eraseText(6).write("−1.25").type(KeyCode.ENTER);
        assertThat(model.get()).isEqualTo(-1.25);
        assertThat(phi.field().getStyleClass()).doesNotContain("invalid");
    }

    /** Issue 17, Rough: a value read 1.463 in a title and 1.46 in its field; dragged or typed, it is the field's. */
    @Test
    void draggedAndTypedValuesAreTheNumberTheFieldShows(FxRobot robot) {
        for (int dx : new int[] {37, -53, 11}) {
            robot.drag(phi.slider().lookup(".thumb")).moveBy(dx, 0).drop();
            double v = model.get();
            assertThat(Math.abs(v * 100 - Math.rint(v * 100))).as("%s on the 0.01 grid", v).isLessThan(1e-9);
            assertThat(Double.parseDouble(phi.field().getText().replace('−', '-'))).isEqualTo(v);
            assertThat(org.arlab.chart.Format.number(v)).isEqualTo(org.arlab.chart.Format.number(
                    Double.parseDouble(phi.field().getText().replace('−', '-'))));
        }
        robot.doubleClickOn("#phi-field").eraseText(6).write("0.437").type(KeyCode.ENTER);
        assertThat(model.get()).isEqualTo(0.44);
        assertThat(phi.field().getText()).isEqualTo("0.44");
    }
}
