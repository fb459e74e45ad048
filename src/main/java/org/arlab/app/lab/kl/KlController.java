package org.arlab.app.lab.kl;

import org.arlab.core.random.RandomStreams;

import org.arlab.app.Background;
import org.arlab.app.PacedLoop;
import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlExact;
import org.arlab.core.kl.KlMonteCarlo;

/**
 * Restarts the KL experiment whenever p, q, T or the seed move; the Monte Carlo estimates then grow batch after
 * batch in the background ({@link PacedLoop}) until M reaches its maximum, with pause, resume and reset.
 */
public final class KlController {
    /** The sampler's state: the Monte Carlo run and the exact values, computed on the worker at the first batch. */
    static final class Run {
        final KlMonteCarlo mc;
        final ArModel p;
        final ArModel q;
        final int horizon;
        KlExact exact;

        Run(ArModel p, ArModel q, int horizon, long seed) {
            this.p = p;
            this.q = q;
            this.horizon = horizon;
            this.mc = new KlMonteCarlo(p, q, horizon, null, RandomStreams.perSequence(seed));
        }

        KlExact exact() {
            if (exact == null) {
                exact = KlExact.of(p, q, horizon);
            }
            return exact;
        }
    }

    private final KlModel model;
    private final PacedLoop<Run, KlSnapshot> loop;

    /**
     * @param model the lab's model
     * @param runner the lab's background runner
     */
    public KlController(KlModel model, Background runner) {
        this.model = model;
        this.loop = new PacedLoop<>(runner, (run, n, cancelled) -> run.mc.advance(n, cancelled), run -> run.mc.count(),
                run -> new KlSnapshot(run.exact(), run.mc.logRatio(), run.mc.conditional(), run.mc.logRatioTrace(),
                        run.mc.conditionalTrace(), model.sampling().maxSamples()),
                s -> {
                    model.publish(s);
                    if (s.exact().forward().length < s.exact().horizon()) {
                        model.say(KlPresenter.overflow(s.exact()));
                    }
                }, e -> model.say(e.getMessage()));
        model.p().onChange(this::restart);
        model.q().onChange(this::restart);
        model.logHorizonProperty().addListener((o, a, b) -> restart());
        model.sampling().drive(loop, this::restart);
        restart();
    }

    /** Starts again from M = 0 with the current parameters. */
    public void restart() {
        ArModel p;
        ArModel q;
        try {
            p = model.p().model();
            q = model.q().model();
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage());
            return;
        }
        model.say(KlPresenter.stationarity(p, q));
        loop.start(new Run(p, q, model.horizon(), model.sampling().seedProperty().get()),
                model.sampling().maxSamples());
    }

    /** @return the sampling loop (pause, resume) */
    public PacedLoop<Run, KlSnapshot> loop() {
        return loop;
    }
}
