package org.arlab.app.lab.fit;


import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.arlab.app.controls.ChartViewers;
import org.arlab.app.controls.Sync;
import org.arlab.app.controls.ControlPanes;
import org.arlab.app.controls.LabeledSlider;
import org.arlab.app.lab.LabView;
import org.arlab.app.lab.fit.FitPresenter.Row;
import org.arlab.core.formula.FitFormulas;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.CorrelogramFigure;
import org.arlab.chart.CriterionFigure;
import org.arlab.chart.ForecastFigure;
import org.arlab.chart.QqFigure;
import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.OrderChoice;
import org.arlab.core.ar.OrderSelection;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Fit lab's screen: method, order and intercept on the left with the table of estimates; the data with one-step
 * predictions and forecast, the criteria by order, the residuals' ACF and QQ plot on the right.
 */
public final class FitView extends LabView {
    private final FitModel model;
    private final ForecastFigure forecast;
    private final CriterionFigure criterion;
    private final CorrelogramFigure residualAcf;
    private final QqFigure qq;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final Label diagnostics = new Label();
    private final Label criteriaNote = new Label();
    private final Label message = new Label();

    /**
     * @param model the lab's model
     * @param style the chart style
     */
    public FitView(FitModel model, ChartStyle style) {
        this.model = model;
        forecast = new ForecastFigure(style);
        criterion = new CriterionFigure(style);
        residualAcf = new CorrelogramFigure("Residual ACF", "r(k)", "residual ACF", style);
        qq = new QqFigure(style);
        figures(forecast, criterion, residualAcf, qq);
        ChartViewer fv = ChartViewers.alongTime(ChartViewers.create(forecast.chart(), "fit-forecast-chart"), true);
        HBox bottom = new HBox(6, grow(ChartViewers.create(criterion.chart(), "criterion-chart")),
                grow(ChartViewers.create(residualAcf.chart(), "residual-acf-chart")),
                grow(ChartViewers.create(qq.chart(), "qq-chart")));
        SplitPane charts = new SplitPane(fv, bottom);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.5);
        root.setCenter(charts);
        BorderPane.setMargin(charts, new Insets(4, 8, 8, 4));
        root.setLeft(controls());
        model.resultProperty().addListener((obs, o, r) -> show(r));
        model.messageProperty().addListener((obs, o, m) -> message.setText(m));
        if (model.resultProperty().get() != null) {
            show(model.resultProperty().get());
        }
    }

    private static ChartViewer grow(ChartViewer v) {
        v.setMinSize(180, 160);
        HBox.setHgrow(v, Priority.ALWAYS);
        return v;
    }

    private Node controls() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        box.setPrefWidth(360);
        Label header = ControlPanes.header("Fit the Data lab's series");
        ChoiceBox<ArFit.Method> method = new ChoiceBox<>(FXCollections.observableArrayList(ArFit.Method.values()));
        method.setId("fit-method");
        method.setConverter(ControlPanes.named(ArFit.Method.values(), ArFit.Method::label));
        method.valueProperty().bindBidirectional(model.methodProperty());
        method.setTooltip(new Tooltip("How φ and σ² are estimated: least squares maximises the conditional "
                + "likelihood; exact MLE adds the density of the first p values; Yule–Walker solves Γ̂φ = γ̂; Burg fits "
                + "reflection coefficients"));
        ChoiceBox<OrderChoice> mode = new ChoiceBox<>(FXCollections.observableArrayList(OrderChoice.values()));
        mode.setId("order-mode");
        mode.valueProperty().bindBidirectional(model.orderModeProperty());
        mode.setTooltip(new Tooltip("Fix the order p, or let AIC = −2ℓ + 2k or BIC = −2ℓ + k·log N choose it"));
        Spinner<Integer> order = new Spinner<>(0, 20, model.orderProperty().get());
        order.setId("fit-order");
        order.setPrefWidth(90);
        order.setTooltip(new Tooltip("p: the number of lags y(t−1)..y(t−p) in the fitted model"));
        Sync.spinner(order, model.orderProperty());
        order.disableProperty().bind(model.orderModeProperty().isNotEqualTo(OrderChoice.FIXED));
        Spinner<Integer> maxOrder = new Spinner<>(1, 30, model.maxOrderProperty().get());
        maxOrder.setId("fit-max-order");
        maxOrder.setPrefWidth(90);
        maxOrder.setTooltip(new Tooltip("The largest p that AIC and BIC compare, all on the same effective sample"));
        Sync.spinner(maxOrder, model.maxOrderProperty());
        CheckBox intercept = new CheckBox("estimate the intercept c");
        intercept.setId("fit-intercept");
        intercept.selectedProperty().bindBidirectional(model.interceptProperty());
        intercept.setTooltip(new Tooltip("Estimate c in y(t) = c + Σ φᵢ y(t−i) + ε(t); unticked, c = 0 (the "
                + "homework's zero-mean model)"));
        LabeledSlider horizon = new LabeledSlider("forecast horizon h", 1, 200, model.horizonProperty().get(),
                v -> Long.toString(Math.round(v)), s -> Double.parseDouble(s.trim())).withId("fit-horizon");
        horizon.slider().valueProperty().addListener((obs, o, v) -> model.horizonProperty().set((int) Math.round(
                v.doubleValue())));
        model.horizonProperty().addListener((obs, o, v) -> horizon.slider().setValue(v.intValue()));
        horizon.setTooltip("h: how many steps past the end of the series the fitted model forecasts, with 95% bands "
                + "from σ̂² Σ ψⱼ²");
        table.setId("fit-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(330);
        table.getColumns().add(column("", Row::name, 100));
        table.getColumns().add(column("estimate", Row::estimate, 90));
        table.getColumns().add(column("± s.e.", Row::se, 75));
        table.getColumns().add(column("true", Row::truth, 60));
        criteriaNote.setId("fit-criteria-note");
        criteriaNote.setWrapText(true);
        criteriaNote.getStyleClass().addAll("text-small", "text-muted");
        diagnostics.setId("fit-diagnostics");
        diagnostics.setWrapText(true);
        message.setId("fit-message");
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        box.getChildren().addAll(header, row("Method", method), row("Order", mode), row("p", order),
                row("largest p compared", maxOrder), intercept, horizon, new Separator(), table, criteriaNote, diagnostics, message);
        return ControlPanes.scrolling(box, 370);
    }

    private static HBox row(String label, Node control) {
        Label l = new Label(label);
        l.setMinWidth(Label.USE_PREF_SIZE);
        HBox h = new HBox(10, l, control);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> f,
            double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }

    private void show(FitResult r) {
        ArFit fit = r.fit();
        showFormula(FitFormulas.of(fit));
        table.getItems().setAll(FitPresenter.rows(r));
        draw(forecast, r);
        OrderSelection sel = r.selection();
        int[] orders = new int[sel.fits().size()];
        double[] aic = new double[orders.length];
        double[] bic = new double[orders.length];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = i;
            aic[i] = sel.fits().get(i).aic();
            bic[i] = sel.fits().get(i).bic();
        }
        criterion.show(orders, aic, bic, sel.order(), sel.criterion().name(), FitPresenter.criteriaSample(r));
        if (r.residualAcf() != null) {
            residualAcf.show(r.residualAcf().acf(), r.residualAcf().band(), null, "");
        }
        if (r.qq() != null) {
            qq.show(r.qq().theoretical(), r.qq().sample());
        }
        diagnostics.setText(FitPresenter.diagnostics(r));
        criteriaNote.setText(FitPresenter.criteriaNote(r));
    }

    /** @return the results table, for tests */
    public TableView<Row> table() {
        return table;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public String about() {
        return "Maximum likelihood for AR(p) conditional on the first p values is least squares: the normal equations "
                + "Σ y_{t−j}(y_t − c − Σ φ_i y_{t−i}) = 0. The exact MLE adds the density of the first p values; "
                + "Yule–Walker and Burg estimate from autocorrelations.\n\nTry: generate a series in the Data lab and "
                + "compare the estimates with the true values as n grows — the standard errors shrink like 1/√n. Switch "
                + "methods: on long series they agree; on short ones they differ.\n\nNotice: AIC and BIC pick an "
                + "order; BIC penalises more and picks smaller models. Residuals of a good fit look like white noise: "
                + "their ACF stays inside the band, the QQ plot on the line, the Ljung–Box p-value large.";
    }

    /** Draws the series, its one-step predictions and the forecast as the lab's main chart (the window and export). */
    static void draw(org.arlab.chart.ForecastFigure figure, FitResult r) {
        figure.show(r.seriesName(), r.values(), r.predictions(), r.fit().order(), r.fit().method().label(),
                r.forecast());
    }

}
