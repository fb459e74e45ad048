package org.arlab.app.lab.neural;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.NeuralSettings;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/** The Neural AR lab: a network trained live by maximum likelihood beside the linear AR; exposure bias. */
public final class NeuralLab implements LabModule<NeuralSettings, NeuralModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final NeuralLab MODULE = new NeuralLab();

    private NeuralLab() {
    }

    @Override
    public String key() {
        return "neural";
    }

    @Override
    public String title() {
        return "Neural AR";
    }

    @Override
    public String summary() {
        return "Train f_θ live by maximum likelihood; exposure bias";
    }

    @Override
    public LabSlot<NeuralSettings> slot() {
        return NeuralSettings.SLOT;
    }

    /** The NLL against epoch after training to the session's epoch (its budget if it saved none, at most 200). */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        NeuralSettings s = session.settings(slot());
        NeuralRun run = new NeuralRun(s, series == null ? null : series.values(), series == null ? "series"
                : series.title());
        run.trainTo(s.epochs() > 0 ? s.epochs() : Math.min(200, s.maxEpochs()), () -> false);
        NeuralCharts charts = new NeuralCharts(style);
        charts.show(run.snapshot(true));
        return charts.nll.chart();
    }

    @Override
    public NeuralModel newModel() {
        return new NeuralModel();
    }

    @Override
    public NeuralSettings settings(NeuralModel model) {
        return model.settings();
    }

    @Override
    public void apply(NeuralModel model, NeuralSettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(NeuralModel model, LabContext context) {
        NeuralController controller = new NeuralController(model, context.runner(title()), context.series(),
                context.models());
        return new NeuralView(model, controller, context.style());
    }
}
