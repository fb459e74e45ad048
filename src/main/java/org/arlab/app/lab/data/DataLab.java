package org.arlab.app.lab.data;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.SeriesFigure;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.DataScenario;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/**
 * The Data lab: generate an AR(p) series or load one. Its model is the current series every other lab reads (its
 * {@link org.arlab.app.lab.SeriesPort}); its part of a session is the session's generator and loaded series.
 */
public final class DataLab implements LabModule<DataScenario, DataModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final DataLab MODULE = new DataLab();

    private DataLab() {
    }

    @Override
    public String key() {
        return "data";
    }

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public String summary() {
        return "Generate an AR(p) series";
    }

    /** @return null: the Data lab's state is the session's own generator and loaded series */
    @Override
    public LabSlot<DataScenario> slot() {
        return null;
    }

    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        SeriesFigure figure = new SeriesFigure(style);
        DataView.draw(figure, series);
        return figure.chart();
    }

    @Override
    public DataModel newModel() {
        return new DataModel();
    }

    @Override
    public DataScenario settings(DataModel model) {
        return model.scenario();
    }

    @Override
    public void apply(DataModel model, DataScenario settings) {
        model.apply(settings);
    }

    @Override
    public Session save(DataModel model, Session session) {
        return session.withData(model.scenario()).withLoaded(model.loadedProperty().get(),
                model.loadedOrderProperty().get(), model.loadedNote());
    }

    @Override
    public void restore(DataModel model, Session s) {
        model.apply(s.data());
        if (s.loaded() != null) {
            model.load(s.loaded(), s.loadedOrder(), s.loadedNote());
        } else {
            model.generate();
        }
    }

    @Override
    public Lab newLab(DataModel model, LabContext context) {
        DataView view = new DataView(model, context.style());
        new DataController(model, context.runner(title()));
        return view;
    }
}
