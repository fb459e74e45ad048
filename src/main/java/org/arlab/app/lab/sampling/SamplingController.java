package org.arlab.app.lab.sampling;

import org.arlab.app.Background;
import org.arlab.app.PacedLoop;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.arlab.core.replicate.ReplicationDesign;
import org.arlab.core.replicate.SamplingExperiment;
import org.arlab.core.replicate.Workers;
import org.arlab.core.session.ReplicateSettings;

/**
 * Restarts the experiment whenever a parameter moves (the newer value supersedes the running one); the replications
 * then arrive batch after batch on the lab's worker ({@link PacedLoop}), spread over one thread per processor, the
 * main cell first and the grid of lengths after it.
 */
public final class SamplingController {
    private final SamplingModel model;
    private final Workers workers;
    private final PacedLoop<SamplingExperiment, ExperimentSnapshot> loop;

    /**
     * @param model the lab's model
     * @param runner the lab's background runner
     * @param workers the threads the replications are spread over
     */
    public SamplingController(SamplingModel model, Background runner, Workers workers) {
        this.model = model;
        this.workers = workers;
        this.loop = new PacedLoop<>(runner, (e, k, cancelled) -> e.advance(k, workers, cancelled),
                SamplingExperiment::count, ExperimentSnapshot::of, model::publish, e -> model.say(e.getMessage()));
        model.onChange(this::restart);
        restart();
    }

    /** Starts again from R = 0 with the current parameters. */
    public void restart() {
        ReplicationDesign d;
        try {
            d = model.design();
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage());
            return;
        }
        int asked = model.settings().replications();
        SamplingExperiment e = new SamplingExperiment(d, asked);
        model.say(SamplingPresenter.warning(d, asked, e.main().replications()));
        loop.start(e, e.total());
    }

    /** @return the loop (pause, resume, hold) */
    public PacedLoop<SamplingExperiment, ExperimentSnapshot> loop() {
        return loop;
    }

    /**
     * The main cell of the settings' experiment, all its replications, headless (for {@code export --lab}).
     *
     * @throws IllegalArgumentException for settings that describe no experiment
     */
    public static ExperimentSnapshot compute(ReplicateSettings s) {
        if (s.methods().isEmpty()) {
            throw new IllegalArgumentException("the Sampling lab's session ticks no method.");
        }
        ReplicationDesign d = new ReplicationDesign(s.model(), s.length(), s.estimateIntercept(), s.methods(),
                s.seed());
        SamplingExperiment e = new SamplingExperiment(d, s.replications());
        try (Workers w = Workers.perProcessor()) {
            e.main().advance(e.main().replications(), w, () -> false);
        }
        return ExperimentSnapshot.of(e);
    }
}
