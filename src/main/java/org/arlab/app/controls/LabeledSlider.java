package org.arlab.app.controls;

import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A slider with its name above and a field to type the value beside it. The field shows the slider's value through
 * {@code format} and sets it through {@code parse}, so a log-scale slider can show and accept the real value.
 * A value that cannot be read turns the field red, says the valid range under it and leaves the slider where it was.
 * Keys: an arrow moves the slider by 1% of its range, Shift+arrow by 0.1% (or the least step its field shows), Page
 * Up/Down by 10%, Home and End to its
 * ends. The field follows the slider until the user types in it: a value set elsewhere (a root dragged, a session)
 * is not undone when the field, focused but untouched, loses focus.
 */
public final class LabeledSlider extends VBox {
    /** An arrow key moves the slider by this share of its range. */
    public static final double STEP = 0.01;
    /** Shift+arrow moves it by this share. */
    public static final double FINE_STEP = 0.001;
    /** Page Up and Page Down move it by this share. */
    public static final double PAGE_STEP = 0.1;

    private final QuantizedSlider slider;
    private final TextField field = new TextField();
    private final Label problem = new Label();
    private final DoubleFunction<String> format;
    private final ToDoubleFunction<String> parse;
    /** Whether the field holds text the user typed and has not committed. */
    private boolean edited;
    /** Whether the field's text is being set from the slider (not typed). */
    private boolean syncing;

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
        this(name, min, max, value, format, parse, 0);
    }

    /**
     * @param quantum the slider's values are multiples of this (0 for any value): dragged, typed or stepped, a value
     *     is the one its field shows, so a title, a formula and the field never round it differently
     */
    private LabeledSlider(String name, double min, double max, double value, DoubleFunction<String> format,
            ToDoubleFunction<String> parse, double quantum) {
        this.format = format;
        this.parse = parse;
        slider = new QuantizedSlider(min, max, value, quantum);
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
        problem.getStyleClass().addAll("text-small", "danger-text");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(label, row, problem);
        setSpacing(2);
        getStyleClass().add("labeled-slider");
        slider.setBlockIncrement((max - min) * STEP);
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        slider.valueProperty().addListener((obs, o, n) -> {
            if (!edited || !field.isFocused()) { // never overwrite what the user is typing
                revert();
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && edited) {
                revert();
                e.consume();
            }
        });
        field.textProperty().addListener((obs, o, t) -> {
            if (!syncing) {
                edited = true;
            }
        });
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused && edited) {
                commit();
            }
        });
    }

    /** Shows the slider's value in the field again, dropping typed text and its complaint. */
    private void revert() {
        edited = false;
        field.getStyleClass().remove("invalid");
        field.setTooltip(explanation);
        problem.setVisible(false);
        show(slider.getValue());
    }

    private void show(double v) {
        syncing = true;
        try {
            field.setText(format.apply(v));
        } finally {
            syncing = false;
        }
    }

    /** Arrow keys by {@link #STEP} of the range (Shift: {@link #FINE_STEP}), Page keys by {@link #PAGE_STEP}. */
    private void key(KeyEvent e) {
        double range = slider.getMax() - slider.getMin();
        double fine = Math.max(FINE_STEP, slider.quantum / range); // never finer than the values shown
        double by = switch (e.getCode()) {
            case RIGHT, UP, KP_RIGHT, KP_UP -> e.isShiftDown() ? fine : STEP;
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> -(e.isShiftDown() ? fine : STEP);
            case PAGE_UP -> PAGE_STEP;
            case PAGE_DOWN -> -PAGE_STEP;
            case HOME -> Double.NEGATIVE_INFINITY;
            case END -> Double.POSITIVE_INFINITY;
            default -> 0;
        };
        if (by == 0) {
            return;
        }
        double v = Double.isInfinite(by) ? (by < 0 ? slider.getMin() : slider.getMax())
                : slider.getValue() + by * range;
        if (Double.isFinite(by)) {
            // without the binary noise of repeated steps: 0.54, not 0.5400000000000001
            double quantum = Math.pow(10, Math.floor(Math.log10(Math.abs(by) * range)) - 3);
            v = slider.round(Math.round(v / quantum) * quantum);
        }
        slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), v)));
        e.consume();
    }

    /**
     * A linear slider whose values have the given number of decimals: dragged, stepped or typed, the value is a
     * multiple of 10^−decimals, the number its field shows (a title or a formula then writes the same number).
     */
    public static LabeledSlider linear(String name, double min, double max, double value, int decimals) {
        String pattern = "%." + decimals + "f";
        return new LabeledSlider(name, min, max, value,
                v -> String.format(java.util.Locale.ROOT, pattern, v).replace('-', '−'),
                s -> Double.parseDouble(s.trim().replace('−', '-')), Math.pow(10, -decimals));
    }

    /** A slider whose dragged and clicked values are rounded to a multiple of its quantum. */
    private static final class QuantizedSlider extends Slider {
        private final double quantum;

        QuantizedSlider(double min, double max, double value, double quantum) {
            super(min, max, value);
            this.quantum = quantum;
        }

        @Override
        public void adjustValue(double newValue) {
            super.adjustValue(round(newValue));
        }

        double round(double v) {
            if (!(quantum > 0)) {
                return v;
            }
            double r = Math.round(v / quantum) * quantum;
            // without binary noise: 0.43, not 0.43000000000000005
            return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", r));
        }
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
            problem.setVisible(false);
            edited = false;
            slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), slider.round(v))));
            show(slider.getValue());
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
            String why = rangeHint();
            field.setTooltip(new Tooltip(why));
            problem.setText(why);
            problem.setVisible(true);
        }
    }

    /** Shows the value again through the format (whose meaning changed: a fraction of a new series' length, say). */
    public void refreshText() {
        if (!edited) {
            show(slider.getValue());
        }
    }

    /** @return what to type: "Type a number from −2.00 to 2.00." */
    String rangeHint() {
        return "Type a number from " + format.apply(slider.getMin()) + " to " + format.apply(slider.getMax()) + ".";
    }

    /** @return the line under the field saying what to type after a rejected value (hidden otherwise) */
    public Label problem() {
        return problem;
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
        problem.setId(id + "-problem");
        return this;
    }
}
