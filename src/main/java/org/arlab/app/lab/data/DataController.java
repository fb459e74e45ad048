package org.arlab.app.lab.data;

import javafx.beans.value.ObservableValue;

import org.apache.commons.rng.simple.RandomSource;
import org.arlab.app.Background;
import org.arlab.chart.Decimation;
import org.arlab.chart.SeriesFigure;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.ar.Simulation;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.OrderSelection;
import org.arlab.core.ar.SampleAcf;
import org.arlab.core.ar.StationarityReport;
import org.arlab.core.ar.TheoreticalAcf;
import org.arlab.core.series.Series;
import org.arlab.chart.Format;

/**
 * Listens to the Data lab's parameters and recomputes the series in the background, latest request winning.
 */
public final class DataController {
    private final DataModel model;
    private final Background runner;

    /**
     * Wires the controller to the model and computes the first series.
     *
     * @param model the lab's model
     * @param runner the lab's background runner
     */
    public DataController(DataModel model, Background runner) {
        this.model = model;
        this.runner = runner;
        ObservableValue<?>[] inputs = new ObservableValue<?>[DataModel.MAX_ORDER + 9];
        for (int i = 1; i <= DataModel.MAX_ORDER; i++) {
            inputs[i - 1] = model.phiProperty(i);
        }
        inputs[DataModel.MAX_ORDER] = model.orderProperty();
        inputs[DataModel.MAX_ORDER + 1] = model.sigmaProperty();
        inputs[DataModel.MAX_ORDER + 2] = model.logNProperty();
        inputs[DataModel.MAX_ORDER + 3] = model.seedProperty();
        inputs[DataModel.MAX_ORDER + 4] = model.interceptProperty();
        inputs[DataModel.MAX_ORDER + 5] = model.initialProperty();
        inputs[DataModel.MAX_ORDER + 6] = model.batchesProperty();
        inputs[DataModel.MAX_ORDER + 7] = model.loadedProperty();
        inputs[DataModel.MAX_ORDER + 8] = model.loadedOrderProperty();
        for (ObservableValue<?> o : inputs) {
            o.addListener((obs, old, now) -> refresh()); // change listeners: every change counts, even unread ones
        }
        refresh();
    }

    /** Requests a new series for the current parameters (or the facts of the loaded series). */
    public void refresh() {
        if (model.isBatching()) {
            return;
        }
        Series loaded = model.loadedProperty().get();
        if (loaded != null) {
            int order = model.loadedOrderProperty().get();
            String note = model.loadedNote();
            runner.submit(DataPresenter.fitting(loaded.name()), progress -> compute(loaded, order, note),
                    model::publish, e -> model.fail(DataPresenter.cannotFit(loaded.name(), e.getMessage())));
            return;
        }
        ArModel ar;
        try {
            ar = model.model();
        } catch (IllegalArgumentException e) {
            model.fail(e.getMessage());
            return;
        }
        int n = model.n();
        long seed = model.seedProperty().get();
        double[] initial = model.initialValues();
        runner.submit(DataPresenter.simulating(ar, n), progress -> compute(ar, n, initial, seed), model::publish,
                e -> model.fail(DataPresenter.simulationFailed(e.getMessage())));
    }

    /** Lags shown in the correlograms. */
    static int lags(int n) {
        return Math.max(1, Math.min(MAX_LAGS, n - 1));
    }

    /** Most lags shown in the correlograms. */
    public static final int MAX_LAGS = 40;

    /** The work done off the FX thread for a generated series: simulate, decimate, model facts. */
    public static DataResult compute(ArModel ar, int n, double[] initial, long seed) {
        long t0 = System.nanoTime();
        Simulation sim = ArSimulator.simulate(ar, n, initial, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        double[] y = sim.values();
        double[][] drawn = Decimation.minMax(y, 1, SeriesFigure.BUCKETS);
        SampleAcf acf = y.length >= 2 ? SampleAcf.of(y, lags(y.length)) : null;
        return new DataResult(SeriesFigure.title(ar, y.length, seed), y, true, ar, seed, sim, drawn,
                StationarityReport.of(ar), CharacteristicRoots.of(ar), acf, theory(ar, acf), "",
                System.nanoTime() - t0);
    }

    /** The work for a loaded series: fit its model (the given order, or chosen by AIC up to 8), model facts. */
    public static DataResult compute(Series s, int order, String note) {
        long t0 = System.nanoTime();
        double[] y = s.values();
        int p = order > 0 ? order : OrderSelection.of(y, Math.min(8, (y.length - 3) / 2), true,
                OrderSelection.Criterion.AIC).order();
        ArModel fitted;
        String how = (order > 0 ? "its textbook AR(" + p + ")" : "AR(" + p + ") chosen by AIC") + ", fitted by least "
                + "squares";
        SampleAcf acf = SampleAcf.of(y, lags(y.length));
        try {
            fitted = ConditionalMle.fit(y, p, true).model();
        } catch (IllegalArgumentException e) {
            // show the series anyway, with white noise around its mean as its model, and say why
            double sd = Math.sqrt(acf.autocovariance()[0]);
            fitted = ArModel.of(acf.mean(), new double[0], sd > 0 ? sd : 1);
            how = "none could be fitted (" + e.getMessage() + ")";
        }
        return new DataResult(s.name() + ", n = " + Format.count(y.length), y, false, fitted, 0, null,
                Decimation.minMax(y, 1, SeriesFigure.BUCKETS), StationarityReport.of(fitted),
                CharacteristicRoots.of(fitted), acf, theory(fitted, acf),
                (note == null || note.isEmpty() ? "" : note + ". ") + "Model: " + how + ".", System.nanoTime() - t0);
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
