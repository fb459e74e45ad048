package org.arlab.chart;

import org.apache.commons.rng.simple.RandomSource;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.Simulation;
import org.arlab.core.session.DataScenario;
import org.arlab.core.session.Session;

/**
 * The main figure of each lab for a session, built headless: what {@code arlab export} writes and what the window
 * shows for the same parameters.
 */
public final class LabFigures {
    private LabFigures() {
    }

    /** The labs, by the names the command line uses. */
    public enum LabName {
        /** Data lab. */
        DATA,
        /** Fit lab. */
        FIT,
        /** Likelihood lab. */
        LIKELIHOOD,
        /** Horizon lab. */
        HORIZON,
        /** KL lab. */
        KL,
        /** Monte Carlo lab. */
        MONTECARLO
    }

    /**
     * @return the lab's main figure for the session
     * @throws IllegalArgumentException for a lab whose figure is not built yet
     */
    public static org.jfree.chart.JFreeChart main(LabName lab, Session session, ChartStyle style) {
        if (lab == LabName.DATA) {
            return data(session, style).chart();
        }
        throw new IllegalArgumentException("the " + lab.name().toLowerCase() + " lab cannot be exported yet.");
    }

    /** The Data lab's series figure: the loaded series if there is one, else the generated one. */
    public static SeriesFigure data(Session session, ChartStyle style) {
        SeriesFigure figure = new SeriesFigure(style);
        if (session.loaded() != null) {
            figure.show(session.loaded().name() + ", n = " + Format.count(session.loaded().length()),
                    session.loaded().values(), 1, Double.NaN);
            return figure;
        }
        DataScenario d = session.data();
        Simulation sim = ArSimulator.simulate(d.model(), d.n(), d.initialOldestFirst(),
                RandomSource.XO_RO_SHI_RO_128_PP.create(d.seed()));
        figure.show(SeriesFigure.title(d.model(), sim.values().length, d.seed()), sim.values(), 1,
                sim.stationary() ? d.model().mean() : Double.NaN);
        return figure;
    }
}
