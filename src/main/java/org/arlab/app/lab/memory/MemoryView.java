package org.arlab.app.lab.memory;

import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.arlab.app.controls.ChartViewers;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.controls.Sync;
import org.arlab.app.lab.LabView;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.ConnectivityMapFigure;
import org.arlab.chart.MemoryCurvesFigure;
import org.arlab.chart.MemoryCurvesFigure.Curve;
import org.arlab.core.formula.MemoryFormulas;
import org.arlab.core.neural.MemoryExperiment;
import org.arlab.core.neural.StateDiagnostics;
import org.arlab.core.session.MemorySettings;

/**
 * The Memory lab's screen: the series and the three models on the left; on the right the validation NLL against the
 * epoch, connectivity against the lag (curve and heat map over t), ‖∂h_T/∂h_0‖₂ against T, tanh saturation, and the
 * parameter counts against p.
 */
public final class MemoryView extends LabView {
    /** The largest p the parameter chart shows. */
    static final int WHY_MAX_P = 200;

    private final MemoryModel model;
    private final MemoryController controller;
    private final MemoryCurvesFigure nll;
    private final MemoryCurvesFigure connectivity;
    private final ConnectivityMapFigure map;
    private final MemoryCurvesFigure gradients;
    private final MemoryCurvesFigure saturation;
    private final MemoryCurvesFigure why;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label gaps = new Label();
    private final Label gradientText = new Label();
    private final Label trainedText = new Label();
    private final Label whyText = new Label();
    private final Label message = new Label();
    private final ChoiceBox<Integer> mapModel = new ChoiceBox<>(FXCollections.observableArrayList(0, 1, 2));
    private MemorySnapshot shown;

