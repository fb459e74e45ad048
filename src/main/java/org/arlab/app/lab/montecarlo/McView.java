package org.arlab.app.lab.montecarlo;


import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import org.arlab.app.controls.SamplingControls;
import org.arlab.app.lab.LabView;
import org.arlab.core.formula.MonteCarloFormulas;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.ErrorRateFigure;
import org.arlab.chart.HistogramFigure;
import org.arlab.chart.RunningEstimateFigure;
import org.arlab.core.montecarlo.GaussianPolynomial;
import org.arlab.core.montecarlo.Trace;

/** The Monte Carlo lab's screen: f and the law of x on the left; four charts of the estimates converging. */
public final class McView extends LabView {
    private static final String[] SUP = {"", "", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸"};

    private final McModel model;
    private final McController controller;
    private final RunningEstimateFigure running;
    private final RunningEstimateFigure variance;
    private final HistogramFigure histogram;
    private final ErrorRateFigure error;
    private final BorderPane root = new BorderPane();
    private final Label formula = new Label();
    private final Label results = new Label();
    private final Label message = new Label();
    private final TextField typed = new TextField();
    /** Whether the typed field holds text the user has not entered yet. */
    private boolean typedEdited;
    private boolean syncingTyped;

    /**
     * @param model the lab's model
     * @param controller the lab's controller
     * @param style the chart style
     */
    /** @return the lab's main chart, empty: the running estimate of E f(x) with its band (also drawn by export) */
    static RunningEstimateFigure runningFigure(ChartStyle style) {
        return new RunningEstimateFigure("Running estimate of E f(x) with its 95% band", "E f(x)", "exact",
                new String[] {"(1/M) Σ f(xₘ) ± 1.96·se"}, style);
    }

    public McView(McModel model, McController controller, ChartStyle style) {
        this.model = model;
        this.controller = controller;
        running = runningFigure(style);
        variance = new RunningEstimateFigure("Variance of f: the 1/M form is biased by (M − 1)/M", "Var f(x)",
                "exact", new String[] {"biased, 1/M", "unbiased, 1/(M − 1)"}, style);
        histogram = new HistogramFigure("Samples of f(x)", "f(x)", style);
        error = new ErrorRateFigure(new String[] {"estimate of E f"}, style);
        figures(running, variance, histogram, error);
        SplitPane top = new SplitPane(ChartViewers.create(running.chart(), "mc-running-chart"),
                ChartViewers.create(variance.chart(), "mc-variance-chart"));
        SplitPane bottom = new SplitPane(ChartViewers.create(histogram.chart(), "mc-histogram-chart"),
                ChartViewers.create(error.chart(), "mc-error-chart"));
        SplitPane charts = new SplitPane(top, bottom);
        charts.setOrientation(Orientation.VERTICAL);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        model.resultProperty().addListener((obs, o, s) -> show(s));
        model.messageProperty().addListener((obs, o, m) -> message.setText(m));
        updateFormula();
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    private Node controls() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        box.setPrefWidth(320);
        Label header = ControlPanes.header("Monte Carlo estimation");
        Label what = ControlPanes.note("Draw x₁ … x_M from N(μ, s²) and average f(xₘ). The estimate wanders, "
                + "then settles on the exact E f(x) with a standard error sd(f)/√M.");
        formula.setId("mc-formula");
        formula.getStyleClass().add("title-4");
        formula.setWrapText(true);
        Spinner<Integer> degree = new Spinner<>(0, McModel.MAX_DEGREE, model.degreeProperty().get());
        degree.setId("mc-degree");
        degree.setPrefWidth(80);
        degree.setTooltip(new Tooltip("The degree of the polynomial f"));
        Sync.spinner(degree, model.degreeProperty());
        HBox degreeRow = new HBox(10, new Label("Degree of f"), degree);
        degreeRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(header, what, formula, degreeRow);
        for (int k = 0; k <= McModel.MAX_DEGREE; k++) {
            LabeledSlider s = LabeledSlider.linear("a" + "₀₁₂₃₄".charAt(k) + " (coefficient of "
                    + (k == 0 ? "1" : "x" + SUP[k]) + ")", -3, 3, model.coefficientProperty(k).get(), 2)
                    .withId("mc-a" + k);
            s.valueProperty().bindBidirectional(model.coefficientProperty(k));
            s.visibleProperty().bind(model.degreeProperty().greaterThanOrEqualTo(k));
            s.managedProperty().bind(s.visibleProperty());
            s.setTooltip("f(x) = Σ a_k x^k: this is a" + k + ", the weight of x^" + k);
            box.getChildren().add(s);
        }
        typed.setId("mc-coefficients");
        typed.setPromptText("a₀, a₁, a₂, …  e.g. 1, 1, 1");
        typed.setTooltip(new Tooltip("Type the coefficients of 1, x, x², … separated by commas, then Enter"));
        typed.textProperty().addListener((o, a, b) -> typedEdited |= !syncingTyped);
        typed.setOnAction(e -> {
            try {
                String[] parts = typed.getText().trim().split("[,;\\s]+");
                double[] a = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    a[i] = Double.parseDouble(parts[i].replace('−', '-'));
                }
                typedEdited = false;
                model.setCoefficients(a);
                updateFormula();
                message.setText("");
            } catch (NumberFormatException ex) {
                message.setText(McPresenter.TYPE_NUMBERS);
            } catch (IllegalArgumentException ex) {
                message.setText(ex.getMessage());
            }
        });
        LabeledSlider mu = LabeledSlider.linear("μ (mean of x)", -3, 3, model.muProperty().get(), 2).withId("mc-mu");
        mu.valueProperty().bindBidirectional(model.muProperty());
        mu.setTooltip("x ~ N(μ, s²): the centre of the normal the samples come from");
        LabeledSlider var = LabeledSlider.linear("s² (variance of x)", 0, 5, model.varianceProperty().get(), 2)
                .withId("mc-variance");
        var.valueProperty().bindBidirectional(model.varianceProperty());
        var.setTooltip("x ~ N(μ, s²): the spread of the samples; at 0 every sample is μ and the estimate is exact");
        results.setId("mc-results");
        results.setWrapText(true);
        message.setId("mc-message");
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(new Label("Coefficients, typed"), typed, new Separator(), mu, var, new Separator());
        box.getChildren().addAll(SamplingControls.create(model.sampling(), controller.loop(), controller::restart, "mc",
                new SamplingControls.Words("samples", "Sampling stops when M reaches this many samples",
                        "Slow it down to watch the estimate wander; at the right end, as fast as the machine goes",
                        "Draw other samples from the same normal")));
        box.getChildren().addAll(new Separator(), results, message);
        for (int k = 0; k <= McModel.MAX_DEGREE; k++) {
            model.coefficientProperty(k).addListener((o, a, b) -> updateFormula());
        }
        model.degreeProperty().addListener((o, a, b) -> updateFormula());
        model.muProperty().addListener((o, a, b) -> updateFormula());
        model.varianceProperty().addListener((o, a, b) -> updateFormula());
        return ControlPanes.scrolling(box, 330);
    }

