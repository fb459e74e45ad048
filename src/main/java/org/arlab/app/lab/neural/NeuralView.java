package org.arlab.app.lab.neural;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
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
import org.arlab.core.neural.Activation;
import org.arlab.core.neural.Schedule;
import org.arlab.core.session.NeuralSettings;

/** The Neural AR lab's screen: data, network and optimiser on the left; six live charts on the right. */
public final class NeuralView extends LabView {
    private final NeuralModel model;
    private final NeuralController controller;
    private final NeuralCharts charts;
    private final NeuralStepPane stepping;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label exposure = new Label();
    private final Label message = new Label();
    private final Button play = new Button("Play");
    private long drawn;
    /** Least time between two draws, ms. */
    static final long FRAME_MS = 100;
    private NeuralSnapshot pending;
    private long lastDraw;
    private boolean timerSet;

    /**
     * @param model the lab's model
     * @param controller its controller
     * @param style the chart style
     */
    public NeuralView(NeuralModel model, NeuralController controller, ChartStyle style) {
        this.model = model;
        this.controller = controller;
        this.charts = new NeuralCharts(style);
        this.stepping = new NeuralStepPane(model, style);
        java.util.List<org.arlab.chart.Figure> shown = new java.util.ArrayList<>(charts.all());
        shown.add(stepping.figure());
        figures(shown.toArray(new org.arlab.chart.Figure[0]));
        GridPane grid = new GridPane();
        String[] ids = {"neural-nll-chart", "neural-lag-chart", "neural-series-chart", "neural-gradient-chart",
            "neural-fan-chart", "neural-error-chart"};
        for (int i = 0; i < 6; i++) {
            Node v = ChartViewers.create(charts.all().get(i).chart(), ids[i]);
            grid.add(v, i % 3, i / 3);
        }
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100 / 3.0);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
        tabs.setId("neural-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        javafx.scene.control.Tab trainingTab = new javafx.scene.control.Tab("Training", grid);
        trainingTab.setId("neural-training-tab");
        javafx.scene.control.Tab stepTab = new javafx.scene.control.Tab("Step by step", stepping);
        stepTab.setId("neural-step-tab");
        tabs.getTabs().addAll(trainingTab, stepTab);
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        model.resultProperty().addListener((o, a, s) -> show(s));
        model.messageProperty().addListener((o, a, m) -> message.setText(m));
        controller.loop().pausedProperty().addListener((o, a, p) -> playText());
        controller.loop().finishedProperty().addListener((o, a, f) -> playText());
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    private Node controls() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        box.getChildren().addAll(ControlPanes.header("Neural AR, trained live"),
                ControlPanes.note("x_k | x_<k ~ N(f_θ(x_<k), σ²): maximum likelihood is mean squared error. "
                        + "The network trains on the first part of the series; the rest scores it, beside the "
                        + "linear AR(p) fitted by least squares on the same targets."));
        ComboBox<NeuralSettings.Source> source = combo("neural-source", NeuralSettings.Source.values(), model.source,
                "Where the series comes from: the Data lab's (generated or loaded, e.g. lynx) or a generator a "
                        + "linear AR cannot capture");
        LabeledSlider validation = LabeledSlider.linear("validation share", 0.1, 0.5, model.validation.get(), 2)
                .withId("neural-validation");
        validation.valueProperty().bindBidirectional(model.validation);
        validation.setTooltip("The last part of the series, kept out of training to score the network");
        box.getChildren().addAll(new Separator(), bold("Data"), source, validation);

        ComboBox<NeuralSettings.Architecture> arch = combo("neural-architecture",
                NeuralSettings.Architecture.values(), model.architecture,
                "A window MLP on the last p values, or a recurrent net (RNN, GRU) over the whole history");
        Spinner<Integer> order = spinner("neural-order", 1, NeuralSettings.MAX_ORDER, model.order,
                "p: the MLP's window, the linear AR's order, a recurrent net's warm-up");
        Spinner<Integer> hidden = spinner("neural-hidden", 1, NeuralSettings.MAX_HIDDEN, model.hidden,
                "Units per hidden layer (the state of an RNN/GRU)");
        Spinner<Integer> depth = spinner("neural-depth", 1, 2, model.depth, "Hidden layers of the MLP: 1 or 2");
        ComboBox<Activation> act = combo("neural-activation", new Activation[] {Activation.TANH, Activation.RELU,
            Activation.LOGISTIC}, model.activation, "The MLP's hidden activation");
        act.setConverter(ControlPanes.named(act.getItems().toArray(new Activation[0]), Activation::key)); // not TANH
        CheckBox learn = new CheckBox("learn σ (as log σ²)");
        learn.setId("neural-learn-sigma");
        learn.selectedProperty().bindBidirectional(model.learnSigma);
        learn.setTooltip(new Tooltip("Learned, σ̂² is the mean squared residual; fixed, maximum likelihood is "
                + "least squares"));
        LabeledSlider sigma = LabeledSlider.linear("fixed σ (standardised)", 0.05, 3, model.fixedSigma.get(), 2)
                .withId("neural-sigma");
        sigma.valueProperty().bindBidirectional(model.fixedSigma);
        sigma.setTooltip("σ when it is not learned, in units of the training part's standard deviation");
        sigma.visibleProperty().bind(model.learnSigma.not());
        sigma.managedProperty().bind(sigma.visibleProperty());
        box.getChildren().addAll(new Separator(), bold("Network"), arch, row("p", order), row("hidden units", hidden),
                row("MLP depth", depth), act, learn, sigma);

        CheckBox adam = new CheckBox("Adam (else plain gradient ascent)");
        adam.setId("neural-adam");
        adam.selectedProperty().bindBidirectional(model.adam);
        adam.setTooltip(new Tooltip("Adam (Kingma & Ba 2015, β = 0.9, 0.999) or θ ← θ + η∇ℓ/N"));
        LabeledSlider rate = LabeledSlider.linear("log₁₀ η (learning rate)", -4, 0, model.logRate.get(), 2)
                .withId("neural-rate");
        rate.valueProperty().bindBidirectional(model.logRate);
        rate.setTooltip("The step size η on a log scale: −2 is η = 0.01");
        Spinner<Integer> batch = spinner("neural-batch", 0, 1024, model.batch,
                "Mini-batch size; 0 for the full batch (one update per epoch)");
        LabeledSlider epochs = LabeledSlider.logInteger("epochs (budget)", 1, Math.log10(NeuralSettings.MAX_EPOCHS),
                model.logMaxEpochs.get()).withId("neural-epochs");
        epochs.valueProperty().bindBidirectional(model.logMaxEpochs);
        epochs.setTooltip("Training stops after this many passes over the training targets");
        ComboBox<Schedule.Kind> schedule = combo("neural-schedule", Schedule.Kind.values(), model.schedule,
                "Teacher forcing, or scheduled sampling (window MLP only): feed back the model's own prediction "
                        + "with probability 1 − ε_i; a teacher-forced twin trains beside it for comparison");
        box.getChildren().addAll(new Separator(), bold("Training"), adam, rate, row("batch", batch), epochs,
                schedule);

        play.setId("neural-play");
        play.setTooltip(new Tooltip("Train on the worker, epoch after epoch (Pause stops after the current batch)"));
        play.setOnAction(e -> controller.play(controller.loop().isPaused()));
        Button step = new Button("Step");
        step.setId("neural-step");
        step.setTooltip(new Tooltip("Pause and train exactly one epoch"));
        step.setOnAction(e -> controller.step());
        Button rewind = new Button("Rewind");
        rewind.setId("neural-rewind");
        rewind.setTooltip(new Tooltip("Back to epoch 0 with the same initial weights: the same run again"));
        rewind.setOnAction(e -> controller.rewind());
        Button seed = new Button("New seed");
        seed.setId("neural-new-seed");
        seed.setTooltip(new Tooltip("Other initial weights and mini-batch order"));
        seed.setOnAction(e -> controller.newSeed());
        FlowPane buttons = new FlowPane(6, 6, play, step, rewind, seed);
        status.setId("neural-status");
        status.setWrapText(true);
        box.getChildren().addAll(buttons, status);

        LabeledSlider horizon = LabeledSlider.linear("horizon H", 1, 100, model.horizon.get(), 0)
                .withId("neural-horizon");
        horizon.valueProperty().bindBidirectional(model.horizon);
        horizon.setTooltip("Steps the network generates alone in the fan and the error chart");
        LabeledSlider rollouts = LabeledSlider.linear("rollouts M", 1, 200, model.rollouts.get(), 0)
                .withId("neural-rollouts");
        rollouts.valueProperty().bindBidirectional(model.rollouts);
        rollouts.setTooltip("Free-running rollouts in the fan, each drawing its values and feeding them back");
        LabeledSlider start = LabeledSlider.linear("fan start (share of validation)", 0, 1, model.start.get(), 2)
                .withId("neural-start");
        start.valueProperty().bindBidirectional(model.start);
        start.setTooltip("Where in the validation part the network starts to generate alone");
        exposure.setId("neural-exposure");
        exposure.setWrapText(true);
        CheckBox save = new CheckBox("save the trained weights in sessions");
        save.setId("neural-save-weights");
        save.selectedProperty().bindBidirectional(model.saveWeights);
        save.setTooltip(new Tooltip("A session always replays the run from its seed to its epoch; with this, it also "
                + "holds the weights and checks the replay against them"));
        message.setId("neural-message");
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(new Separator(), bold("Exposure bias"), horizon, rollouts, start, exposure,
                new Separator(), save, message);
        return ControlPanes.scrolling(box, 330);
    }

