package org.arlab.app.lab.kl;


import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.arlab.app.ArParameters;
import org.arlab.app.controls.ChartViewers;
import org.jfree.chart.fx.ChartViewer;
import org.arlab.app.controls.Sync;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.controls.SamplingControls;
import org.arlab.app.lab.LabView;
import org.arlab.core.formula.KlFormulas;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.ErrorRateFigure;
import org.arlab.chart.KlCurveFigure;
import org.arlab.chart.RunningEstimateFigure;
import org.arlab.core.kl.KlExact;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.session.KlModelChoice;
import org.arlab.app.lab.ModelShelf;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/** The KL lab's screen: p and q on the left; KL over T, the running estimates and their error rate on the right. */
public final class KlView extends LabView {
    private static final String[] ESTIMATORS = KlPresenter.estimators();
    private static final String[] SUB = {"₀", "₁", "₂", "₃", "₄"};

    private final KlModel model;
    private final KlController controller;
    private final KlCurveFigure curve;
    private final RunningEstimateFigure running;
    private final ErrorRateFigure error;
    private final BorderPane root = new BorderPane();
    private final Label exact = new Label();
    private final Label message = new Label();
    private final Label[][] table = new Label[2][4];
    private final Label summary = new Label();
    private final Label pair = new Label();
    private final Label answer = new Label();
    private final Button reference = new Button("Compute a reference (long run)");
    private final ObservableList<ModelShelf.Entry> shelf;
    private KlExact shownExact;
    private boolean curveCleared;

    /**
     * @param model the lab's model
     * @param controller the lab's controller (pause, resume, reset)
     * @param style the chart style
     */
    public KlView(KlModel model, KlController controller, ChartStyle style) {
        this(model, controller, style, null);
    }

