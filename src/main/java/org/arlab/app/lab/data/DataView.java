package org.arlab.app.lab.data;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.lab.Lab;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.Format;
import org.arlab.chart.SeriesFigure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Data lab's screen: generator controls on the left, the series chart on the right. Binds to a
 * {@link DataModel}; all computing is the controller's.
 */
public final class DataView implements Lab {
    private static final String[] SUBSCRIPTS = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};

    private final DataModel model;
    private final SeriesFigure figure;
    private final BorderPane root = new BorderPane();
    private final Label stationarity = new Label();
    private final Label warning = new Label();
    private final Label info = new Label();

    /**
     * @param model the lab's model
     * @param style the initial chart style
     */
    public DataView(DataModel model, ChartStyle style) {
        this.model = model;
        this.figure = new SeriesFigure(style);
        ChartViewer viewer = new ChartViewer(figure.chart());
        viewer.setId("series-chart");
        viewer.setMinSize(300, 200);
        root.setCenter(viewer);
        root.setLeft(controls());
        BorderPane.setMargin(viewer, new Insets(8));
        model.resultProperty().addListener((obs, o, r) -> show(r));
        model.messageProperty().addListener((obs, o, m) -> warning.setText(m));
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    private Node controls() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setPrefWidth(320);
        box.getStyleClass().add("lab-controls");

        Label header = new Label("Generate an AR(p) series");
        header.getStyleClass().add("title-4");
        Label formula = new Label("yₜ = φ₁yₜ₋₁ + … + φₚyₜ₋ₚ + εₜ,  εₜ ~ N(0, σ²)");
        formula.setWrapText(true);
        formula.getStyleClass().add("text-muted");

        Spinner<Integer> order = new Spinner<>(1, DataModel.MAX_ORDER, model.orderProperty().get());
        order.setId("order-spinner");
        order.setPrefWidth(90);
        order.valueProperty().addListener((obs, o, v) -> model.orderProperty().set(v));
        model.orderProperty().addListener((obs, o, v) -> order.getValueFactory().setValue(v.intValue()));
        Label orderLabel = new Label("Order p");
        orderLabel.setLabelFor(order);
        HBox orderRow = new HBox(10, orderLabel, order);
        orderRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        box.getChildren().addAll(header, formula, orderRow);
        for (int i = 1; i <= DataModel.MAX_ORDER; i++) {
            LabeledSlider s = LabeledSlider.linear("φ" + SUBSCRIPTS[i], -2, 2, model.phiProperty(i).get(), 2)
                    .withId("phi" + i);
            s.slider().setMajorTickUnit(1);
            s.slider().setShowTickMarks(true);
            s.valueProperty().bindBidirectional(model.phiProperty(i));
            int index = i;
            s.visibleProperty().bind(model.orderProperty().greaterThanOrEqualTo(index));
            s.managedProperty().bind(s.visibleProperty());
            box.getChildren().add(s);
        }
        LabeledSlider sigma = LabeledSlider.linear("σ (noise standard deviation)", 0.05, 5, 1, 2).withId("sigma");
        sigma.valueProperty().bindBidirectional(model.sigmaProperty());
        LabeledSlider n = new LabeledSlider("n (length, log scale)", DataModel.LOG_N_MIN, DataModel.LOG_N_MAX,
                model.logNProperty().get(), v -> Long.toString(Math.round(Math.pow(10, v))),
                s -> Math.log10(Double.parseDouble(s.trim().replace("_", "").replace(" ", "")))).withId("n");
        n.valueProperty().bindBidirectional(model.logNProperty());

        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setId("seed-field");
        seed.setPrefColumnCount(6);
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
        Label seedLabel = new Label("Seed");
        HBox seedRow = new HBox(8, seedLabel, seed, newSeed);
        seedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(seed, Priority.ALWAYS);

        stationarity.setId("stationarity");
        stationarity.setWrapText(true);
        warning.setId("warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("warning-text");
        info.setId("info");
        info.getStyleClass().add("text-muted");
        info.setWrapText(true);
        box.getChildren().addAll(sigma, n, seedRow, new Separator(), stationarity, warning, info);

        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(330);
        return scroll;
    }

    private void readSeed(TextField field) {
        try {
            model.seedProperty().set(Long.parseLong(field.getText().trim()));
            field.getStyleClass().remove("invalid");
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        }
    }

    private void show(DataResult r) {
        int p = r.model().order();
        StringBuilder title = new StringBuilder("AR(").append(p).append("), φ = (");
        double[] phi = r.model().phi();
        for (int i = 0; i < phi.length; i++) {
            title.append(i == 0 ? "" : ", ").append(Format.number(phi[i]));
        }
        title.append("), σ = ").append(Format.number(r.model().sigma())).append(", n = ")
                .append(Format.count(r.simulation().values().length)).append(", seed ").append(r.seed());
        figure.show(title.toString(), r.drawn(), r.simulation().stationary() ? r.model().mean() : Double.NaN);
        stationarity.getStyleClass().removeAll("success-text", "danger-text");
        if (r.spectralRadius() < 1) {
            stationarity.setText("Stationary: every root of 1 − φ₁z − … − φₚzᵖ lies outside the unit circle "
                    + "(smallest |root| = " + Format.number(1 / r.spectralRadius()) + ").");
            stationarity.getStyleClass().add("success-text");
        } else {
            stationarity.setText("Not stationary: a root lies " + (r.spectralRadius() > 1 ? "inside" : "on")
                    + " the unit circle (|root| = " + Format.number(1 / r.spectralRadius()) + ").");
            stationarity.getStyleClass().add("danger-text");
        }
        info.setText(String.format(Locale.ROOT, "%s values, %s points drawn, computed in %.1f ms",
                Format.count(r.simulation().values().length), Format.count(r.drawn()[0].length), r.nanos() / 1e6));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(figure.chart());
    }

    @Override
    public void restyle(ChartStyle style) {
        figure.restyle(style);
    }

    /** @return the series figure, for tests */
    public SeriesFigure figure() {
        return figure;
    }
}
