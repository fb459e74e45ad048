package org.arlab.app.lab.memory;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.MemoryCurvesFigure;
import org.arlab.chart.MemoryCurvesFigure.Curve;
import org.arlab.core.neural.MemoryExperiment;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.MemorySettings;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/** The Memory lab: long-range dependence, connectivity, and vanishing and exploding gradients (MATH.md 2D). */
public final class MemoryLab implements LabModule<MemorySettings, MemoryModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final MemoryLab MODULE = new MemoryLab();

    private MemoryLab() {
    }

    @Override
    public String key() {
        return "memory";
    }

    @Override
    public String title() {
        return "Memory";
    }

    @Override
    public String summary() {
        return "Long-range dependence, RNN memory, vanishing gradients";
    }

    @Override
    public LabSlot<MemorySettings> slot() {
        return MemorySettings.SLOT;
    }

    /** ‖∂h_T/∂h_0‖₂ against T for W = s·Q beside s^T, for the session's s, H and seed (no training). */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        MemorySettings s = session.settings(slot());
        MemoryExperiment e = MemoryExperiment.of(RecurrentModel.Cell.RNN, s.hidden(), s.scale(),
                MemoryController.STEPS, RandomStreams.of(s.seed()));
        MemoryCurvesFigure f = new MemoryCurvesFigure("Gradients through time: s = " + s.scale()
                + ", ‖∂h_T/∂h₀‖₂ = sᵀ", "steps T", "‖∂h_T/∂h₀‖₂", new Curve[] {new Curve("W = s·Q", 3, false),
                        new Curve("sᵀ", -1, true)}, true, 1e-30, style);
        f.show(0, 1, e.jacobianNorms());
        f.show(1, 1, e.theory());
        f.fitLogRange(0, 1);
        return f.chart();
    }

    @Override
    public MemoryModel newModel() {
        return new MemoryModel();
    }

    @Override
    public MemorySettings settings(MemoryModel model) {
        return model.settings();
    }

    @Override
    public void apply(MemoryModel model, MemorySettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(MemoryModel model, LabContext context) {
        MemoryController controller = new MemoryController(model, context.runner(title()),
                context.runner(title() + " gradients"), context.series(), context.models());
        return new MemoryView(model, controller, context.style());
    }
}
