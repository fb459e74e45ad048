package org.arlab.app.lab.likelihood;

import java.awt.geom.Rectangle2D;
import java.util.Locale;

import javafx.scene.control.Tooltip;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.arlab.app.controls.ChartViewers;
import org.arlab.app.controls.Sync;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.lab.LabView;
import org.arlab.core.formula.LikelihoodFormulas;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.Format;
import org.arlab.chart.LikelihoodMapFigure;
import org.arlab.chart.LineFigure;
import org.arlab.core.likelihood.GradientAscent;
import org.arlab.core.likelihood.SurfaceResult;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The Likelihood lab's screen: the surface over two coefficients with the stationarity triangle, the MLE, the truth
 * and the 95% regions; a click starts a gradient-ascent path whose ℓ per iteration is drawn beside it.
 */
public final class LikelihoodView extends LabView {

    private final LikelihoodModel model;
    private final LikelihoodMapFigure map;
    private final LineFigure pathFigure;
    private final ChartViewer mapViewer;
    private final BorderPane root = new BorderPane();
    private final Label hover = new Label("Point at the map to read ℓ there.");
    private final Label pathInfo = new Label("Click the map to start gradient ascent there.");
    private final javafx.beans.property.BooleanProperty twoCoefficients =
            new javafx.beans.property.SimpleBooleanProperty(true);
    private final Label message = new Label();
    private final Label nLabel = new Label();
    private final AscentPath path = new AscentPath(pathInfo);
    private final Timeline play = new Timeline();
    private final Timeline growN = new Timeline();

    /**
     * @param model the lab's model
     * @param style the chart style
     */
    public LikelihoodView(LikelihoodModel model, ChartStyle style) {
        this.model = model;
        map = new LikelihoodMapFigure(style);
        pathFigure = new LineFigure("ℓ along the gradient-ascent path", "iteration", "ℓ", style);
        figures(map, pathFigure);
        mapViewer = ChartViewers.create(map.chart(), "likelihood-map");
        ChartViewer pathViewer = ChartViewers.create(pathFigure.chart(), "path-chart");
        SplitPane charts = new SplitPane(mapViewer, pathViewer);
        charts.setOrientation(Orientation.HORIZONTAL);
        charts.setDividerPositions(0.7);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        mapViewer.getCanvas().addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        mapViewer.getCanvas().addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        play.getKeyFrames().add(new KeyFrame(Duration.millis(80), e -> step()));
        play.setCycleCount(Timeline.INDEFINITE);
        growN.getKeyFrames().add(new KeyFrame(Duration.millis(60), e -> {
            double f = model.fractionProperty().get() + 0.01;
            model.fractionProperty().set(Math.min(1, f));
            if (f >= 1) {
                growN.stop();
            }
        }));
        growN.setCycleCount(Timeline.INDEFINITE);
        model.resultProperty().addListener((obs, o, r) -> show(r));
        model.messageProperty().addListener((obs, o, m) -> message.setText(m));
        model.logEtaProperty().addListener((obs, o, v) -> updateFormula());
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    private Node controls() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setPrefWidth(320);
        Label header = ControlPanes.header("The likelihood as a landscape");
        Label what = ControlPanes.note("ℓ of the Data lab's series over two coefficients, c and σ² profiled out. "
                + "The brighter, the likelier.");
        CheckBox exact = new CheckBox("exact likelihood (else conditional)");
        exact.setId("likelihood-exact");
        exact.selectedProperty().bindBidirectional(model.exactProperty());
        exact.setTooltip(new Tooltip("Add the stationary density of the first p values to ℓ (R's arima method "
                + "\"ML\"); outside the stationarity region the exact ℓ is −∞"));
        CheckBox intercept = new CheckBox("estimate the intercept c");
        intercept.selectedProperty().bindBidirectional(model.interceptProperty());
        intercept.setTooltip(new Tooltip("Profile out c (its best value at each φ); unticked, c = 0"));
        Spinner<Integer> xs = new Spinner<>(1, 6, model.xCoefficientProperty().get());
        Spinner<Integer> ys = new Spinner<>(1, 6, model.yCoefficientProperty().get());
        xs.setPrefWidth(70);
        xs.setTooltip(new Tooltip("The coefficient φ on the map's horizontal axis; the others stay at their MLE"));
        ys.setPrefWidth(70);
        ys.setTooltip(new Tooltip("The coefficient φ on the map's vertical axis"));
        Sync.spinner(xs, model.xCoefficientProperty());
        Sync.spinner(ys, model.yCoefficientProperty());
        HBox pair = new HBox(8, new Label("map φ"), xs, new Label("against φ"), ys);
        pair.setAlignment(Pos.CENTER_LEFT);
        LabeledSlider n = new LabeledSlider("use the first n observations (log scale)", 0, 1,
                model.fractionProperty().get(), v -> String.format(Locale.ROOT, "%.0f%%", 100 * v),
                s -> Double.parseDouble(s.replace("%", "").trim()) / 100).withId("likelihood-n");
        n.valueProperty().bindBidirectional(model.fractionProperty());
        n.setTooltip("Use only y(1)..y(n): with fewer values the likelihood is flatter and the confidence region "
                + "wider (its area shrinks like 1/N)");
        nLabel.setId("likelihood-n-label");
        Button animate = new Button("Watch it sharpen: n from small to all");
        animate.setId("animate-n");
        animate.setTooltip(new Tooltip("Grow n from a few values to the whole series and watch the peak narrow"));
        animate.setOnAction(e -> {
            model.fractionProperty().set(0);
            growN.playFromStart();
        });
        LabeledSlider eta = new LabeledSlider("learning rate η (log scale, on ℓ/N)", -3, 1, model.logEtaProperty()
                .get(), v -> Format.number(Math.pow(10, v)), s -> Math.log10(Double.parseDouble(s.trim())))
                .withId("eta");
        eta.valueProperty().bindBidirectional(model.logEtaProperty());
        eta.setTooltip("η: the step size of θ ← θ + η ∇ℓ/N; too large and the path overshoots or diverges");
        Button step = new Button("Step");
        step.setId("ascent-step");
        step.setTooltip(new Tooltip("One gradient-ascent step from the path's end (click the map to start "
                + "elsewhere)"));
        step.setOnAction(e -> step());
        ToggleButton run = new ToggleButton("Play");
        run.setId("ascent-play");
        run.setTooltip(new Tooltip("Take gradient-ascent steps continuously until the path converges"));
        run.selectedProperty().addListener((o, a, on) -> {
            run.setText(on ? "Pause" : "Play");
            if (on) {
                play.play();
            } else {
                play.stop();
            }
        });
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Remove the gradient-ascent path"));
        clear.setOnAction(e -> {
            path.clear();
            redrawPath();
        });
        HBox buttons = new HBox(8, step, run, clear);
        // AR(1): the map is over (φ₁, σ) and there is no pair of coefficients to choose or to climb
        pair.visibleProperty().bind(twoCoefficients);
        pair.managedProperty().bind(twoCoefficients);
        eta.disableProperty().bind(twoCoefficients.not());
        buttons.disableProperty().bind(twoCoefficients.not());
        twoCoefficients.addListener((o, a, two) -> {
            if (!two) {
                run.setSelected(false);
            }
        });
        hover.setId("likelihood-hover");
        hover.setWrapText(true);
        pathInfo.setId("path-info");
        pathInfo.setWrapText(true);
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(header, what, exact, intercept, pair, n, nLabel, animate, new Separator(),
                new Label("Gradient ascent θ ← θ + η ∇ℓ/N (on the conditional ℓ)"), eta, buttons, pathInfo, new Separator(), hover, message);
        return ControlPanes.scrolling(box, 330);
    }

