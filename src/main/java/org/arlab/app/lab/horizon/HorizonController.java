package org.arlab.app.lab.horizon;

import org.arlab.core.random.RandomStreams;

import javafx.beans.value.ObservableValue;

import org.arlab.app.Background;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.LeastSquaresFit;
import org.arlab.core.horizon.HorizonExperiment;
import org.arlab.core.session.HorizonSettings;

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
        HorizonSettings s = model.settings();
        runner.submit(HorizonPresenter.task(model.rollouts(), model.horizon()), progress -> compute(s),
                e -> {
                    model.publish(e);
                    model.say(HorizonPresenter.explain(e.fitted()));
                }, e -> model.say(e.getMessage()));
    }

    /**
     * The experiment for the lab's settings: the lab and {@code arlab export} run it the same way.
     *
     * @throws IllegalArgumentException for an impossible true model
     */
    public static HorizonExperiment compute(HorizonSettings s) {
        ArModel truth = s.truth().model();
        int p = truth.order();
        return HorizonExperiment.run(truth, pow10(s.logTrain()), pow10(s.logHorizon()), pow10(s.logRollouts()), PATHS,
                y -> LeastSquaresFit.fit(y, p), RandomStreams.of(s.seed()));
    }

    private static int pow10(double exponent) {
        return (int) Math.round(Math.pow(10, exponent));
    }
}
