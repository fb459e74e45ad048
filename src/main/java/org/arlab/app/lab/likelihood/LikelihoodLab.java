package org.arlab.app.lab.likelihood;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.LikelihoodMapFigure;
import org.arlab.core.likelihood.PrefixGram;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.LikelihoodSettings;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/** The Likelihood lab: log-likelihood surfaces of the current series and gradient ascent on them. */
public final class LikelihoodLab implements LabModule<LikelihoodSettings, LikelihoodModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final LikelihoodLab MODULE = new LikelihoodLab();

    private LikelihoodLab() {
    }

    @Override
    public String key() {
        return "likelihood";
    }

    @Override
    public String title() {
        return "Likelihood";
    }

    @Override
    public String summary() {
        return "Log-likelihood surfaces and gradient ascent";
    }

    @Override
    public LabSlot<LikelihoodSettings> slot() {
        return LikelihoodSettings.SLOT;
    }

    /**
     * The map the lab shows for the session's choices (exact or conditional, the pair of coefficients, the
     * observations used), with the truth, the MLE and its regions.
     *
     * @throws IllegalArgumentException when the series has no map (white noise, or too short)
     */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        LikelihoodController.Request r = LikelihoodController.Request.of(series, session.settings(slot()));
        LikelihoodMapFigure figure = new LikelihoodMapFigure(style);
        LikelihoodView.draw(figure, r.compute(PrefixGram.of(r.y(), r.p())));
        return figure.chart();
    }

    @Override
    public LikelihoodModel newModel() {
        return new LikelihoodModel();
    }

    @Override
    public LikelihoodSettings settings(LikelihoodModel model) {
        return model.settings();
    }

    @Override
    public void apply(LikelihoodModel model, LikelihoodSettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(LikelihoodModel model, LabContext context) {
        LikelihoodView view = new LikelihoodView(model, context.style());
        new LikelihoodController(model, context.series(), context.runner(title()));
        return view;
    }
}
