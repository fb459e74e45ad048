package org.arlab.app.lab.fit;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.ForecastFigure;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.FitSettings;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/** The Fit lab: four estimators, order selection, diagnostics and forecasts of the current series. */
public final class FitLab implements LabModule<FitSettings, FitModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final FitLab MODULE = new FitLab();

    private FitLab() {
    }

    @Override
    public String key() {
        return "fit";
    }

    @Override
    public String title() {
        return "Fit";
    }

    @Override
    public String summary() {
        return "Estimate φ and σ²; choose the order";
    }

    @Override
    public LabSlot<FitSettings> slot() {
        return FitSettings.SLOT;
    }

    /** The series, its one-step predictions and the h-step forecast, by the session's method and order. */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        ForecastFigure figure = new ForecastFigure(style);
        FitView.draw(figure, FitController.compute(series, session.settings(slot())));
        return figure.chart();
    }

    @Override
    public FitModel newModel() {
        return new FitModel();
    }

    @Override
    public FitSettings settings(FitModel model) {
        return model.settings();
    }

    @Override
    public void apply(FitModel model, FitSettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(FitModel model, LabContext context) {
        FitView view = new FitView(model, context.style());
        new FitController(model, context.series(), context.runner(title()));
        return view;
    }
}
