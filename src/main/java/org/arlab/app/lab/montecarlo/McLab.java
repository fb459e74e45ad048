package org.arlab.app.lab.montecarlo;

import org.arlab.core.random.RandomStreams;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabContext;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.RunningEstimateFigure;
import org.arlab.core.montecarlo.GaussianPolynomial;
import org.arlab.core.montecarlo.PolynomialMonteCarlo;
import org.arlab.core.montecarlo.Trace;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.McSettings;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/** The Monte Carlo lab: E f(x) for a polynomial f and x ~ N(μ, s²), converging at the rate 1/√M. */
public final class McLab implements LabModule<McSettings, McModel> {
    /** The one instance, in {@link org.arlab.app.lab.Labs}. */
    public static final McLab MODULE = new McLab();

    private McLab() {
    }

    @Override
    public String key() {
        return "montecarlo";
    }

    @Override
    public String title() {
        return "Monte Carlo";
    }

    @Override
    public String summary() {
        return "Estimates converging at the rate 1/√M";
    }

    @Override
    public LabSlot<McSettings> slot() {
        return McSettings.SLOT;
    }

    /**
     * The running estimate of E f(x) for the session's f, μ, s², seed and largest M (at the default, E[x² + x + 1],
     * x ~ N(0, 2), over 10⁵ samples).
     */
    @Override
    public JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style) {
        McSettings m = session.settings(slot());
        double[] a = java.util.Arrays.copyOf(m.coefficients(), m.degree() + 1);
        PolynomialMonteCarlo mc = new PolynomialMonteCarlo(new GaussianPolynomial(a, m.mu(), m.variance()),
                RandomStreams.of(m.sampling().seed()));
        mc.advance(Math.round(Math.pow(10, m.sampling().logMaxSamples())), () -> false);
        Trace t = mc.trace();
        RunningEstimateFigure figure = McView.runningFigure(style);
        figure.setExact(mc.polynomial().mean());
        figure.show(0, t.counts(), t.means(), t.stdErrors());
        return figure.chart();
    }

    @Override
    public McModel newModel() {
        return new McModel();
    }

    @Override
    public McSettings settings(McModel model) {
        return model.settings();
    }

    @Override
    public void apply(McModel model, McSettings settings) {
        model.apply(settings);
    }

    @Override
    public Lab newLab(McModel model, LabContext context) {
        McController controller = new McController(model, context.runner(title()));
        return new McView(model, controller, context.style());
    }
}
