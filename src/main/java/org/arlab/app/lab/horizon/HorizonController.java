package org.arlab.app.lab.horizon;

import javafx.beans.value.ObservableValue;

import org.arlab.app.Background;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.LeastSquaresFit;
import org.arlab.core.horizon.HorizonExperiment;

/** Re-runs the Horizon experiment in the background whenever a parameter moves; the latest request wins. */
public final class HorizonController {
    /** Sample paths drawn in the fan. */
    static final int PATHS = 5;

    private final HorizonModel model;
    private final Background runner;

    /**
     * @param model the lab's model
     * @param runner the lab's background runner
     */
    public HorizonController(HorizonModel model, Background runner) {
        this.model = model;
        this.runner = runner;
        ObservableValue<?>[] inputs = {model.logTrainProperty(), model.logHorizonProperty(),
            model.logRolloutsProperty(), model.seedProperty()};
        for (ObservableValue<?> o : inputs) {
            o.addListener((obs, a, b) -> refresh());
        }
        model.truthParameters().onChange(this::refresh);
        refresh();
    }

    /** Requests an experiment for the current parameters. */
    public void refresh() {
        ArModel truth;
        try {
            truth = model.truth();
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage());
            return;
        }
        if (!truth.isStationary()) {
            model.say(HorizonPresenter.TRUTH_NOT_STATIONARY);
            return;
        }
        int nTrain = model.nTrain();
        int horizon = model.horizon();
        int m = model.rollouts();
        long seed = model.seedProperty().get();
        int p = truth.order();
        runner.submit(HorizonPresenter.task(m, horizon), progress ->
                HorizonExperiment.run(truth, nTrain, horizon, m, PATHS, y -> LeastSquaresFit.fit(y, p), seed),
                e -> {
                    model.publish(e);
                    model.say(HorizonPresenter.explain(e.fitted()));
                }, e -> model.say(e.getMessage()));
    }
}
