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
    private KlExact shownExact;

    /**
     * @param model the lab's model
     * @param controller the lab's controller (pause, resume, reset)
     * @param style the chart style
     */
    public KlView(KlModel model, KlController controller, ChartStyle style) {
        this.model = model;
        this.controller = controller;
        this.curve = new KlCurveFigure(style);
        this.running = new RunningEstimateFigure("Monte Carlo estimates settling on the exact KL_T(p‖q)",
                "KL_T(p‖q) (nats)", "exact", ESTIMATORS, style);
        this.error = new ErrorRateFigure(ESTIMATORS, style);
        figures(running, curve, error);
        SplitPane top = new SplitPane(ChartViewers.create(curve.chart(), "kl-curve-chart"),
                ChartViewers.create(running.chart(), "kl-running-chart"));
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
        Label what = ControlPanes.note("Sequences of T steps are drawn from p, both models starting at zero. "
                + "KL_T(p‖q) is exact by the chain rule; the Monte Carlo estimates should settle on it at the "
                + "rate 1/√M.");
        box.getChildren().addAll(header, what);
        side(box, "p (data come from p)", "p", model.p());
        side(box, "q (the model compared)", "q", model.q());
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
        box.getChildren().addAll(new Separator(), exact,
                standardErrors(), summary, message);
        return ControlPanes.scrolling(box, 340);
    }

    private void side(VBox box, String title, String id, ArParameters side) {
        Label name = new Label(title);
        name.getStyleClass().add("text-bold");
        Spinner<Integer> order = new Spinner<>(1, KlModel.MAX_ORDER, side.orderProperty().get());
        order.setId("kl-" + id + "-order");
        order.setPrefWidth(80);
        order.setTooltip(new Tooltip("Order of " + id + ": how many past values its mean uses"));
        Sync.spinner(order, side.orderProperty());
        HBox row = new HBox(10, name, order);
        row.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(new Separator(), row);
        for (int i = 1; i <= KlModel.MAX_ORDER; i++) {
            LabeledSlider s = LabeledSlider.linear(id + ": φ" + SUB[i], -2, 2, side.phiProperty(i).get(), 2)
                    .withId("kl-" + id + "-phi" + i);
            s.valueProperty().bindBidirectional(side.phiProperty(i));
            s.visibleProperty().bind(side.orderProperty().greaterThanOrEqualTo(i));
            s.managedProperty().bind(s.visibleProperty());
            s.setTooltip("Weight of x_{k−" + i + "} in " + id + "'s conditional mean");
            box.getChildren().add(s);
        }
        LabeledSlider sigma = LabeledSlider.linear(id + ": σ", 0.1, 3, side.sigmaProperty().get(), 2)
                .withId("kl-" + id + "-sigma");
        sigma.valueProperty().bindBidirectional(side.sigmaProperty());
        sigma.setTooltip("Innovation standard deviation of " + id + ": the spread of x_k around its mean");
        box.getChildren().add(sigma);
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
        showFormula(KlFormulas.of(s.exact(), s.logRatio(), s.conditional()));
        KlExact x = s.exact();
        if (x != shownExact) {
            shownExact = x;
            curve.show(x);
            running.setExact(x.forwardAtHorizon());
            exact.setText(KlPresenter.exact(x));
        }
        Estimate[] est = {s.logRatio(), s.conditional()};
        org.arlab.core.montecarlo.Trace[] traces = {s.logRatioTrace(), s.conditionalTrace()};
        for (int i = 0; i < 2; i++) {
            running.show(i, traces[i].counts(), traces[i].means(), traces[i].stdErrors());
            error.show(i, traces[i].counts(), traces[i].means(), x.forwardAtHorizon(), est[i].sd());
            KlPresenter.Cells cells = KlPresenter.cells(est[i]);
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
                + "averages out the noise of x_k analytically and is several times more precise for the same M.";
    }
}