    /** Draws the surface with the truth, the MLE and its regions, as the lab's main chart (the window and export). */
    static void draw(LikelihoodMapFigure map, SurfaceResult r) {
        boolean ar1 = r.i() < 0;
        map.setAxes(ar1 ? "φ₁" : "φ" + sub(r.i() + 1), ar1 ? "σ" : "φ" + sub(r.j() + 1), !ar1 && r.base().length == 2);
        map.showSurface(String.format(Locale.ROOT, "%s log-likelihood, first %s observations",
                r.exact() ? "Exact" : "Conditional", Format.count(r.nUsed())), r.surface().xs(), r.surface().ys(),
                r.surface().z(), r.maxLogLik());
        map.showPoints(r.truth(), r.mle(), r.cov());
    }

    private void show(SurfaceResult r) {
        boolean ar1 = r.i() < 0;
        twoCoefficients.set(!ar1);
        draw(map, r);
        nLabel.setText(String.format(Locale.ROOT, "n = %s observations; ℓ̂ = %s at (%s, %s)", Format.count(r.nUsed()),
                Format.number(r.maxLogLik()), Format.number(r.mle()[0]), Format.number(r.mle()[1])));
        if (ar1) {
            // AR(1): beside the (φ, σ) surface, the profile ℓ(φ) with σ² (and c) concentrated out
            double[] xs = r.surface().xs();
            double[] prof = new double[xs.length];
            for (int k = 0; k < xs.length; k++) {
                prof[k] = GradientAscent.logLikelihood(r.gram(), new double[] {xs[k]}, r.intercept());
            }
            path.clear();
            map.showPath(new double[0], new double[0]);
            pathFigure.chart().setTitle("Profile ℓ(φ₁), σ² concentrated out");
            pathFigure.chart().getXYPlot().getDomainAxis().setLabel("φ₁");
            pathFigure.chart().getXYPlot().getDomainAxis().setStandardTickUnits(
                    org.jfree.chart.axis.NumberAxis.createStandardTickUnits());
            pathFigure.show(xs, prof);
            pathInfo.setText("For AR(1) the map is over (φ₁, σ); the profile ℓ(φ₁) is beside it. Gradient ascent "
                    + "maps two coefficients: generate an AR(2) or higher.");
            updateFormula();
            return;
        }
        pathFigure.chart().setTitle("ℓ along the gradient-ascent path");
        pathFigure.chart().getXYPlot().getDomainAxis().setLabel("iteration");
        pathFigure.chart().getXYPlot().getDomainAxis().setStandardTickUnits(
                org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        if (!path.isEmpty()) {
            // keep the path's start, recompute it on the new surface
            GradientAscent.Point start = path.start();
            path.restart(new GradientAscent.Point(start.x(), start.y(), valueAt(r, start.x(), start.y())));
        }
        redrawPath();
    }

    private double valueAt(SurfaceResult r, double x, double y) {
        double[] f = r.base().clone();
        f[r.i()] = x;
        f[r.j()] = y;
        return GradientAscent.logLikelihood(r.gram(), f, r.intercept());
    }

    private double[] toData(MouseEvent e) {
        ChartRenderingInfo info = mapViewer.getCanvas().getRenderingInfo();
        if (info == null) {
            return null;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (!area.contains(e.getX(), e.getY())) {
            return null;
        }
        XYPlot plot = map.chart().getXYPlot();
        return new double[] {plot.getDomainAxis().java2DToValue(e.getX(), area, plot.getDomainAxisEdge()),
            plot.getRangeAxis().java2DToValue(e.getY(), area, plot.getRangeAxisEdge())};
    }

    private void moved(MouseEvent e) {
        SurfaceResult r = model.resultProperty().get();
        double[] p = toData(e);
        if (r == null || p == null) {
            return;
        }
        double l;
        if (r.i() < 0) {
            double[] f = {p[0]};
            double c = r.intercept() ? r.gram().bestIntercept(f) : 0;
            l = r.gram().logLikelihood(c, f, p[1] * p[1]);
        } else {
            l = r.exact() ? Double.NaN : valueAt(r, p[0], p[1]);
        }
        hover.setText(String.format(Locale.ROOT, "(%s, %s): ℓ = %s", Format.number(p[0]), Format.number(p[1]),
                Double.isNaN(l) ? "(hover reads the conditional ℓ)" : Format.number(l)));
    }

    private void clicked(MouseEvent e) {
        SurfaceResult r = model.resultProperty().get();
        double[] p = toData(e);
        if (r == null || p == null || r.i() < 0) {
            return;
        }
        e.consume();
        startPath(p[0], p[1]);
    }

    /** Starts a gradient-ascent path at (x, y) on the current surface. */
    void startPath(double x, double y) {
        SurfaceResult r = model.resultProperty().get();
        if (r == null || r.i() < 0) {
            return;
        }
        path.restart(new GradientAscent.Point(x, y, valueAt(r, x, y)));
        redrawPath();
    }

    /** One gradient-ascent step from the end of the path. */
    void step() {
        SurfaceResult r = model.resultProperty().get();
        if (r == null || path.isEmpty()) {
            return; // Play may be pressed before the map is clicked: the climb starts with the click
        }
        if (path.step(r, Math.pow(10, model.logEtaProperty().get()))) {
            redrawPath();
        } else {
            play.stop();
        }
    }

    private void redrawPath() {
        double[][] c = path.columns();
        map.showPath(c[0], c[1]);
        pathFigure.show(c[2], c[3]);
        updateFormula();
        path.describe();
    }

    private void updateFormula() {
        SurfaceResult r = model.resultProperty().get();
        if (r != null) {
            GradientAscent.Point end = path.end();
            showFormula(LikelihoodFormulas.of(r, Math.pow(10, model.logEtaProperty().get()),
                    end == null ? null : new double[] {end.x(), end.y(), end.logLikelihood()}));
        }
    }

    private static String sub(int k) {
        return String.valueOf((char) ('₀' + k));
    }

    /** @return the path's ℓ values, for tests */
    double[] pathLogLikelihoods() {
        return path.logLikelihoods();
    }

    /** @return the map figure, for tests */
    LikelihoodMapFigure map() {
        return map;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public String about() {
        return "The log-likelihood is a landscape over the parameters; the MLE is its summit.\n\nTry: slide n from a "
                + "few observations to all of them (or press Watch it sharpen): the hill narrows around the truth like "
                + "1/√n, and the 95% likelihood-ratio region shrinks with it. Switch to the exact likelihood: it falls "
                + "to −∞ at the edge of the stationarity triangle.\n\nClick the map to start gradient ascent: with a "
                + "small η the path climbs steadily to the summit; with a large one it overshoots, oscillates or "
                + "diverges — the same gradient (1/σ²) Σ (x_k − f)∇f that trains neural AR models.";
    }
}
