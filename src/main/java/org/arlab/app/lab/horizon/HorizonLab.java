package org.arlab.app.lab.horizon;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.FanChartFigure;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.HorizonSettings;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/** The Horizon lab: a fitted model generating alone, its errors accumulating with the horizon. */
public final class HorizonLab implements LabModule<HorizonSettings, HorizonModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final HorizonLab MODULE = new HorizonLab();

    private HorizonLab() {
    }

    @Override
    public String key() {
        return "horizon";
    }

    @Override
    public String title() {
        return "Horizon";
    }

    @Override
    public String summary() {
        return "Errors accumulating when a model generates alone";
    }

    @Override
    public LabSlot<HorizonSettings> slot() {
        return HorizonSettings.SLOT;
    }

    /** The fan of free-running rollouts for the session's true model, n_train, H, M and seed. */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        FanChartFigure fan = new FanChartFigure(style);
        fan.show(HorizonController.compute(session.settings(slot())), FanChartFigure.HISTORY);
        return fan.chart();
    }

    @Override
    public HorizonModel newModel() {
        return new HorizonModel();
    }

    @Override
    public HorizonSettings settings(HorizonModel model) {
        return model.settings();
    }

    @Override
    public void apply(HorizonModel model, HorizonSettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(HorizonModel model, LabContext context) {
        HorizonView view = new HorizonView(model, context.style(), () -> {
            CurrentSeries s = context.series().currentSeriesProperty().get();
            return s == null ? null : s.model();
        });
        new HorizonController(model, context.runner(title()));
        return view;
    }
}
