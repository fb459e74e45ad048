package org.arlab.app.lab.sampling;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.SamplingHistogramFigure;
import org.arlab.core.replicate.Workers;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.ReplicateSettings;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/** The Sampling lab: the sampling distribution of φ̂ over R replications against its asymptotic law. */
public final class SamplingLab implements LabModule<ReplicateSettings, SamplingModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final SamplingLab MODULE = new SamplingLab();

    private SamplingLab() {
    }

    @Override
    public String key() {
        return "sampling";
    }

    @Override
    public String title() {
        return "Sampling";
    }

    @Override
    public String summary() {
        return "The sampling distribution of the fitted φ over many replications";
    }

    @Override
    public LabSlot<ReplicateSettings> slot() {
        return ReplicateSettings.SLOT;
    }

    /** The histogram of φ̂₁ per method with its asymptotic normal, for the session's experiment (its main cell). */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        SamplingHistogramFigure f = new SamplingHistogramFigure(style);
        f.show(SamplingController.compute(session.settings(slot())), 1);
        return f.chart();
    }

    @Override
    public SamplingModel newModel() {
        return new SamplingModel();
    }

    @Override
    public ReplicateSettings settings(SamplingModel model) {
        return model.settings();
    }

    @Override
    public void apply(SamplingModel model, ReplicateSettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(SamplingModel model, LabContext context) {
        SamplingController controller = new SamplingController(model, context.runner(title()),
                Workers.perProcessor());
        return new SamplingView(model, controller, context.style());
    }
}
