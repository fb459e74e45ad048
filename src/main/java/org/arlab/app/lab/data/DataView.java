package org.arlab.app.lab.data;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.arlab.core.series.CurrentSeries;
import org.arlab.app.lab.LabView;
import org.arlab.core.formula.DataFormulas;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.CorrelogramFigure;
import org.arlab.chart.RootsFigure;
import org.arlab.chart.SeriesFigure;
import org.arlab.core.ar.StationarityReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.arlab.app.controls.ChartViewers;

/**
 * The Data lab's screen: generator controls on the left; on the right the series and, in a second tab, sampling
 * step by step. Binds to a {@link DataModel}; all computing is the controller's.
 */
public final class DataView extends LabView {
    private final DataModel model;
    private final SeriesFigure figure;
    private final RootsFigure roots;
    private final CorrelogramFigure acfFigure;
    private final CorrelogramFigure pacfFigure;
    private final StepSamplingPane stepping;
    private final GeneratorControls controls;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final javafx.scene.layout.HBox bottomRow = new javafx.scene.layout.HBox(8);

    /**
     * @param model the lab's model
     * @param style the initial chart style
     */
    public DataView(DataModel model, ChartStyle style) {
        this.model = model;
        this.figure = new SeriesFigure(style);
        this.roots = new RootsFigure(style);
        this.acfFigure = new CorrelogramFigure("Autocorrelation (ACF)", "r(k)", "sample ACF", style);
        this.pacfFigure = new CorrelogramFigure("Partial autocorrelation (PACF)", "φₖₖ", "sample PACF", style);
        this.controls = new GeneratorControls(model);
        this.stepping = new StepSamplingPane(model, style);
        figures(figure, acfFigure, pacfFigure, roots, stepping.figure());
        ChartViewer viewer = ChartViewers.alongTime(ChartViewers.create(figure.chart(), "series-chart"), false);
        viewer.setMinSize(300, 200);
        ChartViewer rootsViewer = ChartViewers.create(roots.chart(), "roots-chart");
        rootsViewer.setMinSize(200, 200);
        new RootDragger(model, rootsViewer, roots);
        Label dragHint = new Label("Drag a root: φ follows.");
        dragHint.getStyleClass().addAll("text-small", "text-muted");
        VBox rootsBox = new VBox(2, rootsViewer, dragHint);
        rootsBox.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        VBox.setVgrow(rootsViewer, javafx.scene.layout.Priority.ALWAYS);
        // keep the complex plane square: as wide as it is high
        rootsViewer.prefWidthProperty().bind(rootsViewer.heightProperty());
        ChartViewer acfViewer = ChartViewers.create(acfFigure.chart(), "acf-chart");
        ChartViewer pacfViewer = ChartViewers.create(pacfFigure.chart(), "pacf-chart");
        for (ChartViewer v : new ChartViewer[] {acfViewer, pacfViewer}) {
            v.setMinSize(200, 150);
            javafx.scene.layout.HBox.setHgrow(v, javafx.scene.layout.Priority.ALWAYS);
        }
        bottomRow.getChildren().addAll(acfViewer, pacfViewer, rootsBox);
        bottomRow.setPrefHeight(300);
        javafx.scene.control.CheckBox symlog = new javafx.scene.control.CheckBox("symmetric log scale");
        symlog.setId("series-symlog");
        symlog.getStyleClass().add("text-small");
        symlog.setTooltip(new javafx.scene.control.Tooltip("Draw the values on a symmetric log scale: linear near 0, "
                + "a decade per step beyond, for both signs — an explosive series reads from its first values to "
                + "10⁴² on one axis"));
        symlog.selectedProperty().addListener((obs, o, on) -> figure.setSymlog(on));
        VBox seriesBox = new VBox(2, viewer, symlog);
        VBox.setVgrow(viewer, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.SplitPane seriesPane = new javafx.scene.control.SplitPane(seriesBox, bottomRow);
        seriesPane.setOrientation(javafx.geometry.Orientation.VERTICAL);
        seriesPane.setDividerPositions(0.6);
        Tab seriesTab = new Tab("Series", seriesPane);
        seriesTab.setId("series-tab");
        Tab stepTab = new Tab("Step by step", stepping);
        stepTab.setId("step-tab");
        tabs.getTabs().addAll(seriesTab, stepTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, t) -> {
            if (t != stepTab) {
                stepping.pause();
            }
        });
        root.setCenter(tabs);
        root.setLeft(controls);
        BorderPane.setMargin(tabs, new Insets(4, 8, 8, 4));
        model.resultProperty().addListener((obs, o, r) -> show(r));
        model.messageProperty().addListener((obs, o, m) -> controls.warning.setText(m));
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    /** Draws the series as the lab's main chart shows it (the window and export). */
    static void draw(SeriesFigure figure, CurrentSeries r) {
        figure.show(r.title(), r.values(), r.firstT(), r.stationarity().stationary() ? r.model().mean() : Double.NaN);
    }

    private void show(CurrentSeries r) {
        showFormula(DataFormulas.of(r.model(), r.roots()));
        draw(figure, r);
        if (r.acf() != null) {
            acfFigure.show(r.acf().acf(), r.acf().band(), r.theoreticalAcf(), DataPresenter.acfLegend(r));
            pacfFigure.show(r.acf().pacf(), r.acf().band(), null, "");
        }
        roots.show(r.roots().re(), r.roots().im());
        StationarityReport report = r.stationarity();
        controls.stationarity.getStyleClass().removeAll("success-text", "danger-text");
        controls.stationarity.setText(report.reason());
        controls.stationarity.getStyleClass().add(report.stationary() ? "success-text" : "danger-text");
        controls.info.setText(DataPresenter.info(r));
        controls.showSource(r);
    }

    @Override
    public String about() {
        return "An AR(p) series is white noise fed back through p coefficients.\n\n"
                + "Try: move φ₁ towards 1 and watch the series wander further from its mean before it returns; "
                + "push it past 1 and it explodes. Pick the AR(2) pseudo-cycles preset and count the period of the "
                + "waves; drag a root of the polynomial in the complex plane and watch φ follow.\n\n"
                + "Notice: the model is stationary exactly when every root lies outside the unit circle. For AR(2) "
                + "that is the triangle φ₂ > −1, φ₂ < 1 − φ₁, φ₂ < 1 + φ₁; complex roots give pseudo-cycles.\n\n"
                + "Step by step: each value is drawn from N(f(x<k), σ²), whose mean needs all earlier values, "
                + "so generation is a loop, one value at a time.";
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public List<JFreeChart> charts() {
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            return List.of(stepping.figure().chart(), figure.chart(), acfFigure.chart(), pacfFigure.chart(),
                    roots.chart());
        }
        return List.of(figure.chart(), acfFigure.chart(), pacfFigure.chart(), roots.chart(), stepping.figure().chart());
    }

    /** @return the ACF figure, for tests */
    public CorrelogramFigure acfFigure() {
        return acfFigure;
    }

    /** @return the series figure, for tests */
    public SeriesFigure figure() {
        return figure;
    }
}