    /** Play while paused, Pause while training, Done once the budget is spent (a larger budget goes on). */
    private void playText() {
        boolean done = controller.loop().finishedProperty().get() && !controller.loop().isPaused();
        play.setText(controller.loop().isPaused() ? "Play" : done ? "Done" : "Pause");
        play.setDisable(done);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static HBox row(String name, Node control) {
        Label l = new Label(name);
        l.setMinWidth(90);
        HBox h = new HBox(8, l, control);
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return h;
    }

    private static Spinner<Integer> spinner(String id, int min, int max,
            javafx.beans.property.IntegerProperty property, String tip) {
        Spinner<Integer> s = new Spinner<>(min, max, property.get());
        s.setId(id);
        s.setPrefWidth(90);
        s.setEditable(true);
        s.setTooltip(new Tooltip(tip));
        Sync.spinner(s, property);
        return s;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, javafx.beans.property.ObjectProperty<T> property,
            String tip) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().addAll(values);
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.valueProperty().bindBidirectional(property);
        c.setTooltip(new Tooltip(tip));
        return c;
    }

    /**
     * Draws a snapshot, at most every {@value #FRAME_MS} ms while training runs (the loop publishes up to ~30 a
     * second; six charts redrawn that often would take the FX thread on a busy machine): a snapshot arriving sooner
     * waits, and a newer one replaces it.
     */
    private void show(NeuralSnapshot s) {
        if (s == null) {
            return;
        }
        pending = s;
        long now = System.nanoTime();
        long wait = FRAME_MS - (now - lastDraw) / 1_000_000L;
        if (wait <= 0) {
            draw();
        } else if (!timerSet) {
            timerSet = true;
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(wait));
            later.setOnFinished(e -> {
                timerSet = false;
                draw();
            });
            later.play();
        }
    }

    private void draw() {
        NeuralSnapshot s = pending;
        if (s == null) {
            return;
        }
        pending = null;
        lastDraw = System.nanoTime();
        charts.show(s);
        stepping.show(s);
        drawn++;
        status.setText(NeuralPresenter.status(s));
        exposure.setText(NeuralPresenter.exposure(s));
        showFormula(NeuralPresenter.formula(s, model.adam.get()));
    }

    /** @return how many snapshots were drawn (tests) */
    long drawnCount() {
        return drawn;
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
    public void restyle(ChartStyle style) {
        charts.restyle(style);
        stepping.figure().restyle(style);
    }

    @Override
    public String about() {
        return "A neural AR model predicts x_k from the values before it; with a Gaussian output of fixed σ, "
                + "maximum likelihood is least squares. Press Play and watch the validation NLL fall towards, and "
                + "on nonlinear data below, the linear AR's line.\n\nTry: the SETAR series — the lag plot has two "
                + "pieces, the network bends to follow both while the linear fit cannot. Then look at the fan: "
                + "trained teacher-forced, the network meets its own outputs only when it generates, and its "
                + "errors grow with the horizon. Choose a scheduled-sampling schedule: a teacher-forced twin trains "
                + "beside it from the same seed, and the error chart shows both.\n\nStep by step: Next value draws "
                + "x_k from the network's N(f_θ(x<k), σ²) given the values before it and feeds it back, starting "
                + "from the end of the series; Reset draws the same values again from the same seed.";
    }
}
