package org.arlab.chart;

import org.arlab.core.random.RandomStreams;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.OrderSelection;
import org.arlab.core.ar.SampleAcf;
import org.arlab.core.ar.Simulation;
import org.arlab.core.ar.StationarityReport;
import org.arlab.core.ar.TheoreticalAcf;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.series.Series;
import org.arlab.core.session.Session;

/**
 * The Data lab's computation, the one way to the series every lab reads: simulate from the generator's parameters or
 * fit a model to a loaded series, then the facts drawn beside it (ACF, roots, stationarity); the series chart
 * decimates the values itself as it draws them. The
 * window runs it in the background; {@code arlab export} runs it for a session.
 */
public final class SeriesFacts {
    private SeriesFacts() {
    }

    /** @return the session's series: the loaded one if any, else the one its Data lab generates */
    public static CurrentSeries of(Session session) {
        if (session.loaded() != null) {
            return loaded(session.loaded(), session.loadedOrder(), session.loadedNote());
        }
        var d = session.data();
        return generated(d.model(), d.n(), d.initialOldestFirst(), d.seed());
    }

    /** Lags shown in the correlograms. */
    public static int lags(int n) {
        return Math.max(1, Math.min(MAX_LAGS, n - 1));
    }

    /** Most lags shown in the correlograms. */
    public static final int MAX_LAGS = 40;

    /** The work done off the FX thread for a generated series: simulate, then its ACF and the model's facts. */
    public static CurrentSeries generated(ArModel ar, int n, double[] initial, long seed) {
        long t0 = System.nanoTime();
        Simulation sim = ArSimulator.simulate(ar, n, initial, RandomStreams.of(seed));
        double[] y = sim.values();
        SampleAcf acf = y.length >= 2 ? SampleAcf.of(y, lags(y.length)) : null;
        return new CurrentSeries(SeriesFigure.title(ar, y.length, seed), y, true, ar, seed, sim,
                StationarityReport.of(ar), CharacteristicRoots.of(ar), acf, theory(ar, acf), "",
                System.nanoTime() - t0);
    }

    /** The work for a loaded series: fit its model (the given order, or chosen by AIC up to 8), model facts. */
    public static CurrentSeries loaded(Series s, int order, String note) {
        long t0 = System.nanoTime();
        double[] y = s.values();
        SampleAcf acf = SampleAcf.of(y, lags(y.length));
        ArModel fitted;
        String how;
        try {
            // the order chosen inside the try too: a series the fits refuse still loads (issue 15: 1e±200)
            int p = order > 0 ? order : OrderSelection.of(y, Math.min(8, (y.length - 3) / 2), true,
                    OrderSelection.Criterion.AIC).order();
            how = (order > 0 ? "its textbook AR(" + p + ")" : "AR(" + p + ") chosen by AIC") + ", fitted by least "
                    + "squares";
            fitted = ConditionalMle.fit(y, p, true).model();
        } catch (IllegalArgumentException | ArithmeticException e) {
            // show the series anyway, with white noise around its mean as its model, and say why
            double sd = acf.standardDeviation();
            fitted = ArModel.of(acf.mean(), new double[0], sd > 0 && Double.isFinite(sd) ? sd : 1);
            how = "none could be fitted (" + e.getMessage() + ")";
        }
        return new CurrentSeries(s.name() + ", n = " + Format.count(y.length), y, false, fitted, 0, null,
                StationarityReport.of(fitted),
                CharacteristicRoots.of(fitted), acf, theory(fitted, acf),
                (note == null || note.isEmpty() ? "" : note + ". ") + "Model: " + how + ".", System.nanoTime() - t0,
                s.firstT());
    }

    private static double[] theory(ArModel m, SampleAcf acf) {
        if (acf == null || !m.isStationary()) {
            return null;
        }
        try {
            return TheoreticalAcf.acf(m, acf.acf().length);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
