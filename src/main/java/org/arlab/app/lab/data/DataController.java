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
import org.arlab.core.ar.StationarityReport;

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
        ObservableValue<?>[] inputs = new ObservableValue<?>[DataModel.MAX_ORDER + 7];
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
        for (ObservableValue<?> o : inputs) {
            o.addListener((obs, old, now) -> refresh()); // change listeners: every change counts, even unread ones
        }
        refresh();
    }

    /** Requests a new series for the current parameters. */
    public void refresh() {
        if (model.isBatching()) {
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
        runner.submit("simulating AR(" + ar.order() + "), n = " + org.arlab.chart.Format.count(n), progress -> compute(ar, n, initial, seed),
                model::publish, e -> model.fail("Simulation failed: " + e.getMessage()));
    }

    /** The work done off the FX thread: simulate, then decimate for drawing. */
    public static DataResult compute(ArModel ar, int n, double[] initial, long seed) {
        long t0 = System.nanoTime();
        Simulation sim = ArSimulator.simulate(ar, n, initial, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        double[][] drawn = Decimation.minMax(sim.values(), 1, SeriesFigure.BUCKETS);
        return new DataResult(ar, n, seed, sim, drawn, StationarityReport.of(ar), CharacteristicRoots.of(ar),
                System.nanoTime() - t0);
    }
}