    /**
     * @param model the lab's model
     * @param controller the lab's controller (pause, resume, reset, reference, the truth question)
     * @param style the chart style
     * @param shelf the session's models, listed in the p and q pickers (null: none)
     */
    public KlView(KlModel model, KlController controller, ChartStyle style, ModelShelf shelf) {
        this.shelf = shelf == null ? FXCollections.observableArrayList() : shelf.entries();
        this.model = model;
        this.controller = controller;
        this.curve = new KlCurveFigure(style);
        this.running = new RunningEstimateFigure(RUNNING_EXACT,
                "KL_T(p‖q) (nats)", "exact", ESTIMATORS, style);
        this.error = new ErrorRateFigure(ESTIMATORS, style);
        figures(running, curve, error);
        javafx.scene.control.CheckBox log = new javafx.scene.control.CheckBox("log scale");
        log.setId("kl-log");
        log.getStyleClass().add("text-small");
        log.setTooltip(new Tooltip("Draw KL on a log scale: for an explosive p KL_T grows by tens of decades, and on "
                + "the linear axis all but the last steps lie flat on 0"));
        log.selectedProperty().bindBidirectional(model.logScaleProperty());
        curve.setLog(model.logScaleProperty().get());
        model.logScaleProperty().addListener((obs, o, on) -> curve.setLog(on));
        ChartViewer curveViewer = ChartViewers.create(curve.chart(), "kl-curve-chart");
        VBox curveBox = new VBox(2, curveViewer, log);
        VBox.setVgrow(curveViewer, javafx.scene.layout.Priority.ALWAYS);
        SplitPane top = new SplitPane(curveBox, ChartViewers.create(running.chart(), "kl-running-chart"));
        top.setDividerPositions(0.45);
        SplitPane charts = new SplitPane(top, ChartViewers.create(error.chart(), "kl-error-chart"));
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.55);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        model.resultProperty().addListener((obs, o, s) -> show(s));
        model.messageProperty().addListener((obs, o, m) -> message.setText(m));
        message.setText(model.messageProperty().get());
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    private Node controls() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        box.setPrefWidth(330);
        Label header = ControlPanes.header("KL between two AR models");
        Label what = ControlPanes.note("Sequences of T steps are drawn from p. Two linear AR models start at zero "
                + "and KL_T(p‖q) is exact by the chain rule; for any other pair (neural AR, mixture) only Monte Carlo "
                + "estimates it. The estimates settle at the rate 1/√M.");
        box.getChildren().addAll(header, what);
        side(box, "p", "p", model.p(), model.pSide());
        side(box, "q", "q", model.q(), model.qSide());
        pair.setId("kl-pair");
        pair.setWrapText(true);
        pair.getStyleClass().add("text-muted");
        pair.textProperty().bind(model.pairProperty());
        Button ask = new Button("How far is the trained model from the truth?");
        ask.setId("kl-ask-truth");
        ask.setWrapText(true);
        ask.setPrefWidth(300); // wrapped: a button is as wide as its text otherwise, and widens the panel
        ask.setTooltip(new Tooltip("p := the true generator, q := the model trained in the neural lab; then KL both "
                + "ways per step next to the validation NLL gap"));
        ask.setOnAction(e -> controller.askTruthVersusTrained());
        answer.setId("kl-answer");
        answer.setWrapText(true);
        answer.textProperty().bind(model.answerProperty());
        reference.setId("kl-reference");
        reference.setWrapText(true);
        reference.setPrefWidth(300);
        reference.setTooltip(new Tooltip("Run " + "a long Monte Carlo (up to 10⁶ sequences, another seed) for a pair "
                + "with no closed form; stored with the session, it is what the error chart converges on"));
        reference.setOnAction(e -> controller.computeReference());
        reference.setVisible(false);
        reference.managedProperty().bind(reference.visibleProperty());
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {pair, ask, answer, reference, exact}) {
            r.setMinWidth(0); // wrapped text: never wider than the column
        }
        // below the sampling controls and the table, so that they stay where they were
        LabeledSlider horizon = LabeledSlider.logInteger("T (horizon, log scale)", 0, Math.log10(2000),
                model.logHorizonProperty().get()).withId("kl-horizon");
        horizon.valueProperty().bindBidirectional(model.logHorizonProperty());
        horizon.setTooltip("Number of steps of each sequence: KL_T sums T conditional divergences");
        exact.setId("kl-exact");
        exact.setWrapText(true);
        summary.setId("kl-summary");
        summary.setWrapText(true);
        message.setId("kl-message");
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(new Separator(), horizon);
        box.getChildren().addAll(SamplingControls.create(model.sampling(), controller.loop(), controller::restart, "kl",
                new SamplingControls.Words("sequences", "Sampling stops when M reaches this many sequences from p",
                        "Slow it down to watch the estimates wander before they settle; at the right end, as fast "
                                + "as the machine goes", "Draw other sequences from the same models")));
        box.getChildren().addAll(new Separator(), exact, reference,
                standardErrors(), summary, message, new Separator(), pair, ask, answer);
        return ControlPanes.scrolling(box, 340);
    }

    private static final String RUNNING_EXACT = "Monte Carlo estimates settling on the exact KL_T(p‖q)";

    private static final String[] SOURCE_NAMES = {"linear AR (sliders)", "model in this session",
        "model file (train --save)", "true generator of the series"};

    private void side(VBox box, String title, String id, ArParameters side, KlSide choice) {
        Label name = new Label(title);
        name.getStyleClass().add("text-bold");
        name.setMinWidth(Label.USE_PREF_SIZE);
        name.setTooltip(new Tooltip(id.equals("p") ? "p: the data come from p" : "q: the model compared with p"));
        ComboBox<KlModelChoice.Source> source = new ComboBox<>(FXCollections.observableArrayList(
                KlModelChoice.Source.values()));
        source.setId("kl-" + id + "-source");
        source.setConverter(ControlPanes.named(KlModelChoice.Source.values(), s -> SOURCE_NAMES[s.ordinal()]));
        source.setTooltip(new Tooltip("What " + id + " is: a linear AR on the sliders below, a model trained in "
                + "another lab of this session, a model file, or the true generator of the current series"));
        source.valueProperty().bindBidirectional(choice.sourceProperty());
        javafx.beans.binding.BooleanBinding linear = choice.sourceProperty().isEqualTo(KlModelChoice.Source.LINEAR);
        Spinner<Integer> order = new Spinner<>(1, KlModel.MAX_ORDER, side.orderProperty().get());
        order.setId("kl-" + id + "-order");
        order.setPrefWidth(70);
        order.setTooltip(new Tooltip("Order of " + id + ": how many past values its mean uses"));
        Sync.spinner(order, side.orderProperty());
        order.visibleProperty().bind(linear);
        order.managedProperty().bind(linear);
        source.setPrefWidth(200);
        source.setMinWidth(0);
        HBox row = new HBox(8, name, source, order); // one row: the column is no taller than with two linear models
        row.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(new Separator(), row);
        for (int i = 1; i <= KlModel.MAX_ORDER; i++) {
            LabeledSlider s = LabeledSlider.linear(id + ": φ" + SUB[i], -2, 2, side.phiProperty(i).get(), 2)
                    .withId("kl-" + id + "-phi" + i);
            s.valueProperty().bindBidirectional(side.phiProperty(i));
            s.visibleProperty().bind(side.orderProperty().greaterThanOrEqualTo(i).and(linear));
            s.managedProperty().bind(s.visibleProperty());
            s.setTooltip("Weight of x_{k−" + i + "} in " + id + "'s conditional mean");
            box.getChildren().add(s);
        }
        LabeledSlider sigma = LabeledSlider.linear(id + ": σ", 0.1, 3, side.sigmaProperty().get(), 2)
                .withId("kl-" + id + "-sigma");
        sigma.valueProperty().bindBidirectional(side.sigmaProperty());
        sigma.setTooltip("Innovation standard deviation of " + id + ": the spread of x_k around its mean");
        sigma.visibleProperty().bind(linear);
        sigma.managedProperty().bind(linear);
        box.getChildren().add(sigma);
        box.getChildren().addAll(shelfPicker(id, choice), filePicker(id, choice));
    }

    /** The shelf's models by key, shown by label; kept in step with the shelf as entries come and go. */
    private Node shelfPicker(String id, KlSide choice) {
        ComboBox<String> picker = new ComboBox<>();
        picker.setId("kl-" + id + "-shelf");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setMinWidth(0);
        picker.setPrefWidth(300);
        picker.setPromptText("no model in this session yet");
        picker.setTooltip(new Tooltip("Models the other labs trained in this session (neural AR, mixture, memory, "
                + "their true generators); the list follows them live"));
        java.util.function.Function<String, String> label = key -> shelf.stream().filter(e -> e.key().equals(key))
                .map(ModelShelf.Entry::label).findFirst().orElse(key + " (not in this session)");
        picker.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                setText(empty || key == null ? null : label.apply(key));
            }
        });
        picker.setButtonCell(picker.getCellFactory().call(null));
        Runnable refill = () -> {
            java.util.List<String> keys = shelf.stream().map(ModelShelf.Entry::key).toList();
            picker.getItems().setAll(keys);
            String want = choice.shelfKeyProperty().get();
            if (want != null && !want.isEmpty()) {
                picker.setValue(want);
            }
            picker.setButtonCell(picker.getCellFactory().call(null));
        };
        shelf.addListener((javafx.collections.ListChangeListener<ModelShelf.Entry>) c -> refill.run());
        refill.run();
        picker.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(choice.shelfKeyProperty().get())) {
                choice.shelfKeyProperty().set(b);
            }
        });
        choice.shelfKeyProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty() && !b.equals(picker.getValue())) {
                picker.setValue(b);
            }
        });
        picker.visibleProperty().bind(choice.sourceProperty().isEqualTo(KlModelChoice.Source.SHELF));
        picker.managedProperty().bind(picker.visibleProperty());
        return picker;
    }

    /** A model file's path (typed, Enter to read) and a Browse button. */
    private Node filePicker(String id, KlSide choice) {
        TextField path = new TextField(choice.fileProperty().get());
        path.setId("kl-" + id + "-file");
        path.setPromptText("model file from arlab train --save");
        path.setTooltip(new Tooltip("The path of a model file written by arlab train --save; press Enter to read it"));
        path.setOnAction(e -> choice.fileProperty().set(path.getText().trim()));
        choice.fileProperty().addListener((o, a, b) -> path.setText(b));
        HBox.setHgrow(path, javafx.scene.layout.Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("kl-" + id + "-browse");
        browse.setTooltip(new Tooltip("Choose a model file written by arlab train --save"));
        browse.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Model file for " + id);
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Model files (JSON)",
                    "*.json"));
            java.io.File f = chooser.showOpenDialog(browse.getScene() == null ? null : browse.getScene().getWindow());
            if (f != null) {
                choice.fileProperty().set(f.getPath());
            }
        });
        path.setMinWidth(0);
        path.setPrefColumnCount(10);
        HBox row = new HBox(6, path, browse);
        row.setMinWidth(0);
        row.visibleProperty().bind(choice.sourceProperty().isEqualTo(KlModelChoice.Source.FILE));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Node standardErrors() {
        GridPane grid = new GridPane();
        grid.setId("kl-se-table");
        grid.setHgap(10);
        grid.setVgap(3);
        String[] heads = KlPresenter.headings();
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("text-muted");
            h.setWrapText(true); // the headings wrap rather than end in "…"
            h.setMinWidth(Label.USE_PREF_SIZE);
            if (c >= 2) { // "std. error", "sd per sequence" on two lines: the table fits the column
                h.setMinWidth(c == 2 ? 45 : 70);
                h.setPrefWidth(c == 2 ? 45 : 70);
            }
            grid.add(h, c, 0);
        }
        for (int r = 0; r < 2; r++) {
            table[r][0] = new Label(ESTIMATORS[r]);
            for (int c = 1; c < 4; c++) {
                table[r][c] = new Label(KlPresenter.BLANK);
                table[r][c].setId("kl-" + ESTIMATORS[r] + "-" + c);
            }
            for (int c = 0; c < 4; c++) {
                grid.add(table[r][c], c, r + 1);
            }
        }
        return grid;
    }

    private void show(KlSnapshot s) {
        KlExact x = s.exact();
        double target = s.target();
        if (x != null) {
            showFormula(KlFormulas.of(x, s.logRatio(), s.conditional()));
            reference.setVisible(false);
            if (x != shownExact) {
                shownExact = x;
                curveCleared = false;
                curve.show(x);
                curve.showMonteCarlo(null);
                running.setExact(x.forwardAtHorizon());
                running.setTitle(RUNNING_EXACT);
                exact.setText(KlPresenter.exact(x));
            }
        } else {
            KlSnapshot.Models m = s.models();
            showFormula(KlFormulas.models(m.horizon(), m.method() == org.arlab.core.kl.ProcessKl.Method.NESTED,
                    s.logRatio(), s.conditional(), m.reference()));
            reference.setVisible(true);
            if (!curveCleared) {
                curveCleared = true;
                shownExact = null;
                for (KlCurveFigure.Curve c : KlCurveFigure.Curve.values()) {
                    curve.set(c, new double[0]);
                }
            }
            curve.showMonteCarlo(m.curve()); // no closed form: what Monte Carlo knows of KL_t, every t at once
            running.setExact(target);
            running.setTitle(Double.isFinite(target) ? "Monte Carlo estimates settling on the reference run"
                    : "Monte Carlo estimates settling (no closed form)");
            exact.setText(KlPresenter.models(m));
        }
        String[] names = KlPresenter.estimators(s);
        Estimate[] est = {s.logRatio(), s.conditional()};
        org.arlab.core.montecarlo.Trace[] traces = {s.logRatioTrace(), s.conditionalTrace()};
        for (int i = 0; i < 2; i++) {
            running.show(i, traces[i].counts(), traces[i].means(), traces[i].stdErrors());
            error.show(i, traces[i].counts(), traces[i].means(), target, est[i].sd());
            KlPresenter.Cells cells = KlPresenter.cells(est[i]);
            table[i][0].setText(names[i]);
            table[i][1].setText(cells.estimate());
            table[i][2].setText(cells.stdError());
            table[i][3].setText(cells.sd());
        }
        summary.setText(KlPresenter.summary(s));
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
        return "KL(p‖q) measures how surprised q is, on average, by data from p. For AR models it adds up step by "
                + "step (chain rule), so it grows like κ·T for long sequences.\n\nTry: make q equal to p — every "
                + "curve drops to zero. Swap the roles: KL(q‖p) differs from KL(p‖q). Watch the two Monte Carlo "
                + "estimators: both are unbiased and both errors fall as 1/√M (slope −½), but the conditional one "
                + "averages out the noise of x_k analytically and is several times more precise for the same M.\n\n"
                + "p and q can be any autoregressive models: a neural AR or a mixture-density AR trained in another "
                + "lab, a model file from arlab train --save, or the true generator of the current series. Then no "
                + "closed form exists and Monte Carlo is the only way. Where a conditional is a Gaussian mixture, "
                + "the conditional estimator estimates each step's KL itself (nested Monte Carlo). Starts: a linear "
                + "AR starts from zeros (two linear models) or from its stationary law; a network starts from its "
                + "fixed prefix, so the KL of the prefix is 0 when p and q share it; when their starts differ, both "
                + "are scored on p's start, and the lab says so.";
    }
}