    /**
     * @param model the lab's model
     * @param controller its controller
     * @param style the chart style
     */
    public MemoryView(MemoryModel model, MemoryController controller, ChartStyle style) {
        this.model = model;
        this.controller = controller;
        Curve[] three = {new Curve("window MLP", 0, false), new Curve("RNN", 1, false), new Curve("GRU", 2, false)};
        nll = new MemoryCurvesFigure("Validation NLL", "epoch", "NLL (nats per step)",
                new Curve[] {three[0], three[1], three[2], new Curve("true process", -1, true)}, false, 0, style);
        connectivity = new MemoryCurvesFigure("Connectivity against the lag", "lag k (steps back)",
                "mean |∂μₜ/∂x(t−k)|", three, true, 1e-8, style);
        map = new ConnectivityMapFigure(style);
        gradients = new MemoryCurvesFigure("Gradients through time", "steps T", "‖∂h_T/∂h₀‖₂",
                new Curve[] {new Curve("W = s·Q", 3, false), new Curve("sᵀ", -1, true),
                        new Curve("trained RNN, along the data", 1, false), new Curve("σ_max(W)ᵀ", 1, true),
                        new Curve("ρ(W)ᵀ", 5, true), new Curve("W = s·Q, clipped to norm 1", 2, true)}, true,
                1e-30, style);
        saturation = new MemoryCurvesFigure("tanh saturation, trained RNN", "steps T",
                "share with |h| > 0.95", new Curve[] {new Curve("RNN", 1, false)}, false, 0, style);
        why = new MemoryCurvesFigure("Parameters against p", "window p",
                "parameters", new Curve[] {new Curve("window MLP", 0, false), new Curve("RNN", 1, true),
                        new Curve("GRU", 2, true)}, false, 0, style);
        figures(gradients, nll, connectivity, map, saturation, why);
        GridPane grid = new GridPane();
        grid.add(ChartViewers.create(nll.chart(), "memory-nll-chart"), 0, 0);
        grid.add(ChartViewers.create(connectivity.chart(), "memory-connectivity-chart"), 1, 0);
        VBox mapBox = new VBox(2, ChartViewers.create(map.chart(), "memory-map-chart"), mapChooser());
        VBox.setVgrow(mapBox.getChildren().get(0), Priority.ALWAYS);
        grid.add(mapBox, 2, 0);
        grid.add(ChartViewers.create(gradients.chart(), "memory-gradients-chart"), 0, 1);
        grid.add(ChartViewers.create(saturation.chart(), "memory-saturation-chart"), 1, 1);
        grid.add(ChartViewers.create(why.chart(), "memory-why-chart"), 2, 1);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        root.setCenter(grid);
        BorderPane.setMargin(grid, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        model.resultProperty().addListener((o, a, s) -> show(s));
        model.gradientsProperty().addListener((o, a, g) -> show(g));
        model.messageProperty().addListener((o, a, m) -> message.setText(m));
        model.clipProperty().addListener(o -> {
            if (model.gradientsProperty().get() != null) {
                show(model.gradientsProperty().get());
            }
        });
        model.windowProperty().addListener(o -> showWhy());
        model.lagProperty().addListener(o -> showWhy());
        model.hiddenProperty().addListener(o -> showWhy());
        message.setText(model.messageProperty().get());
        showWhy();
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
        if (model.gradientsProperty().get() != null) {
            show(model.gradientsProperty().get());
        }
        publishFormula();
    }

    private Node mapChooser() {
        mapModel.setId("memory-map-model");
        mapModel.setValue(2);
        String[] mapNames = {"window MLP", "RNN", "GRU"};
        mapModel.setConverter(ControlPanes.named(new Integer[] {0, 1, 2}, i -> mapNames[i]));
        mapModel.setTooltip(new Tooltip("Which model's connectivity the heat map shows, one row per target t"));
        mapModel.valueProperty().addListener((o, a, b) -> {
            if (shown != null) {
                showMap(shown);
            }
        });
        HBox row = new HBox(6, mapModel);
        row.setPadding(new Insets(0, 0, 0, 8));
        return row;
    }

    private Node controls() {
        VBox box = new VBox(6);
        box.setPadding(new Insets(12));
        box.setPrefWidth(330);
        box.getChildren().addAll(ControlPanes.header("Memory: long-range dependence"), ControlPanes.note(
                "A window of p values forgets everything older; an RNN carries a state, but its gradient through "
                        + "k steps is a product of k Jacobians."));
        ChoiceBox<MemorySettings.Source> source = new ChoiceBox<>(FXCollections.observableArrayList(
                MemorySettings.Source.values()));
        source.setId("memory-source");
        source.setConverter(ControlPanes.named(MemorySettings.Source.values(), MemoryView::sourceName));
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setTooltip(new Tooltip("The series: a process with a dependence at lag L, or the Data lab's current "
                + "series (load sunspots, or Nottingham temperatures with L = 12)"));
        box.getChildren().addAll(new Separator(), new Label("series"), source);
        box.getChildren().add(slider("lag L", 5, 200, model.lagProperty(), 0, "memory-lag",
                "The long lag: xₜ depends on x(t−L) (the period, for the long-period signal)"));
        box.getChildren().add(slider("coefficient (φ, a, or A/2)", -0.95, 0.95, model.coefficientProperty(), 2,
                "memory-coefficient", "φ of the seasonal AR, a of the delayed copy, half the amplitude of the "
                        + "long-period signal"));
        box.getChildren().add(slider("length n", 500, 4000, model.lengthProperty(), 0, "memory-length",
                "Values generated; the last quarter of the targets is the validation part"));
        box.getChildren().addAll(new Separator(), new Label("models"));
        box.getChildren().add(slider("window p", 1, 32, model.windowProperty(), 0, "memory-window",
                "The window model sees only the last p values; all three models score the same targets t ≥ p"));
        box.getChildren().add(slider("hidden H", 2, 32, model.hiddenProperty(), 0, "memory-hidden",
                "Units of the RNN and GRU state, and of the window MLP's hidden layer"));
        box.getChildren().add(slider("BPTT truncation k (0: none)", 0, 200, model.truncationProperty(), 0,
                "memory-truncation", "Backpropagation through time is cut every k steps: no gradient reaches "
                        + "further back than k"));
        box.getChildren().add(slider("log₁₀ learning rate η", -4, -1, model.logRateProperty(), 2, "memory-rate",
                "Adam's step size, on a log scale: −2 is η = 0.01"));
        box.getChildren().add(slider("epochs", 10, 2000, model.epochsProperty(), 0, "memory-epochs",
                "Passes over the training targets, for each of the three models"));
        CheckBox clip = new CheckBox("clip gradients to norm 1");
        clip.setId("memory-clip");
        clip.selectedProperty().bindBidirectional(model.clipProperty());
        clip.setTooltip(new Tooltip("Rescale any gradient longer than 1 to length 1 before Adam sees it: an exploding "
                + "gradient can no longer throw the weights far"));
        TextField seed = new TextField();
        seed.setId("memory-seed");
        seed.setPrefColumnCount(8);
        Sync.seedField(seed, model.seedProperty());
        seed.setTooltip(new Tooltip("Fixes the series, the initial weights, the batch order and Q (press Enter)"));
        Button pause = new Button("Pause");
        pause.setId("memory-pause");
        pause.setTooltip(new Tooltip("Pause or resume training"));
        pause.setOnAction(e -> {
            if (controller.loop().isPaused()) {
                controller.loop().resume();
            } else {
                controller.loop().pause();
            }
        });
        controller.loop().pausedProperty().addListener((o, a, p) -> pause.setText(p ? "Resume" : "Pause"));
        Button again = new Button("Train again");
        again.setId("memory-restart");
        again.setTooltip(new Tooltip("Start the three models again from their initial weights"));
        again.setOnAction(e -> controller.restart());
        Label seedLabel = new Label("seed");
        seedLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox seedRow = new HBox(6, seedLabel, seed);
        seedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, pause, again);
        box.getChildren().addAll(clip, seedRow, buttons);
        box.getChildren().addAll(new Separator(), new Label("gradients through time"));
        box.getChildren().add(slider("s (W = s·Q)", 0.5, 1.5, model.scaleProperty(), 2, "memory-scale",
                "W = s·Q with Q orthogonal: each step multiplies the gradient's norm by s exactly"));
        for (Label l : new Label[] {status, gaps, gradientText, trainedText, whyText, message}) {
            l.setWrapText(true);
        }
        status.setId("memory-status");
        gaps.setId("memory-gaps");
        gradientText.setId("memory-gradient-text");
        trainedText.setId("memory-trained");
        whyText.setId("memory-why");
        message.setId("memory-message");
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(new Separator(), status, gaps, gradientText, trainedText, whyText, message);
        return ControlPanes.scrolling(box, 340);
    }

