package org.arlab.app.lab.neural;

import java.util.Arrays;

import javafx.beans.Observable;

import org.arlab.app.Background;
import org.arlab.app.PacedLoop;
import org.arlab.app.lab.ModelShelf;
import org.arlab.app.lab.SeriesPort;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.NeuralSettings;

/**
 * Trains the Neural AR lab's network live: epochs run on the worker in batches of about 25 ms ({@link PacedLoop}),
 * each followed by an immutable {@link NeuralSnapshot}, so the charts redraw at most about 30 times a second and the
 * FX thread only draws. Play / Pause, Step one epoch, Rewind (a fresh run from the same seed: the same initial weights,
 * the same curve), New seed. A training setting that moves starts a fresh run (superseding the old one); the fan's
 * settings only change what the next snapshot shows. The trained model (and the known generator, if any) go on the
 * model shelf when training pauses, stops or steps, and about once a second while it runs.
 */
public final class NeuralController {
    /** Shelf key of the trained network. */
    public static final String TRAINED = "neural.trained";
    /** Shelf key of the known generator. */
    public static final String TRUTH = "neural.truth";
    private static final long SHELF_NANOS = 1_000_000_000L;

    private final NeuralModel model;
    private final Background runner;
    private final SeriesPort series;
    private final ModelShelf shelf;
    private final PacedLoop<NeuralRun, NeuralSnapshot> loop;
    private NeuralRun run;
    private long generation;
    private int restoring;
    private double[] saved = new double[0];
    private long lastShelved;

    /**
     * @param model the lab's model
     * @param runner the lab's background runner
     * @param series the Data lab's series
     * @param shelf where the trained model goes (may be null in tests)
     */
    public NeuralController(NeuralModel model, Background runner, SeriesPort series, ModelShelf shelf) {
        this.model = model;
        this.runner = runner;
        this.series = series;
        this.shelf = shelf;
        this.loop = new PacedLoop<>(runner, (r, n, cancelled) -> r.advance(n, cancelled), r -> r.epoch(),
                r -> r.snapshot(false), this::show, e -> model.say(message(e)));
        loop.pause(); // the lab opens at epoch 0; Play starts training
        for (Observable o : model.trainingSettings()) {
            o.addListener(x -> restart());
        }
        model.horizon.addListener(x -> fanMoved());
        model.rollouts.addListener(x -> fanMoved());
        model.start.addListener(x -> fanMoved());
        model.applied.addListener(x -> restore());
        loop.finishedProperty().addListener((o, a, done) -> {
            if (done) {
                restored();
            }
        });
        if (series != null) {
            series.currentSeriesProperty().addListener((o, a, b) -> {
                if (model.source.get() == NeuralSettings.Source.DATA_LAB) {
                    dataChanged();
                }
            });
        }
        if (model.pending != null) {
            restore();
        } else {
            restart();
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** @return the training loop (pause, resume, running) */
    public PacedLoop<NeuralRun, NeuralSnapshot> loop() {
        return loop;
    }

    private NeuralRun fresh() {
        CurrentSeries cs = series == null ? null : series.currentSeriesProperty().get();
        NeuralSettings s = model.settings();
        NeuralRun r = new NeuralRun(s, cs == null ? null : cs.values(), cs == null ? "the Data lab's series"
                : cs.title());
        return r;
    }

    /** A fresh run from epoch 0 with the settings now (paused or playing as before). */
    public void restart() {
        model.pending = null;
        restoring = 0;
        restartRun();
    }

    private void restartRun() {
        generation++;
        model.say("");
        run = fresh();
        loop.start(run, run.settings().maxEpochs());
    }

    /** Play (true) or pause (false). */
    public void play(boolean on) {
        if (on) {
            loop.resume();
        } else {
            loop.pause();
            shelve(true);
        }
    }

    /** The Data lab's series changed: train on it afresh, or replay a session's run on it if one is pending. */
    private void dataChanged() {
        NeuralSettings p = model.pending;
        if (p == null) {
            restart();
            return;
        }
        model.restoreEpochs = p.epochs();
        model.restoreWeights = p.weights();
        restore();
    }

    /** One epoch, while paused. */
    public void step() {
        if (!loop.isPaused()) {
            loop.pause();
        }
        NeuralRun r = run;
        long gen = generation;
        runner.submit("one epoch", progress -> {
            r.step();
            return r.snapshot(true);
        }, s -> {
            if (gen == generation) {
                show(s);
                shelve(true);
            }
        }, e -> model.say(message(e)));
    }

    /** Back to epoch 0 with the same initial weights. */
    public void rewind() {
        restart();
    }

    /** A new seed: other initial weights and mini-batches. */
    public void newSeed() {
        model.seed.set(new java.util.SplittableRandom().nextLong() & 0xffff_ffffL);
    }

    private void fanMoved() {
        NeuralRun r = run;
        if (r == null) {
            return;
        }
        r.fan(model.start.get(), (int) Math.round(model.horizon.get()), (int) Math.round(model.rollouts.get()));
        if (loop.isPaused() || loop.finishedProperty().get()) {
            long gen = generation;
            runner.submit("rollouts", progress -> r.snapshot(true), s -> {
                if (gen == generation) {
                    show(s);
                }
            }, e -> model.say(message(e)));
        }
    }

    /**
     * A session was applied: train again to its epoch (a seed replays the run exactly) in the live loop, so that it
     * can be superseded and is held off screen like any training, then stay paused there.
     */
    private void restore() {
        int epochs = model.restoreEpochs;
        saved = model.restoreWeights;
        model.restoreEpochs = 0;
        model.restoreWeights = new double[0];
        loop.pause();
        restartRun();
        if (epochs <= 0) {
            return; // the session's settings stay what a save reports until the run moves on
        }
        restoring = epochs;
        loop.setMax(epochs);
        loop.resume();
    }

    private void restored() {
        if (restoring <= 0 || run == null || run.epoch() != restoring) {
            return;
        }
        restoring = 0;
        loop.pause();
        loop.setMax(run.settings().maxEpochs());
        NeuralSnapshot s = model.resultProperty().get();
        model.pending = null;
        if (saved.length > 0 && s != null && !Arrays.equals(saved, s.model().parameters())) {
            model.say("The replayed run's weights differ from the weights saved in the session.");
        }
        shelve(true);
    }

    private void show(NeuralSnapshot s) {
        if (model.pending != null && restoring == 0 && s.epoch() > 0) {
            model.pending = null;
        }
        model.publish(s);
        shelve(loop.finishedProperty().get());
    }

    private void shelve(boolean now) {
        NeuralSnapshot s = model.resultProperty().get();
        long t = System.nanoTime();
        if (shelf == null || s == null || (!now && t - lastShelved < SHELF_NANOS)) {
            return;
        }
        lastShelved = t;
        TrainedModel m = s.model();
        int need = Math.max(1, m.network().first());
        String label = "Neural AR lab: " + s.description() + ", epoch " + s.epoch();
        shelf.put(new org.arlab.app.lab.ModelShelf.Entry(TRAINED, label,
                NetworkProcess.of(s.description(), m, Arrays.copyOf(s.x(), need))));
        NeuralRun r = run;
        if (r != null && r.truth() != null) {
            shelf.put(new org.arlab.app.lab.ModelShelf.Entry(TRUTH, "Neural AR lab: true " + r.truth().name(),
                    r.truth()));
        } else {
            shelf.remove(TRUTH);
        }
    }
}
