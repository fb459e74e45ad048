package org.arlab.app.controls;

import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A slider with its name above and a field to type the value beside it. The field shows the slider's value through
 * {@code format} and sets it through {@code parse}, so a log-scale slider can show and accept the real value.
 * A value that cannot be read turns the field red and leaves the slider where it was.
 */
public final class LabeledSlider extends VBox {
    private final Slider slider;
    private final TextField field = new TextField();
    private final DoubleFunction<String> format;
    private final ToDoubleFunction<String> parse;

    /**
     * @param name the label, e.g. "φ₁"
     * @param min slider minimum
     * @param max slider maximum
     * @param value initial slider value
     * @param format slider value → text
     * @param parse text → slider value (throws NumberFormatException for bad text)
     */
    public LabeledSlider(String name, double min, double max, double value, DoubleFunction<String> format,
            ToDoubleFunction<String> parse) {
        this.format = format;
        this.parse = parse;
        slider = new Slider(min, max, value);
        slider.setMaxWidth(Double.MAX_VALUE);
        field.setPrefColumnCount(6);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setText(format.apply(value));
        Label label = new Label(name);
        label.getStyleClass().add("slider-name");
        label.setLabelFor(slider);
        GridPane row = new GridPane();
        row.setHgap(8);
        row.add(slider, 0, 0);
        row.add(field, 1, 0);
        GridPane.setHgrow(slider, Priority.ALWAYS);
        getChildren().addAll(label, row);
        setSpacing(2);
        getStyleClass().add("labeled-slider");
        slider.valueProperty().addListener((obs, o, n) -> {
            if (!field.isFocused()) {
                field.setText(format.apply(n.doubleValue()));
            }
        });
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    /** A linear slider showing its value with the given number of decimals. */
    public static LabeledSlider linear(String name, double min, double max, double value, int decimals) {
        String pattern = "%." + decimals + "f";
        return new LabeledSlider(name, min, max, value,
                v -> String.format(java.util.Locale.ROOT, pattern, v).replace('-', '−'),
                s -> Double.parseDouble(s.trim().replace('−', '-')));
    }

    /**
     * A slider over log10 of a whole number (a length, a count): it shows and accepts the number itself.
     *
     * @param minExp log10 of the smallest value
     * @param maxExp log10 of the largest value
     * @param valueExp log10 of the initial value
     */
    public static LabeledSlider logInteger(String name, double minExp, double maxExp, double valueExp) {
        return new LabeledSlider(name, minExp, maxExp, valueExp, v -> Long.toString(Math.round(Math.pow(10, v))),
                s -> Math.log10(Double.parseDouble(s.trim().replace("_", "").replace(" ", "").replace("\u2009", ""))));
    }

    private void commit() {
        try {
            double v = parse.applyAsDouble(field.getText());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException("not finite");
            }
            if (v < slider.getMin() || v > slider.getMax()) {
                throw new NumberFormatException("out of range");
            }
            field.getStyleClass().remove("invalid");
            field.setTooltip(explanation);
            slider.setValue(v);
            field.setText(format.apply(slider.getValue()));
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
            field.setTooltip(new Tooltip("Type a number between " + format.apply(slider.getMin()) + " and "
                    + format.apply(slider.getMax()) + "."));
        }
    }

    /** What the control does, shown on the slider and the field (null until set). */
    private Tooltip explanation;

    /**
     * Says what the control does in the model's terms, on hover anywhere over it (the field's own tooltip, shown
     * for a bad value, takes precedence there).
     */
    public LabeledSlider setTooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        Tooltip.install(this, t);
        slider.setTooltip(t);
        field.setTooltip(t);
        explanation = t;
        return this;
    }

    /** @return the slider */
    public Slider slider() {
        return slider;
    }

    /** @return the typed-value field */
    public TextField field() {
        return field;
    }

    /** @return the slider's value */
    public DoubleProperty valueProperty() {
        return slider.valueProperty();
    }

    /** Gives the slider and field ids derived from {@code id}: {@code id-slider}, {@code id-field}. */
    public LabeledSlider withId(String id) {
        setId(id);
        slider.setId(id + "-slider");
        field.setId(id + "-field");
        return this;
    }
}