    static String sourceName(MemorySettings.Source s) {
        return switch (s) {
            case SEASONAL -> "seasonal AR: xₜ = φx(t−L) + εₜ";
            case DELAYED_COPY -> "delayed copy: xₜ = a·x(t−L) + uₜ";
            case LONG_PERIOD -> "long period: A·sin(2πt/L) + εₜ";
            case CURRENT -> "current series (Data lab)";
        };
    }

    private static LabeledSlider slider(String name, double min, double max,
            javafx.beans.property.DoubleProperty p, int decimals, String id, String tip) {
        LabeledSlider s = LabeledSlider.linear(name, min, max, p.get(), decimals).withId(id);
        s.valueProperty().bindBidirectional(p);
        s.setTooltip(tip);
        return s;
    }

    private void show(MemorySnapshot s) {
        shown = s;
        int e = s.epoch();
        for (int m = 0; m < 3; m++) {
            nll.show(m, 0, s.validation()[m]);
        }
        if (Double.isFinite(s.truth())) {
            nll.show(3, new double[] {0, Math.max(1, e)}, new double[] {s.truth(), s.truth()});
        } else {
            nll.clear(3);
        }
        MemorySettings settings = model.settings();
        double[] marks = {settings.window(), settings.lag(), settings.truncation() > 0 ? settings.truncation()
                : Double.NaN};
        String[] names = {"p", "L", "k (BPTT cut)"};
        if (s.connectivity() != null) {
            for (int m = 0; m < 3; m++) {
                connectivity.show(m, 1, s.connectivity()[m]);
            }
            connectivity.setMarkers(marks, names);
            map.setMarkers(marks, names);
            showMap(s);
        }
        StateDiagnostics d = s.rnn();
        if (d != null) {
            double[] norms = d.jacobianNorms();
            double[] smax = new double[norms.length];
            double[] rho = new double[norms.length];
            for (int t = 0; t < norms.length; t++) {
                smax[t] = Math.pow(d.largestSingularValue(), t + 1);
                rho[t] = Math.pow(d.spectralRadius(), t + 1);
            }
            gradients.show(2, 1, norms);
            gradients.show(3, 1, smax);
            gradients.show(4, 1, rho);
            gradients.fitLogRange(2, 0, 1, 2);
            saturation.show(0, 1, d.saturation());
            trainedText.setText(MemoryPresenter.trained(d));
        }
        status.setText(MemoryPresenter.status(s));
        gaps.setText(MemoryPresenter.gaps(s));
        publishFormula();
    }

