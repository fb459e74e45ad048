package org.arlab.app.lab.mixture;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.arlab.app.controls.ChartViewers;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.controls.Sync;
import org.arlab.app.lab.LabView;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.ConditionalDensityFigure;
import org.arlab.chart.DensityMapFigure;
import org.arlab.chart.MixtureSamplingFigure;
import org.arlab.chart.NllHistoryFigure;
import org.arlab.chart.StackedWeightsFigure;
import org.arlab.core.formula.MixtureFormulas;
import org.arlab.core.mixture.MixtureExperiment;
import org.arlab.core.mixture.MixtureFrame;
import org.arlab.core.session.MixtureSettings;

/**
 * The Mixture lab's screen: the settings and the transport on the left; the density heat map with the component
 * means, the conditional at the probe, the weights π, the NLL per epoch and the step-by-step draws.
 */
public final class MixtureView extends LabView {
    private final MixtureModel model;
    private final MixtureController controller;
    private final DensityMapFigure map;
    private final ConditionalDensityFigure conditional;
    private final StackedWeightsFigure weights;
    private final NllHistoryFigure history;
    private final MixtureSamplingFigure sampling;
    private final BorderPane root = new BorderPane();
    private final Label counter = new Label();
    private final Label status = new Label();
    private final Label message = new Label();
    private long formulaShown = Long.MIN_VALUE / 2;

