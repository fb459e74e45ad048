package org.arlab.app.lab.likelihood;

import java.awt.geom.Rectangle2D;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
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
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.arlab.app.controls.ChartViewers;
import org.arlab.app.controls.Sync;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.lab.LabView;
import org.arlab.core.formula.Formula;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.Format;
import org.arlab.chart.LikelihoodMapFigure;
import org.arlab.chart.LineFigure;
import org.arlab.core.likelihood.SurfaceResult;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The Likelihood lab's screen: the surface over two coefficients with the stationarity triangle, the MLE, the truth
 * and the 95% regions; a click starts a gradient-ascent path whose ℓ per iteration is drawn beside it (for AR(1), the
 * profile ℓ(φ₁)). It binds to {@link LikelihoodModel}, which holds the path, Play and the sentences; the view turns
 * pointer positions into map coordinates and draws.
 */
public final class LikelihoodView extends LabView {

    private final LikelihoodModel model;
    private final LikelihoodMapFigure map;
    private final LineFigure pathFigure;
    private final ChartViewer mapViewer;
    private final BorderPane root = new BorderPane();
    private final Label hover = new Label();
    private final Label pathInfo = new Label();
    private final Label message = new Label();
    private final Label nLabel = new Label();

    /**
     * @param model the lab's model
     * @param style the chart style
     */
    public LikelihoodView(LikelihoodModel model, ChartStyle style) {
        this.model = model;
        map = new LikelihoodMapFigure(style);
        pathFigure = new LineFigure("ℓ along the gradient-ascent path", "iteration", "ℓ", style);
        figures(map, pathFigure);
        mapViewer = ChartViewers.create(map.chart(), "likelihood-map", map::resetView);
        ChartViewer pathViewer = ChartViewers.create(pathFigure.chart(), "path-chart");
        mapViewer.setMinWidth(260);
        pathViewer.setMinWidth(220);
        SplitPane charts = new SplitPane(mapViewer, pathViewer);
        charts.setOrientation(Orientation.HORIZONTAL);
        charts.setDividerPositions(0.7);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        mapViewer.getCanvas().addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        mapViewer.getCanvas().addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        model.resultProperty().addListener((obs, o, r) -> show(r));
        model.pathProperty().addListener((obs, o, p) -> drawPath());
        message.textProperty().bind(model.messageProperty());
        nLabel.textProperty().bind(model.summaryProperty());
        pathInfo.textProperty().bind(model.pathInfoProperty());
        hover.textProperty().bind(model.hoverProperty());
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    private Node controls() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setPrefWidth(320);
        Label header = ControlPanes.header("The likelihood as a landscape");
        Label what = ControlPanes.note("");
        what.setId("likelihood-what");
        what.textProperty().bind(model.descriptionProperty());
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
                model.fractionProperty().get(), v -> model.observationsUsed(v) == 0
                        ? String.format(Locale.ROOT, "%.0f%%", 100 * v) : Format.count(model.observationsUsed(v)),
                s -> model.fractionFor(Double.parseDouble(s.replace("\u2009", "").replace(" ", "")
                        .replace("_", "").trim()))).withId("likelihood-n");
        model.seriesShapeProperty().addListener((o, a, b) -> n.refreshText());
        n.valueProperty().bindBidirectional(model.fractionProperty());
        n.setTooltip("Use only y(1)..y(n): with fewer values the likelihood is flatter and the confidence region "
                + "wider (its area shrinks like 1/N)");
        nLabel.setId("likelihood-n-label");
        nLabel.setWrapText(true);
        Button animate = new Button("Watch it sharpen: n from small to all");
        animate.setId("animate-n");
        animate.setTooltip(new Tooltip("Grow n from a few values to the whole series and watch the peak narrow"));
        animate.setOnAction(e -> model.sharpen());
        LabeledSlider eta = new LabeledSlider("learning rate η (log scale, in units of 1/λ)", -3, 1, model.logEtaProperty()
                .get(), v -> Format.number(Math.pow(10, v)), s -> Math.log10(Double.parseDouble(s.trim())))
                .withId("eta");
        eta.valueProperty().bindBidirectional(model.logEtaProperty());
        eta.setTooltip("η: the step size of θ ← θ + (η/λ) ∇ℓ/N, λ the curvature of ℓ/N at the top, so that one η suits "
                + "every series: below 1 the path climbs without overshooting, between 1 and 2 it overshoots and still "
                + "converges, above 2 it diverges");
        Button step = new Button("Step");
        step.setId("ascent-step");
        step.setTooltip(new Tooltip("One gradient-ascent step from the path's end (a click on the map starts a climb "
                + "there)"));
        step.setOnAction(e -> model.step());
        ToggleButton run = new ToggleButton("Play");
        run.setId("ascent-play");
        run.setTooltip(new Tooltip("Take gradient-ascent steps continuously until the path converges"));
        run.textProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Play"));
        run.selectedProperty().addListener((o, a, on) -> {
            if (on != model.playingProperty().get()) {
                if (on) {
                    model.play();
                } else {
                    model.pause();
                }
                run.setSelected(model.playingProperty().get());
            }
        });
        model.playingProperty().addListener((o, a, on) -> run.setSelected(on));
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Remove the gradient-ascent path"));
        clear.setOnAction(e -> model.clearPath());
        HBox buttons = new HBox(8, step, run, clear);
        CheckBox zoom = new CheckBox("zoom the map to the MLE (±5 standard errors)");
        zoom.setId("likelihood-zoom-mle");
        zoom.setWrapText(true);
        zoom.selectedProperty().bindBidirectional(model.zoomedToMleProperty());
        zoom.setTooltip(new Tooltip("Recompute the map over a few standard errors around φ̂ (with many observations "
                + "the whole map is dark but for a speck at the top); untick for the fixed map"));
        // AR(1): the map is over (φ₁, σ) and there is no pair of coefficients to choose or to climb
        pair.visibleProperty().bind(model.twoCoefficientsProperty());
        pair.managedProperty().bind(model.twoCoefficientsProperty());
        eta.disableProperty().bind(model.twoCoefficientsProperty().not());
        buttons.disableProperty().bind(model.twoCoefficientsProperty().not());
        hover.setId("likelihood-hover");
        hover.setWrapText(true);
        pathInfo.setId("path-info");
        pathInfo.setWrapText(true);
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(header, what, exact, intercept, pair, n, nLabel, animate, new Separator(),
                ControlPanes.note("Gradient ascent θ ← θ + (η/λ) ∇ℓ/N on the conditional ℓ: click the map to climb "
                + "from there."), eta, buttons, pathInfo, new Separator(), zoom, hover, message);
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
        draw(map, r);
        XYPlot side = pathFigure.chart().getXYPlot();
        if (ar1) {
            // AR(1): beside the (φ, σ) surface, the profile ℓ(φ) with σ² (and c) concentrated out
            map.showPath(new double[0], new double[0]);
            pathFigure.chart().setTitle((r.exact() ? "Exact profile" : "Profile") + " ℓ(φ₁), σ² concentrated out");
            side.getDomainAxis().setLabel("φ₁");
            ((org.jfree.chart.axis.NumberAxis) side.getDomainAxis()).setStandardTickUnits(org.arlab.chart.ReadableTicks.decimal());
            pathFigure.show(r.surface().xs(), model.profileProperty().get());
            return;
        }
        pathFigure.chart().setTitle("ℓ along the gradient-ascent path");
        side.getDomainAxis().setLabel("iteration");
        ((org.jfree.chart.axis.NumberAxis) side.getDomainAxis()).setStandardTickUnits(org.arlab.chart.ReadableTicks.integer());
        drawPath();
    }

    private void drawPath() {
        SurfaceResult r = model.resultProperty().get();
        if (r == null || r.i() < 0) {
            return; // the AR(1) side chart shows the profile
        }
        double[][] c = model.pathProperty().get();
        map.showPath(c[0], c[1]);
        pathFigure.show(c[2], c[3]);
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
        double[] p = toData(e);
        if (p != null) {
            model.hover(p[0], p[1]);
        }
    }

    private void clicked(MouseEvent e) {
        SurfaceResult r = model.resultProperty().get();
        double[] p = toData(e);
        if (r == null || p == null || r.i() < 0) {
            return;
        }
        e.consume();
        model.climbFrom(p[0], p[1]);
    }

    private static String sub(int k) {
        return String.valueOf((char) ('₀' + k));
    }

    /** @return the model the view binds to, for tests */
    LikelihoodModel model() {
        return model;
    }

    /** @return the ℓ-along-the-path (or AR(1) profile) figure, for tests */
    LineFigure pathFigure() {
        return pathFigure;
    }

    /** @return the map figure, for tests */
    LikelihoodMapFigure map() {
        return map;
    }

    @Override
    public ObservableValue<Formula> formula() {
        return model.formulaProperty();
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
