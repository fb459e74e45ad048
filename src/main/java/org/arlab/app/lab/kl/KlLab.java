package org.arlab.app.lab.kl;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.KlCurveFigure;
import org.arlab.core.kl.KlExact;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.KlSettings;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/** The KL lab: KL between two AR models, exactly and by two Monte Carlo estimators. */
public final class KlLab implements LabModule<KlSettings, KlModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final KlLab MODULE = new KlLab();

    private KlLab() {
    }

    @Override
    public String key() {
        return "kl";
    }

    @Override
    public String title() {
        return "KL";
    }

    @Override
    public String summary() {
        return "KL divergence between two AR models";
    }

    @Override
    public LabSlot<KlSettings> slot() {
        return KlSettings.SLOT;
    }

    /**
     * KL_T both ways against T with the rate lines, for the session's linear p, q and T (a shelved or saved model
     * is not there headless: the figure shows the sliders' linear AR models).
     */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        KlSettings k = session.settings(slot());
        KlCurveFigure figure = new KlCurveFigure(style);
        figure.show(KlExact.of(k.p().model(), k.q().model(), (int) Math.round(Math.pow(10, k.logHorizon()))));
        return figure.chart();
    }

    @Override
    public KlModel newModel() {
        return new KlModel();
    }

    @Override
    public KlSettings settings(KlModel model) {
        return model.settings();
    }

    @Override
    public void apply(KlModel model, KlSettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(KlModel model, LabContext context) {
        KlController controller = new KlController(model, context.runner(title()), context.runner("KL reference"),
                context.models(), context.series());
        return new KlView(model, controller, context.style(), context.models());
    }
}
