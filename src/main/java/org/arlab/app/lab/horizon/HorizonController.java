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
    /**
     * Rollouts of the first, quick pass when more are asked for: the fan shows within a frame of a slider move
     * (10⁴ × 500 steps take about 100 ms), then the full run refines it.
     */
    static final int PREVIEW = 500;
    /** Counts requests: a preview whose request was overtaken does not start its full run. */
    private long generation;

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
        long gen = ++generation;
        int m = model.rollouts();
        if (m <= PREVIEW) {
            full(s, gen);
            return;
        }
        HorizonSettings quick = new HorizonSettings(s.truth(), s.logTrain(), s.logHorizon(), Math.log10(PREVIEW),
                s.seed());
        runner.submit(HorizonPresenter.task(PREVIEW, model.horizon()), progress -> compute(quick), e -> {
            if (gen == generation) {
                model.publish(e, true);
                model.say(HorizonPresenter.explain(e.fitted()));
                full(s, gen);
            }
        }, e -> model.say(e.getMessage()));
    }

    private void full(HorizonSettings s, long gen) {
        runner.submit(HorizonPresenter.task(model.rollouts(), model.horizon()), progress -> compute(s), e -> {
            if (gen == generation) {
                model.publish(e, false);
                model.say(HorizonPresenter.explain(e.fitted()));
            }
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
