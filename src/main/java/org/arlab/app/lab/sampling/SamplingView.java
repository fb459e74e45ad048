package org.arlab.app.lab.sampling;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.arlab.app.controls.ChartViewers;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.controls.Sync;
import org.arlab.app.lab.LabView;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.SamplingCurveFigure;
import org.arlab.chart.SamplingHistogramFigure;
import org.arlab.chart.SamplingScatterFigure;
import org.arlab.chart.UnitRootFigure;
import org.arlab.core.ar.ArFit;
import org.arlab.core.formula.SamplingFormulas;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Sampling lab's screen: the true model, n, R, the methods and the seed on the left; the histogram of φ̂ᵢ with its
 * asymptotic normal, (φ̂₁, φ̂₂) with its ellipse (or, for AR(1), n(φ̂ − φ) against Dickey–Fuller), and the RMSE, bias
 * and coverage against n on the right.
 */
public final class SamplingView extends LabView {
    private static final String[] METHOD_TIPS = {
        "Least squares, the conditional MLE: its interval uses σ̂²(XᵀX)⁻¹",
        "The exact Gaussian MLE, started from least squares: its interval uses the observed information",
        "Yule–Walker: sample autocorrelations through Levinson–Durbin; biased toward 0 in small samples",
        "Burg: forward and backward prediction errors; its bias is close to least squares'"};

    private final SamplingModel model;
    private final SamplingController controller;
    private final SamplingHistogramFigure histogram;
    private final SamplingScatterFigure scatter;
    private final UnitRootFigure unitRoot;
    private final SamplingCurveFigure error;
    private final SamplingCurveFigure coverage;
    private final BorderPane root = new BorderPane();
    private final Label summary = new Label();
    private final Label dickeyFuller = new Label();
    private final Label message = new Label();
    private final GridPane table = new GridPane();
    private final ChartViewer scatterViewer;
    private final ChartViewer unitRootViewer;

