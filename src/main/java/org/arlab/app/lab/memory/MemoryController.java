package org.arlab.app.lab.memory;

import java.util.function.BooleanSupplier;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

import org.arlab.app.Background;
import org.arlab.app.PacedLoop;
import org.arlab.app.lab.ModelShelf;
import org.arlab.app.lab.SeriesPort;
import org.arlab.core.neural.MemoryExperiment;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.MemorySettings;

/**
 * Trains the three models side by side in the background whenever a training setting moves (a newer setting
 * supersedes the run), publishing a snapshot about 30 times a second ({@link PacedLoop}); recomputes the W = s·Q
 * experiment on its own runner whenever s, H or the seed move. When a run reaches its last epoch its models go on
 * the shelf as "memory.window", "memory.rnn", "memory.gru" (and the true process as "memory.truth").
 */
public final class MemoryController {
    /** Steps of the W = s·Q experiment. */
    public static final int STEPS = 100;

    /** The loop's state: the run, built on the worker at its first batch. */
    static final class Job {
        final MemorySettings settings;
        final double[] current;
        MemoryRun run;

        Job(MemorySettings settings, double[] current) {
            this.settings = settings;
            this.current = current;
        }

        MemoryRun run() {
            if (run == null) {
                run = new MemoryRun(settings, current);
            }
            return run;
        }

        void advance(long n, BooleanSupplier cancelled) {
            run().advance(n, cancelled);
        }

        long count() {
            return run == null ? 0 : run.count();
        }
    }

    private final MemoryModel model;
    private final SeriesPort series;
    private final ModelShelf shelf;
    private final PacedLoop<Job, MemorySnapshot> loop;
    private final Background gradients;

    /**
     * @param model the lab's model
     * @param training the runner of the training loop
     * @param gradients the runner of the W = s·Q experiment
     * @param series the current series (for a loaded series)
     * @param shelf where trained models go, or null
     */
    public MemoryController(MemoryModel model, Background training, Background gradients, SeriesPort series,
            ModelShelf shelf) {
        this.model = model;
        this.series = series;
        this.shelf = shelf;
        this.gradients = gradients;
        this.loop = new PacedLoop<>(training, Job::advance, Job::count, job -> job.run().snapshot(), this::show,
                e -> model.say(e.getMessage()));
        InvalidationListener restart = o -> restart();
        for (Observable o : model.trainingInputs()) {
            o.addListener(restart);
        }
        if (series != null) {
            series.currentSeriesProperty().addListener((o, a, b) -> {
                if (model.sourceProperty().get() == MemorySettings.Source.CURRENT) {
                    restart();
                }
            });
        }
        InvalidationListener regrad = o -> recomputeGradients();
        model.scaleProperty().addListener(regrad);
        model.hiddenProperty().addListener(regrad);
        model.seedProperty().addListener(regrad);
        restart();
        recomputeGradients();
    }

    private void show(MemorySnapshot s) {
        model.say(MemoryPresenter.warning(s));
        model.publish(s);
        if (s.epoch() == s.maxEpochs() && shelf != null) {
            String[] keys = {"memory.window", "memory.rnn", "memory.gru"};
            for (int m = 0; m < 3; m++) {
                shelf.put(new ModelShelf.Entry(keys[m], "Memory lab: " + s.names()[m] + ", epoch " + s.epoch(),
                        NetworkProcess.of(s.names()[m], s.models()[m], java.util.Arrays.copyOf(s.series(),
                                Math.max(1, s.models()[m].network().first())))));
            }
            var process = MemoryRun.process(model.settings());
            if (process != null) {
                shelf.put(new ModelShelf.Entry("memory.truth", "Memory lab: " + process.name(), process));
            } else {
                shelf.remove("memory.truth");
            }
        }
    }

    /** Starts training again from epoch 0 with the current settings. */
    public void restart() {
        MemorySettings s;
        try {
            s = model.settings();
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage());
            return;
        }
        double[] current = null;
        if (s.source() == MemorySettings.Source.CURRENT) {
            CurrentSeries c = series == null ? null : series.currentSeriesProperty().get();
            if (c == null) {
                model.say("No current series yet: open the Data lab or load a series.");
                return;
            }
            current = c.values();
        }
        model.say("");
        loop.start(new Job(s, current), s.epochs());
    }

    /** Recomputes ‖∂h_T/∂h_0‖₂ for W = s·Q. */
    public void recomputeGradients() {
        double scale = model.scaleProperty().get();
        int hidden = (int) Math.round(model.hiddenProperty().get());
        long seed = model.seedProperty().get();
        gradients.submit("W = s·Q", p -> new MemoryModel.Gradients(scale, hidden, seed,
                MemoryExperiment.of(RecurrentModel.Cell.RNN, hidden, scale, STEPS, RandomStreams.of(seed))),
                model::publish, e -> model.say(e.getMessage()));
    }

    /** @return the training loop (pause, resume) */
    public PacedLoop<Job, MemorySnapshot> loop() {
        return loop;
    }
}