    /**
     * @param model the lab's model
     * @param controller the lab's controller
     * @param style the chart style
     */
    public MixtureView(MixtureModel model, MixtureController controller, ChartStyle style) {
        this.model = model;
        this.controller = controller;
        map = new DensityMapFigure(style);
        conditional = new ConditionalDensityFigure(style);
        weights = new StackedWeightsFigure(style);
        history = new NllHistoryFigure(style);
        sampling = new MixtureSamplingFigure(style);
        figures(map, conditional, weights, history, sampling);
        SplitPane top = new SplitPane(ChartViewers.create(map.chart(), "mixture-map-chart"),
                ChartViewers.create(conditional.chart(), "mixture-conditional-chart"));
        top.setDividerPositions(0.6);
        SplitPane bottom = new SplitPane(ChartViewers.create(weights.chart(), "mixture-weights-chart"),
                ChartViewers.create(history.chart(), "mixture-nll-chart"),
                ChartViewers.create(sampling.chart(), "mixture-sampling-chart"));
        bottom.setDividerPositions(0.34, 0.67);
        SplitPane charts = new SplitPane(top, bottom);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.58);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        model.frameProperty().addListener((o, a, f) -> show(f));
        model.messageProperty().addListener((o, a, m) -> message.setText(m));
        model.sampledShownProperty().addListener((o, a, b) -> showSampling(model.frameProperty().get()));
        if (model.frameProperty().get() != null) {
            show(model.frameProperty().get());
        }
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, java.util.function.Function<T, String> name,
            javafx.beans.property.ObjectProperty<T> property, String tip) {
        ChoiceBox<T> box = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(ControlPanes.named(values, name));
        box.setValue(property.get());
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != property.get()) {
                property.set(b);
            }
        });
        property.addListener((o, a, b) -> box.setValue(b));
        box.setTooltip(new Tooltip(tip));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max,
            javafx.beans.property.IntegerProperty property, String tip) {
        Spinner<Integer> s = new Spinner<>(min, max, property.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.setTooltip(new Tooltip(tip));
        Sync.spinner(s, property);
        return s;
    }

    private static Node row(String label, Node control) {
        Label l = new Label(label);
        l.setMinWidth(Label.USE_PREF_SIZE);
        if (control instanceof ChoiceBox) {
            return new VBox(4, l, control); // a long choice under its name: neither is cut
        }
        HBox h = new HBox(10, l, control);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private Node controls() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        box.setPrefWidth(320);
        Label header = ControlPanes.header("A mixture of Gaussians per step");
        Label what = ControlPanes.note("One Gaussian per step cannot say “the next value goes one of two ways”: "
                + "its mean falls between the ways. A mixture-density head gives C weights, means and spreads.");
        ChoiceBox<MixtureSettings.Part> part = choice("mixture-part", MixtureSettings.Part.values(),
                p -> p == MixtureSettings.Part.SINUSOID ? "1 · inverted sinusoid (t | x)" : "2 · series (MDN-AR)",
                model.partProperty(), "Part 1: Bishop's inverted sinusoid, a density of t given x. Part 2: a series "
                        + "whose next value may go one of several ways, modelled step by step");
        ChoiceBox<MixtureSettings.Source> source = choice("mixture-source", MixtureSettings.Source.values(),
                s -> switch (s) {
                    case REGIME -> "regime-switching AR (hidden Markov chain)";
                    case THRESHOLD -> "threshold AR, noise by regime";
                    case DOUBLE_WELL -> "bistable: double-well potential";
                    case LOADED -> "the Data lab's series";
                }, model.sourceProperty(), "The series the MDN-AR learns: a known generator (its exact conditional is "
                        + "shown) or the series of the Data lab");
        ChoiceBox<MixtureSettings.Network> network = choice("mixture-network", MixtureSettings.Network.values(),
                n -> n == MixtureSettings.Network.WINDOW ? "MLP on a window of p values" : "GRU (warm-up p)",
                model.networkProperty(), "What feeds the mixture head the hidden vector h: an MLP on the last p "
                        + "values or a GRU over the whole history");
        VBox seriesBox = new VBox(8, row("Series", source), row("Network", network),
                row("p (window or warm-up)", spinner("mixture-order", 1, MixtureSettings.MAX_ORDER,
                        model.orderProperty(), "The window of the MLP, or the values a GRU reads before its first "
                                + "scored target")));
        seriesBox.visibleProperty().bind(model.partProperty().isEqualTo(MixtureSettings.Part.SERIES));
        seriesBox.managedProperty().bind(seriesBox.visibleProperty());
        Spinner<Integer> c = spinner("mixture-components", 1, MixtureSettings.MAX_COMPONENTS,
                model.componentsProperty(), "C, the number of Gaussians in each conditional (1: one Gaussian)");
        Spinner<Integer> d = spinner("mixture-hidden", 1, MixtureSettings.MAX_HIDDEN, model.hiddenProperty(),
                "D, the size of the hidden vector h the head reads");
        LabeledSlider rate = LabeledSlider.linear("log₁₀ η (Adam's step)", -4, -0.5, model.logRateProperty().get(), 2)
                .withId("mixture-rate");
        rate.valueProperty().bindBidirectional(model.logRateProperty());
        rate.setTooltip("The learning rate of Adam, as a power of ten: −2 is η = 0.01");
        TextField seed = new TextField();
        seed.setId("mixture-seed");
        seed.setPrefColumnCount(8);
        seed.setTooltip(new Tooltip("Fixes the data and the initial weights; Enter to apply"));
        Sync.seedField(seed, model.seedProperty());
        counter.setId("mixture-counter");
        counter.setWrapText(true);
        counter.getStyleClass().add("title-4");
        updateCounter();
        for (javafx.beans.Observable p : new javafx.beans.Observable[] {model.componentsProperty(),
            model.hiddenProperty(), model.partProperty(), model.networkProperty(), model.orderProperty()}) {
            p.addListener(o -> updateCounter());
        }
        ToggleButton play = new ToggleButton();
        play.setId("mixture-play");
        play.selectedProperty().bindBidirectional(model.playingProperty());
        play.textProperty().bind(javafx.beans.binding.Bindings.when(play.selectedProperty()).then("Pause")
                .otherwise("Play"));
        play.setTooltip(new Tooltip("Train live (Play) or stop after the current batch (Pause)"));
        Button step = new Button("Step");
        step.setId("mixture-step");
        step.setTooltip(new Tooltip("Pause and train one epoch (one full-batch Adam update)"));
        step.setOnAction(e -> controller.step());
        Button rewind = new Button("Rewind");
        rewind.setId("mixture-rewind");
        rewind.setTooltip(new Tooltip("Back to the initial weights, epoch 0"));
        rewind.setOnAction(e -> controller.rewind());
        HBox transport = new HBox(8, play, step, rewind);
        LabeledSlider probe = LabeledSlider.linear("Probe: where p is shown (0–1)", 0, 1,
                model.probeProperty().get(), 2).withId("mixture-probe");
        probe.valueProperty().bindBidirectional(model.probeProperty());
        probe.setTooltip("Moves the dashed line on the heat map: the conditional density there is drawn on the right");
        Button next = new Button("Draw next");
        next.setId("mixture-draw-next");
        next.setTooltip(new Tooltip("One more step: pick a component with probability π_c, then draw μ_c + σ_c z"));
        next.setOnAction(e -> model.sampledShownProperty().set(Math.min(MixtureExperiment.SAMPLED_STEPS,
                model.sampledShownProperty().get() + 1)));
        Button restartDraws = new Button("From the start");
        restartDraws.setId("mixture-draw-reset");
        restartDraws.setTooltip(new Tooltip("Clear the draws, then reveal them one by one with Draw next"));
        restartDraws.setOnAction(e -> model.sampledShownProperty().set(0));
        Button all = new Button("All");
        all.setId("mixture-draw-all");
        all.setTooltip(new Tooltip("Show all " + MixtureExperiment.SAMPLED_STEPS + " draws"));
        all.setOnAction(e -> model.sampledShownProperty().set(MixtureExperiment.SAMPLED_STEPS));
        status.setId("mixture-status");
        status.setWrapText(true);
        message.setId("mixture-message");
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(header, what, row("Picture", part), seriesBox, row("C (components)", c),
                row("D (hidden units)", d), rate, row("Seed", seed), counter, new Separator(), transport, status,
                message, new Separator(), probe, new Label("Sampling step by step"), new HBox(8, next, restartDraws,
                        all));
        return ControlPanes.scrolling(box, 330);
    }

    private void updateCounter() {
        try {
            counter.setText(MixturePresenter.counter(model.settings()));
        } catch (IllegalArgumentException e) {
            counter.setText(e.getMessage());
        }
    }

    private void show(MixtureFrame f) {
        if (f == null) {
            return;
        }
        boolean pairs = f.settings().part() == MixtureSettings.Part.SINUSOID;
        String xName = pairs ? "x (input)" : "t";
        String yName = pairs ? "t (target)" : "xₜ";
        map.show(MixturePresenter.mapTitle(f), xName, yName, f.gridX(), f.gridY(), f.density(), f.means(),
                f.weights(), f.pointsX(), f.pointsY(), !pairs, f.probeX());
        conditional.show(MixturePresenter.probeTitle(f), yName, f.gridY(), f.probe(), f.truthDensity(),
                f.histogram(), f.histogramRange(), f.observed());
        weights.show("Mixture weights π per " + (pairs ? "x" : "step"), xName, f.gridX(), f.weights());
        history.show(f.components(), f.history(), f.exactNll());
        showSampling(f);
        status.setText(MixturePresenter.status(f));
        long now = System.nanoTime();
        if (model.playingProperty().get() && now - formulaShown < 500_000_000L) {
            return; // typesetting the formulas at every frame would slow the drawing: twice a second while training
        }
        formulaShown = now;
        double at = Double.isFinite(f.observed()) ? f.observed() : f.probe().mean();
        showFormula(MixtureFormulas.of(f.probe(), at, f.components(), f.settings().hidden(), f.totalParameters()));
    }

    private void showSampling(MixtureFrame f) {
        if (f == null) {
            return;
        }
        boolean pairs = f.settings().part() == MixtureSettings.Part.SINUSOID;
        sampling.show(pairs ? "Draws from p(t | x = " + org.arlab.chart.Format.number(f.probeX())
                + "): pick a component, then draw" : "A free run from the MDN-AR: pick a component, then draw",
                f.sampled(), f.sampledComponents(), f.components(), model.sampledShownProperty().get(), !pairs);
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void setShown(boolean shown) {
        controller.setShown(shown);
    }

    @Override
    public String about() {
        return "A mixture-density network ends in C Gaussians instead of one: softmax weights π, means μ and "
                + "spreads σ = exp(·) from a hidden vector h, 3C(D + 1) numbers in the head (Bishop 1994).\n\n"
                + "Part 1 is Bishop's picture: x = t + 0.3 sin(2πt) + noise, read backwards. Watch C = 1 draw its "
                + "mean straight through the empty middle while C = 3 follows the three branches; its NLL ends more "
                + "than half a nat per point lower.\n\nPart 2 trains an MDN-AR live. On the regime-switching AR the "
                + "next value may jump to the other regime: put the probe just after a switch and the conditional "
                + "has two bumps, as the exact one (the forward algorithm) does. The NLL of C = 2 comes down to the "
                + "true process's; one Gaussian stays above it. Step by step, each draw first picks a component.";
    }
}
