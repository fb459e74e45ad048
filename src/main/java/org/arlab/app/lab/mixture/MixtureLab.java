package org.arlab.app.lab.mixture;

import org.jfree.chart.JFreeChart;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.DensityMapFigure;
import org.arlab.core.mixture.MixtureExperiment;
import org.arlab.core.mixture.MixtureFrame;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.MixtureSettings;
import org.arlab.core.session.Session;

/** The Mixture lab: a mixture of Gaussians per step (MATH.md, problem 3). */
public final class MixtureLab implements LabModule<MixtureSettings, MixtureModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final MixtureLab MODULE = new MixtureLab();
    /** Epochs trained for the exported main figure. */
    static final int EXPORT_EPOCHS = 500;

    private MixtureLab() {
    }

    @Override
    public String key() {
        return "mixture";
    }

    @Override
    public String title() {
        return "Mixture";
    }

    @Override
    public String summary() {
        return "A mixture of Gaussians per step: conditional densities you can see";
    }

    @Override
    public LabSlot<MixtureSettings> slot() {
        return MixtureSettings.SLOT;
    }

    /** The heat map of the session's settings after {@value #EXPORT_EPOCHS} epochs. */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        MixtureSettings s = session.settings(slot());
        MixtureExperiment e = new MixtureExperiment(s, series == null ? null : series.values());
        e.advance(EXPORT_EPOCHS, () -> false);
        MixtureFrame f = e.frame();
        DensityMapFigure map = new DensityMapFigure(style);
        boolean pairs = s.part() == MixtureSettings.Part.SINUSOID;
        map.show(MixturePresenter.mapTitle(f), pairs ? "x (input)" : "t", pairs ? "t (target)" : "xₜ", f.gridX(),
                f.gridY(), f.density(), f.means(), f.weights(), f.pointsX(), f.pointsY(), !pairs, f.probeX());
        return map.chart();
    }

    @Override
    public MixtureModel newModel() {
        return new MixtureModel();
    }

    @Override
    public MixtureSettings settings(MixtureModel model) {
        return model.settings();
    }

    @Override
    public void apply(MixtureModel model, MixtureSettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(MixtureModel model, LabContext context) {
        MixtureController controller = new MixtureController(model, context.runner(title()), context.series(),
                context.models());
        return new MixtureView(model, controller, context.style());
    }
}