    private void showMap(MemorySnapshot s) {
        if (s.maps() == null) {
            return;
        }
        int m = mapModel.getValue() == null ? 2 : mapModel.getValue();
        map.setTitle("Over t: " + s.names()[m].split(",")[0] + ", epoch " + s.connectivityEpoch());
        map.show(s.targets(), s.maps()[m]);
    }

    private void show(MemoryModel.Gradients g) {
        MemoryExperiment e = g.experiment();
        gradients.show(0, 1, e.jacobianNorms());
        gradients.show(1, 1, e.theory());
        gradients.fitLogRange(2, 0, 1, 2);
        gradients.setTitle(String.format(Locale.ROOT, "Gradients through time, s = %.2f",
                g.scale()));
        gradientText.setText(MemoryPresenter.gradients(g.scale(), e)
                + (model.clipProperty().get() ? " " + MemoryPresenter.clipping(g.scale()) : ""));
        showClipped();
        publishFormula();
    }

    /** With clipping on: the W = s·Q gradient rescaled to norm at most 1 (exploding is capped, vanishing is not). */
    private void showClipped() {
        MemoryModel.Gradients g = model.gradientsProperty().get();
        if (g == null || !model.clipProperty().get()) {
            gradients.clear(5);
            return;
        }
        double[] n = g.experiment().jacobianNorms();
        double[] c = new double[n.length];
        for (int t = 0; t < n.length; t++) {
            c[t] = Math.min(n[t], MemoryRun.CLIP);
        }
        gradients.show(5, 1, c);
    }

    private void showWhy() {
        MemorySettings s;
        try {
            s = model.settings();
        } catch (IllegalArgumentException e) {
            return;
        }
        double[] ps = new double[WHY_MAX_P];
        double[] w = new double[WHY_MAX_P];
        double[] r = new double[WHY_MAX_P];
        double[] g = new double[WHY_MAX_P];
        for (int p = 1; p <= WHY_MAX_P; p++) {
            ps[p - 1] = p;
            w[p - 1] = MemoryPresenter.windowParameters(p, s.hidden());
            r[p - 1] = MemoryPresenter.rnnParameters(s.hidden());
            g[p - 1] = MemoryPresenter.gruParameters(s.hidden());
        }
        why.show(0, ps, w);
        why.show(1, ps, r);
        why.show(2, ps, g);
        why.setMarkers(new double[] {s.window(), s.lag()}, new String[] {"p", "L"});
        whyText.setText(MemoryPresenter.why(s.window(), s.lag(), s.hidden()));
    }

    private void publishFormula() {
        MemorySettings s;
        try {
            s = model.settings();
        } catch (IllegalArgumentException e) {
            return;
        }
        StateDiagnostics d = shown == null ? null : shown.rnn();
        showFormula(MemoryFormulas.of(s.scale(), MemoryController.STEPS, s.window(), s.lag(),
                d == null ? Double.NaN : d.largestSingularValue(), d == null ? Double.NaN : d.spectralRadius()));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void setShown(boolean shown) {
        controller.loop().hold(!shown);
    }

    @Override
    public String about() {
        return "Three models learn the same series with a dependence at lag L: a window MLP that sees only the last p "
                + "values, an Elman RNN and a GRU that carry a state.\n\nNotice: the window model's connectivity "
                + "stops dead at p (its derivative beyond p is exactly zero), so its NLL stays above the truth; the "
                + "recurrent nets can look further back, the RNN's reach decays, the gates of the GRU help it hold "
                + "on. Try: move s across 1 — the gradient through T steps of W = s·Q falls as sᵀ below 1 and "
                + "explodes above; cut BPTT at k < L and watch the models lose the lag; raise the learning rate "
                + "until training diverges, then clip the gradients.";
    }
}
