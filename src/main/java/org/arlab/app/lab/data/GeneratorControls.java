package org.arlab.app.lab.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.arlab.core.series.CurrentSeries;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.controls.Sync;

/**
 * The Data lab's control panel: order, a slider and a typed field per φ, σ, intercept, length n (log scale),
 * initial values, seed, and the labels that report stationarity and warnings.
 */
final class GeneratorControls extends ScrollPane {
    static final String[] SUBSCRIPTS = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};

    private final DataModel model;
    final Label stationarity = new Label();
    final Label warning = new Label();
    final Label info = new Label();
    private final Label source = new Label();
    private final Button backToGenerator = new Button("Back to the generator");
    private final VBox sourceBox;
    private final java.util.List<javafx.scene.Node> generatorOnly = new java.util.ArrayList<>();
    /** Whether the generator's series is shown: its controls are hidden while a loaded series is (they would show a
     * model that contradicts the one fitted to it). */
    private final javafx.beans.property.BooleanProperty generating = new javafx.beans.property.SimpleBooleanProperty(
            true);

    GeneratorControls(DataModel model) {
        this.model = model;
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setPrefWidth(320);
        box.getStyleClass().add("lab-controls");

        Label header = new Label("Generate an AR(p) series");
        header.getStyleClass().add("title-4");
        Label formula = new Label("yₜ = c + φ₁yₜ₋₁ + … + φₚyₜ₋ₚ + εₜ,  εₜ ~ N(0, σ²)");
        formula.setWrapText(true);
        formula.getStyleClass().add("text-muted");
        source.setId("source");
        source.setWrapText(true);
        source.getStyleClass().add("accent-text");
        backToGenerator.setId("back-to-generator");
        backToGenerator.setOnAction(e -> model.generate());
        backToGenerator.setTooltip(new Tooltip("Show the simulated AR(p) series again instead of the loaded one"));
        sourceBox = new VBox(6, source, backToGenerator);
        sourceBox.setVisible(false);
        sourceBox.managedProperty().bind(sourceBox.visibleProperty());
        HBox orderRow = orderRow();
        generatorOnly.add(orderRow);
        box.getChildren().addAll(header, formula, sourceBox, orderRow);
        for (int i = 1; i <= DataModel.MAX_ORDER; i++) {
            LabeledSlider s = LabeledSlider.linear("φ" + SUBSCRIPTS[i], -2, 2, model.phiProperty(i).get(), 2)
                    .withId("phi" + i);
            s.setTooltip("φ" + SUBSCRIPTS[i] + ": the weight of y(t−" + i + ") in y(t) = c + Σ φᵢ y(t−i) + ε(t); "
                    + "the roots of 1 − Σ φᵢ zⁱ must lie outside the unit circle for a stationary series");
            s.slider().setMajorTickUnit(1);
            s.slider().setShowTickMarks(true);
            s.valueProperty().bindBidirectional(model.phiProperty(i));
            s.visibleProperty().bind(model.orderProperty().greaterThanOrEqualTo(i).and(generating));
            s.managedProperty().bind(s.visibleProperty());
            box.getChildren().add(s);
        }
        LabeledSlider sigma = LabeledSlider.linear("σ (noise standard deviation)", 0.05, 5, 1, 2).withId("sigma");
        sigma.valueProperty().bindBidirectional(model.sigmaProperty());
        sigma.setTooltip("σ: the standard deviation of the innovations ε(t) ~ N(0, σ²); it scales the series, not its "
                + "shape");
        LabeledSlider intercept = LabeledSlider.linear("c (intercept)", -10, 10, 0, 2).withId("intercept");
        intercept.valueProperty().bindBidirectional(model.interceptProperty());
        intercept.setTooltip("c: the constant in y(t) = c + Σ φᵢ y(t−i) + ε(t); the stationary mean is "
                + "μ = c / (1 − Σ φᵢ)");
        LabeledSlider n = LabeledSlider.logInteger("n (length, log scale)", DataModel.LOG_N_MIN, DataModel.LOG_N_MAX,
                model.logNProperty().get()).withId("n");
        n.valueProperty().bindBidirectional(model.logNProperty());
        n.setTooltip("n: how many values y(1)..y(n) to simulate, 10 to 1 000 000 (log scale)");

        stationarity.setId("stationarity");
        stationarity.setWrapText(true);
        warning.setId("warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("warning-text");
        info.setId("info");
        info.getStyleClass().add("text-muted");
        info.setWrapText(true);
        HBox initialRow = initialRow();
        HBox seedRow = seedRow();
        generatorOnly.addAll(java.util.List.of(sigma, intercept, n, initialRow, seedRow));
        box.getChildren().addAll(sigma, intercept, n, initialRow, seedRow, new Separator(), stationarity, warning,
                info);

        for (javafx.scene.Node node : generatorOnly) {
            node.visibleProperty().bind(generating);
            node.managedProperty().bind(generating);
        }
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        ControlPanes.scaleWidth(this, 330);
        ControlPanes.wrapInFull(box);
    }

    /** Shows where the series comes from; the generator's controls are hidden while a loaded series is shown. */
    void showSource(CurrentSeries r) {
        sourceBox.setVisible(!r.generated());
        source.setText(DataPresenter.source(r));
        generating.set(r.generated());
    }

    private HBox orderRow() {
        Spinner<Integer> order = new Spinner<>(1, DataModel.MAX_ORDER, model.orderProperty().get());
        order.setId("order-spinner");
        order.setPrefWidth(90);
        order.setTooltip(new Tooltip("p: how many past values y(t−1)..y(t−p) the model uses"));
        Sync.spinner(order, model.orderProperty());
        Label label = new Label("Order p");
        label.setLabelFor(order);
        HBox row = new HBox(10, label, order);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox initialRow() {
        TextField field = new TextField(format(model.initialProperty().get()));
        field.setId("initial-field");
        field.setPromptText("0, 0");
        field.setTooltip(new Tooltip("Values before the series, most recent first: y₀, y₋₁, …  Used when the model "
                + "is not stationary; a stationary model starts from its stationary distribution."));
        field.setOnAction(e -> readInitial(field));
        field.focusedProperty().addListener((obs, o, f) -> {
            if (!f) {
                readInitial(field);
            }
        });
        Label label = new Label("y₀, y₋₁, …");
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, label, field);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    private void readInitial(TextField field) {
        String text = field.getText().trim();
        try {
            double[] v = text.isEmpty() ? new double[0]
                    : Arrays.stream(text.split("[,;\\s]+")).mapToDouble(s -> Double.parseDouble(s.replace('−', '-')))
                            .toArray();
            for (double x : v) {
                if (!Double.isFinite(x)) {
                    throw new NumberFormatException();
                }
            }
            model.initialProperty().set(v);
            field.getStyleClass().remove("invalid");
        } catch (NumberFormatException e) {
            markInvalid(field);
        }
    }

    private HBox seedRow() {
        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setId("seed-field");
        seed.setPrefColumnCount(6);
        seed.setTooltip(new Tooltip("The random seed of the innovations ε(t): the same seed and model give the same "
                + "series; type a number and press Enter"));
        seed.setOnAction(e -> readSeed(seed));
        seed.focusedProperty().addListener((obs, o, f) -> {
            if (!f) {
                readSeed(seed);
            }
        });
        model.seedProperty().addListener((obs, o, v) -> seed.setText(Long.toString(v.longValue())));
        Button newSeed = new Button("New seed");
        newSeed.setId("new-seed");
        newSeed.setTooltip(new Tooltip("Draw the same model again with other random numbers"));
        Random seeds = new Random();
        newSeed.setOnAction(e -> model.seedProperty().set(seeds.nextInt(1_000_000)));
        Label label = new Label("Seed");
        label.setMinWidth(Label.USE_PREF_SIZE);
        newSeed.setMinWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(8, label, seed, newSeed);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(seed, Priority.ALWAYS);
        return row;
    }

    private void readSeed(TextField field) {
        try {
            model.seedProperty().set(Long.parseLong(field.getText().trim()));
            field.getStyleClass().remove("invalid");
        } catch (NumberFormatException e) {
            markInvalid(field);
        }
    }

    private static void markInvalid(TextField field) {
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
    }

    private static String format(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double x : v) {
            sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s", x));
        }
        return sb.toString();
    }
}
