package org.arlab.app.lab.horizon;

import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.arlab.app.controls.ChartViewers;
import org.arlab.app.controls.Sync;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.lab.LabView;
import org.arlab.core.formula.HorizonFormulas;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.FanChartFigure;
import org.arlab.chart.HorizonErrorFigure;
import org.arlab.core.ar.ArModel;
import org.arlab.core.horizon.HorizonExperiment;

/** The Horizon lab's screen: true model and experiment controls; the fan chart over the error-versus-horizon chart. */
public final class HorizonView extends LabView {
    private static final String[] SUB = {"₀", "₁", "₂", "₃", "₄"};

    private final HorizonModel model;
    private final FanChartFigure fan;
    private final HorizonErrorFigure error;
    private final BorderPane root = new BorderPane();
    private final Label fitted = new Label();
    private final Label message = new Label();

    /**
     * @param model the lab's model
     * @param style the chart style
     * @param dataModel the Data lab's model, to copy (may return null)
     */
    public HorizonView(HorizonModel model, ChartStyle style, Supplier<ArModel> dataModel) {
        this.model = model;
        this.fan = new FanChartFigure(style);
        this.error = new HorizonErrorFigure(style);
        figures(fan, error);
        SplitPane charts = new SplitPane(ChartViewers.alongTime(ChartViewers.create(fan.chart(), "fan-chart"), true),
                ChartViewers.create(error.chart(), "horizon-error-chart"));
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.55);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(4, 8, 8, 4));
        root.setLeft(controls(dataModel));
        model.resultProperty().addListener((obs, o, e) -> show(e));
        model.messageProperty().addListener((obs, o, m) -> message.setText(m));
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    private Node controls(Supplier<ArModel> dataModel) {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setPrefWidth(320);
        Label header = ControlPanes.header("Generating far ahead");
        Label what = ControlPanes.note("A true AR(p) generates the data; an AR(p) fitted to the first n_train "
                + "values then predicts one step at a time from the true past (teacher forcing) or generates alone.");
        Spinner<Integer> order = new Spinner<>(1, HorizonModel.MAX_ORDER, model.orderProperty().get());
        order.setId("horizon-order");
        order.setPrefWidth(90);
        order.setTooltip(new Tooltip("p of the true model, which is also the order of the fitted model"));
        Sync.spinner(order, model.orderProperty());
        HBox orderRow = new HBox(10, new Label("True order p"), order);
        orderRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(header, what, orderRow);
        for (int i = 1; i <= HorizonModel.MAX_ORDER; i++) {
            LabeledSlider s = LabeledSlider.linear("true φ" + SUB[i], -2, 2, model.phiProperty(i).get(), 2)
                    .withId("horizon-phi" + i);
            s.valueProperty().bindBidirectional(model.phiProperty(i));
            s.setTooltip("φ" + SUB[i] + " of the true model that generates the training series and the future");
            s.visibleProperty().bind(model.orderProperty().greaterThanOrEqualTo(i));
            s.managedProperty().bind(s.visibleProperty());
            box.getChildren().add(s);
        }
        LabeledSlider sigma = LabeledSlider.linear("true σ", 0.05, 5, model.sigmaProperty().get(), 2)
                .withId("horizon-sigma");
        sigma.valueProperty().bindBidirectional(model.sigmaProperty());
        sigma.setTooltip("σ of the true model: the one-step error of teacher forcing; the h-step error variance is "
                + "σ² Σ_{j<h} ψⱼ²");
        LabeledSlider train = LabeledSlider.logInteger("n_train (training values, log scale)", Math.log10(20), 5,
                model.logTrainProperty().get()).withId("ntrain");
        train.valueProperty().bindBidirectional(model.logTrainProperty());
        train.setTooltip("n_train: values the model is fitted on; fewer values, a worse φ̂ and a bias that grows "
                + "with the horizon");
        LabeledSlider horizon = LabeledSlider.logInteger("H (horizon, log scale)", 1, 3, model.logHorizonProperty().get())
                .withId("horizon-h");
        horizon.valueProperty().bindBidirectional(model.logHorizonProperty());
        horizon.setTooltip("H: how many steps each free-running rollout generates on its own samples");
        LabeledSlider rollouts = LabeledSlider.logInteger("M (rollouts, log scale)", 1, 4,
                model.logRolloutsProperty().get()).withId("rollouts");
        rollouts.valueProperty().bindBidirectional(model.logRolloutsProperty());
        rollouts.setTooltip("M: how many independent rollouts estimate the empirical error variance at each step");
        TextField seed = new TextField();
        seed.setId("horizon-seed");
        seed.setTooltip(new Tooltip("The random seed of the training series and the rollouts; type a number and "
                + "press Enter"));
        Sync.seedField(seed, model.seedProperty());
        HBox seedRow = new HBox(8, new Label("Seed"), seed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        Button copy = new Button("Use the Data lab's model");
        copy.setId("use-data-model");
        copy.setTooltip(new Tooltip("Copy φ and σ from the Data lab's sliders (orders above 4 are cut)"));
        copy.setOnAction(e -> {
            ArModel m = dataModel.get();
            if (m != null) {
                model.copy(m);
            }
        });
        fitted.setId("fitted-model");
        fitted.setWrapText(true);
        message.setId("horizon-message");
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(sigma, copy, train, horizon, rollouts, seedRow, new Separator(), fitted, message);
        return ControlPanes.scrolling(box, 330);
    }

    private void show(HorizonExperiment e) {
        showFormula(HorizonFormulas.of(e));
        fan.show(e, FanChartFigure.HISTORY);
        if (model.refiningProperty().get()) {
            fan.chart().setTitle(HorizonPresenter.refining(e.fan().rollouts(), model.rollouts(), e.fan().horizon()));
        }
        error.set(HorizonErrorFigure.Curve.THEORY, e.theoryVariance());
        error.set(HorizonErrorFigure.Curve.TRUE_MODEL, e.mseTrueModel());
        error.set(HorizonErrorFigure.Curve.FITTED_MODEL, e.mseFittedModel());
        error.set(HorizonErrorFigure.Curve.BIAS, e.squaredBias());
        error.setOneStepLevel(e.truth().sigma() * e.truth().sigma());
        fitted.setText(HorizonPresenter.fitted(e));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public String about() {
        return "Teacher forcing feeds the model the true past: each one-step prediction errs by about σ², no matter "
                + "how far we go.\n\nGenerating alone, the model feeds on its own samples: errors accumulate and the "
                + "spread grows like σ² Σ_{j<h} ψ_j², levelling off at the series' variance when the model is "
                + "stationary.\n\nTry: shrink n_train and watch the fitted model's error curve part from the theory — "
                + "the gap is its squared bias, the price of estimated parameters. Push φ₁ + φ₂ near 1 and a small "
                + "estimation error can make the fitted model explosive: its errors then grow geometrically.";
    }
}
