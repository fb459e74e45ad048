package org.arlab.app.lab.data;

import javafx.beans.value.ObservableValue;

import org.arlab.app.Background;
import org.arlab.chart.Format;
import org.arlab.chart.SeriesFacts;
import org.arlab.core.ar.ArModel;
import org.arlab.core.series.Series;

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
            runner.submit(DataPresenter.fitting(loaded.name()), progress -> SeriesFacts.loaded(loaded, order, note),
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
        runner.submit(DataPresenter.simulating(ar, n), progress -> SeriesFacts.generated(ar, n, initial, seed),
                model::publish, e -> model.fail(DataPresenter.simulationFailed(e.getMessage())));
    }

}