    /**
     * @param model the lab's model
     * @param controller the lab's controller (pause, resume, reset)
     * @param style the chart style
     */
    public SamplingView(SamplingModel model, SamplingController controller, ChartStyle style) {
        this.model = model;
        this.controller = controller;
        histogram = new SamplingHistogramFigure(style);
        scatter = new SamplingScatterFigure(style);
        unitRoot = new UnitRootFigure(style);
        error = new SamplingCurveFigure(SamplingCurveFigure.Kind.ERROR, style);
        coverage = new SamplingCurveFigure(SamplingCurveFigure.Kind.COVERAGE, style);
        figures(histogram, scatter, unitRoot, error, coverage);
        scatterViewer = ChartViewers.create(scatter.chart(), "sampling-scatter-chart");
        unitRootViewer = ChartViewers.create(unitRoot.chart(), "sampling-unit-root-chart");
        scatterViewer.visibleProperty().bind(model.truth().orderProperty().greaterThanOrEqualTo(2));
        unitRootViewer.visibleProperty().bind(scatterViewer.visibleProperty().not());
        SplitPane top = new SplitPane(ChartViewers.create(histogram.chart(), "sampling-histogram-chart"),
                new StackPane(scatterViewer, unitRootViewer));
        top.setDividerPositions(0.55);
        SplitPane bottom = new SplitPane(ChartViewers.create(error.chart(), "sampling-error-chart"),
                ChartViewers.create(coverage.chart(), "sampling-coverage-chart"));
        SplitPane charts = new SplitPane(top, bottom);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.55);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        model.resultProperty().addListener((obs, o, s) -> show(s));
        model.coefficientProperty().addListener((obs, o, c) -> {
            if (model.resultProperty().get() != null) {
                show(model.resultProperty().get());
            }
        });
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
        box.getChildren().addAll(ControlPanes.header("Repeat the experiment"), ControlPanes.note("R times: simulate "
                + "n values of the true AR(p), fit AR(p) by each method. The spread of the estimates over the "
                + "replications is what a standard error estimates; the asymptotic law N(φ, σ²Γ_p⁻¹/n) predicts it."));
        Spinner<Integer> order = new Spinner<>(1, SamplingModel.MAX_ORDER, model.truth().orderProperty().get());
        order.setId("sampling-order");
        order.setPrefWidth(80);
        order.setTooltip(new Tooltip("Order p of the true model (the methods fit the same order)"));
        Sync.spinner(order, model.truth().orderProperty());
        HBox orderRow = new HBox(10, new Label("true order p"), order);
        orderRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(new Separator(), orderRow);
        for (int i = 1; i <= SamplingModel.MAX_ORDER; i++) {
            LabeledSlider s = LabeledSlider.linear("φ" + SamplingPresenter.sub(i), -2, 2,
                    model.truth().phiProperty(i).get(), 2).withId("sampling-phi" + i);
            s.valueProperty().bindBidirectional(model.truth().phiProperty(i));
            s.visibleProperty().bind(model.truth().orderProperty().greaterThanOrEqualTo(i));
            s.managedProperty().bind(s.visibleProperty());
            s.setTooltip("True weight of y_{t−" + i + "}; φ = 1 for AR(1) is a unit root (Dickey–Fuller)");
            box.getChildren().add(s);
        }
        LabeledSlider sigma = LabeledSlider.linear("σ", 0.1, 3, model.truth().sigmaProperty().get(), 2)
                .withId("sampling-sigma");
        sigma.valueProperty().bindBidirectional(model.truth().sigmaProperty());
        sigma.setTooltip("True innovation sd: φ̂'s sampling distribution does not depend on it");
        LabeledSlider intercept = LabeledSlider.linear("intercept c", -10, 10, model.interceptProperty().get(), 2)
                .withId("sampling-intercept");
        intercept.valueProperty().bindBidirectional(model.interceptProperty());
        intercept.setTooltip("True intercept of the model that generates the series");
        CheckBox estimate = new CheckBox("fits estimate an intercept");
        estimate.setId("sampling-estimate-intercept");
        estimate.selectedProperty().bindBidirectional(model.estimateInterceptProperty());
        estimate.setTooltip(new Tooltip("Off: the fits take the mean as 0 (the Dickey–Fuller case without a "
                + "constant)"));
        Button unitRootPreset = new Button("Unit root: φ = 1, n = 100");
        unitRootPreset.setId("sampling-unit-root");
        unitRootPreset.setTooltip(new Tooltip("AR(1) with φ = 1, c = 0, fitted without an intercept at n = 100: "
                + "Fuller's table gives −7.9 for the 5% point of n(φ̂ − 1)"));
        unitRootPreset.setOnAction(e -> {
            model.truth().orderProperty().set(1);
            model.truth().phiProperty(1).set(1);
            model.interceptProperty().set(0);
            model.estimateInterceptProperty().set(false);
            model.logLengthProperty().set(2);
        });
        LabeledSlider length = LabeledSlider.logInteger("n (series length, log scale)", Math.log10(20), 5,
                model.logLengthProperty().get()).withId("sampling-length");
        length.valueProperty().bindBidirectional(model.logLengthProperty());
        length.setTooltip("Values per simulated series: the sd of φ̂ falls as 1/√n");
        LabeledSlider reps = LabeledSlider.logInteger("R (replications, log scale)", 1, 5,
                model.logReplicationsProperty().get()).withId("sampling-replications");
        reps.valueProperty().bindBidirectional(model.logReplicationsProperty());
        reps.setTooltip("How many times the experiment is repeated; the histograms fill as they arrive");
        box.getChildren().addAll(sigma, intercept, estimate, unitRootPreset, new Separator(), length, reps);
        Label methods = new Label("methods compared");
        methods.getStyleClass().add("text-bold");
        box.getChildren().add(methods);
        for (ArFit.Method m : ArFit.Method.values()) {
            CheckBox c = new CheckBox(m.label());
            c.setId("sampling-method-" + m.key());
            c.selectedProperty().bindBidirectional(model.methodProperty(m));
            c.setTooltip(new Tooltip(METHOD_TIPS[m.ordinal()]));
            box.getChildren().add(c);
        }
        Spinner<Integer> coef = new Spinner<>(1, SamplingModel.MAX_ORDER, model.coefficientProperty().get());
        coef.setId("sampling-coefficient");
        coef.setPrefWidth(80);
        coef.setTooltip(new Tooltip("Which φ̂ᵢ the histogram, the table and the curves show"));
        Sync.spinner(coef, model.coefficientProperty());
        model.truth().orderProperty().addListener((o, a, p) -> {
            if (model.coefficientProperty().get() > p.intValue()) {
                model.coefficientProperty().set(p.intValue());
            }
        });
        HBox coefRow = new HBox(10, new Label("show φ̂ᵢ, i ="), coef);
        coefRow.setAlignment(Pos.CENTER_LEFT);
        Button pause = new Button("Pause");
        pause.setId("sampling-pause");
        pause.setTooltip(new Tooltip("Stop drawing replications; Resume goes on from there"));
        pause.textProperty().bind(Bindings.when(controller.loop().pausedProperty()).then("Resume")
                .otherwise(Bindings.when(controller.loop().finishedProperty()).then("Done").otherwise("Pause")));
        pause.disableProperty().bind(controller.loop().finishedProperty().and(controller.loop().pausedProperty()
                .not()));
        pause.setOnAction(e -> {
            if (controller.loop().isPaused()) {
                controller.loop().resume();
            } else {
                controller.loop().pause();
            }
        });
        Button reset = new Button("Reset");
        reset.setId("sampling-reset");
        reset.setTooltip(new Tooltip("Start again from R = 0 with the same seed"));
        reset.setOnAction(e -> {
            if (controller.loop().isPaused()) {
                controller.loop().resume();
            }
            controller.restart();
        });
        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setId("sampling-seed");
        seed.setPrefColumnCount(8);
        seed.setTooltip(new Tooltip("The random seed: replication r always draws the same series for a seed, on "
                + "any number of cores"));
        Sync.seedField(seed, model.seedProperty());
        Button newSeed = new Button("New seed");
        newSeed.setTooltip(new Tooltip("Draw other series from the same model"));
        newSeed.setOnAction(e -> model.seedProperty().set(model.seedProperty().get() + 1));
        HBox seedRow = new HBox(8, new Label("Seed"), seed, newSeed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        table.setId("sampling-table");
        Label tableNote = ControlPanes.note("Over the replications: the sd of the fitted φᵢ, its bias (mean − φᵢ) and the "
                + "share of 95% intervals covering φᵢ (LS least squares, MLE exact MLE, YW Yule–Walker).");
        table.setHgap(14);
        table.setVgap(3);
        for (Label l : new Label[] {summary, dickeyFuller, message}) {
            l.setWrapText(true);
        }
        summary.setId("sampling-summary");
        dickeyFuller.setId("sampling-dickey-fuller");
        message.setId("sampling-message");
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(coefRow, new Separator(), new HBox(8, pause, reset), seedRow, new Separator(), tableNote, table,
                summary, dickeyFuller, message);
        return ControlPanes.scrolling(box, 340);
    }