    private void updateFormula() {
        try {
            GaussianPolynomial f = model.polynomial();
            formula.setText(McPresenter.formula(f));
            typed.setPromptText(McPresenter.coefficients(f.coefficients()));
            if (!typedEdited) { // the field shows the coefficients in use, whoever set them (a session, a slider)
                syncingTyped = true;
                typed.setText(McPresenter.coefficients(f.coefficients()));
                syncingTyped = false;
            }
        } catch (IllegalArgumentException e) {
            formula.setText(McPresenter.UNKNOWN_FORMULA);
        }
    }

    private void show(McSnapshot s) {
        showFormula(MonteCarloFormulas.of(s.f(), s.estimate(), s.biasedVariance(), s.unbiasedVariance()));
        Trace t = s.trace();
        long[] m = t.counts();
        running.setExact(s.exactMean());
        running.show(0, m, t.means(), t.stdErrors());
        double[] biased = t.extras();
        double[] unbiased = new double[biased.length];
        double[] none = new double[biased.length];
        for (int i = 0; i < m.length; i++) {
            unbiased[i] = m[i] < 2 ? Double.NaN : biased[i] * m[i] / (m[i] - 1);
            none[i] = Double.NaN;
        }
        variance.setExact(s.exactVariance());
        variance.show(0, m, biased, none);
        variance.show(1, m, unbiased, none);
        histogram.show(s.histogram(), s.range()[0], s.range()[1], s.count());
        histogram.mark(s.exactMean(), s.estimate().mean());
        error.show(0, m, t.means(), s.exactMean(), s.estimate().sd());
        results.setText(McPresenter.results(s));
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
        return "Monte Carlo replaces an expectation by an average of samples. For f(x) = x² + x + 1 and x ~ N(0, 2) "
                + "the exact answer is 3; the average gets there with an error of about √(Var f / M).\n\nTry: watch "
                + "the band narrow — ten times more samples buy only √10 ≈ 3.2 times more precision (slope −½ on the "
                + "log–log chart). At small M the 1/M variance sits below the 1/(M − 1) one by the factor "
                + "(M − 1)/M. Raise the degree or s²: heavier tails make Var f larger and the estimate slower.";
    }
}