    private void show(ExperimentSnapshot s) {
        int c = Math.min(model.coefficientProperty().get(), s.design().order());
        histogram.show(s, c);
        if (s.design().order() >= 2) {
            scatter.show(s);
        } else {
            unitRoot.show(s);
        }
        error.show(s, c);
        coverage.show(s, c);
        table.getChildren().clear();
        String[] heads = SamplingPresenter.headings();
        for (int j = 0; j < heads.length; j++) {
            Label h = new Label(heads[j]);
            h.getStyleClass().add("text-muted");
            table.add(h, j, 0);
        }
        for (int m = 0; m < s.summaries().length; m++) {
            SamplingPresenter.Row r = SamplingPresenter.row(s.summaries()[m], c);
            String[] cells = {r.method(), r.sd(), r.bias(), r.coverage()};
            for (int j = 0; j < cells.length; j++) {
                Label l = new Label(cells[j]);
                table.add(l, j, m + 1);
            }
        }
        summary.setText(SamplingPresenter.summary(s, c));
        dickeyFuller.setText(SamplingPresenter.unitRoot(s));
        showFormula(SamplingFormulas.of(s));
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
        return "One fit gives one φ̂; how good is it? Repeat the experiment: simulate n values, fit, R times, and "
                + "look at the spread of the R estimates. For a stationary AR(p), √n(φ̂ − φ) is close to "
                + "N(0, σ²Γ_p⁻¹) — for AR(1) the variance of φ̂ is (1 − φ²)/n — and the 95% intervals cover φ in "
                + "about 95% of the replications.\n\nTry: n = 50 — every method is biased toward 0, Yule–Walker "
                + "most. Raise n and watch the RMSE fall with slope −½. Press “Unit root”: at φ = 1 the normal "
                + "law fails, n(φ̂ − 1) is skewed left (Dickey–Fuller) and the intervals cover far less than 95%. "
                + "AR(2): the cloud of (φ̂₁, φ̂₂) fills the asymptotic ellipse inside the stationarity triangle.";
    }
}
