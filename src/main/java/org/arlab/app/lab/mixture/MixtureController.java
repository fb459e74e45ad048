package org.arlab.app.lab.mixture;

import javafx.beans.value.ChangeListener;

import org.arlab.app.Background;
import org.arlab.app.lab.ModelShelf;
import org.arlab.app.lab.SeriesPort;
import org.arlab.core.mixture.MixtureExperiment;
import org.arlab.core.mixture.MixtureFrame;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.process.SequenceModel;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.MixtureSettings;

/**
 * Trains the Mixture lab's networks live on the lab's runner: a moved setting builds a new experiment (superseding
 * the old one by a generation count); while playing, batches of epochs of about {@value #BATCH_MS} ms follow one
 * another, each publishing an immutable frame (at most about 30 a second); Step runs one epoch, Rewind goes back to the
 * initial weights. The experiment is touched only inside runner jobs, which run one at a time. Trained series models
 * go on the shelf as "mixture.trained" (every {@value #SHELF_EVERY} epochs, and when training stops), the known
 * generator as "mixture.truth".
 */
public final class MixtureController {
    /** Length of a batch of epochs, ms. */
    static final long BATCH_MS = 30;
    /** Epochs between two updates of the shelf while training. */
    static final int SHELF_EVERY = 250;

    private final MixtureModel model;
    private final Background runner;
    private final SeriesPort series;
    private final ModelShelf shelf;
    private MixtureExperiment experiment;
    private long generation;
    private boolean shown = true;
    private boolean busy;
    private int shelved = -1;
    /** The probe the running job draws at. */
    private double submittedProbe = Double.NaN;
    /** True while the FX thread draws a frame: the worker trains on meanwhile. */
    private final java.util.concurrent.atomic.AtomicBoolean drawing = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param model the lab's model
     * @param runner the lab's background runner
     * @param series the Data lab's series (for the "loaded series" source), or null
     * @param shelf where trained models go, or null
     */
    public MixtureController(MixtureModel model, Background runner, SeriesPort series, ModelShelf shelf) {
        this.model = model;
        this.runner = runner;
        this.series = series;
        this.shelf = shelf;
        ChangeListener<Object> restart = (o, a, b) -> restart();
        model.partProperty().addListener(restart);
        model.sourceProperty().addListener(restart);
        model.componentsProperty().addListener(restart);
        model.hiddenProperty().addListener(restart);
        model.networkProperty().addListener(restart);
        model.orderProperty().addListener(restart);
        model.logRateProperty().addListener(restart);
        model.seedProperty().addListener(restart);
        model.probeProperty().addListener((o, a, b) -> {
            if (!busy) {
                redraw();
            }
        });
        model.playingProperty().addListener((o, a, b) -> {
            if (b) {
                next();
            } else {
                shelve(model.frameProperty().get());
            }
        });
        if (series != null) {
            series.currentSeriesProperty().addListener((o, a, b) -> {
                if (model.sourceProperty().get() == MixtureSettings.Source.LOADED
                        && model.partProperty().get() == MixtureSettings.Part.SERIES) {
                    restart();
                }
            });
        }
        restart();
    }

    /** Builds a new experiment from the settings now and, while playing, trains it. */
    public void restart() {
        MixtureSettings s;
        try {
            s = model.settings();
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage());
            return;
        }
        long gen = ++generation;
        double[] loaded = loaded();
        double probe = model.probeProperty().get();
        submittedProbe = probe;
        busy = true;
        experiment = null;
        shelved = -1;
        runner.submit("preparing the mixture network", progress -> {
            MixtureExperiment e = new MixtureExperiment(s, loaded);
            e.setProbe(probe);
            return new Object[] {e, e.frame()};
        }, r -> {
            if (gen != generation) {
                return;
            }
            experiment = (MixtureExperiment) r[0];
            busy = false;
            model.say("");
            show((MixtureFrame) r[1]);
            if (shelf != null) {
                SequenceModel truth = experiment.truthModel();
                if (truth != null) {
                    shelf.put(new ModelShelf.Entry("mixture.truth", "Mixture lab: true " + truth.name(), truth));
                } else {
                    shelf.remove("mixture.truth");
                }
            }
            next();
        }, e -> {
            if (gen == generation) {
                busy = false;
                model.say(e.getMessage());
            }
        });
    }

    private double[] loaded() {
        if (series == null) {
            return null;
        }
        CurrentSeries c = series.currentSeriesProperty().get();
        return c == null ? null : c.values();
    }

    /** One epoch (while paused). */
    public void step() {
        if (model.playingProperty().get()) {
            model.playingProperty().set(false);
        }
        run(1, "training one epoch");
    }

    /** Back to the initial weights. */
    public void rewind() {
        MixtureExperiment e = experiment;
        if (e == null || busy) {
            return;
        }
        long gen = generation;
        double probe = model.probeProperty().get();
        submittedProbe = probe;
        busy = true;
        runner.submit("rewinding", progress -> {
            e.rewind();
            e.setProbe(probe);
            return e.frame();
        }, f -> after(gen, f, false), e2 -> failed(gen, e2));
    }

    /** Tells the controller whether its lab is on screen: off screen, no new batch starts. */
    public void setShown(boolean on) {
        shown = on;
        if (on) {
            next();
        }
    }

    private void redraw() {
        run(0, "drawing");
    }

    private void next() {
        if (model.playingProperty().get() && shown && !busy && experiment != null
                && experiment.epoch() < MixtureExperiment.MAX_EPOCHS) {
            run(-1, "training");
        }
    }

    /** Runs n epochs (−1: a batch of about BATCH_MS), then publishes a frame. */
    private void run(int n, String label) {
        MixtureExperiment e = experiment;
        if (e == null || busy) {
            return;
        }
        long gen = generation;
        double probe = model.probeProperty().get();
        submittedProbe = probe;
        busy = true;
        runner.submit(label, progress -> {
            if (n >= 0) {
                e.advance(n, progress::isCancelled);
            } else {
                // at least BATCH_MS, and on while the screen still draws the previous frame (at most 2 s)
                long begin = System.nanoTime();
                long deadline = begin + BATCH_MS * 1_000_000L;
                do {
                    e.advance(1, progress::isCancelled);
                } while ((System.nanoTime() < deadline || drawing.get() && System.nanoTime() - begin < 2_000_000_000L)
                        && e.epoch() < MixtureExperiment.MAX_EPOCHS && !progress.isCancelled());
            }
            e.setProbe(probe);
            return e.frame();
        }, f -> after(gen, f, n < 0), e2 -> failed(gen, e2));
    }

    private void after(long gen, MixtureFrame f, boolean continuing) {
        if (gen != generation) {
            return;
        }
        busy = false;
        if (f.epoch() >= MixtureExperiment.MAX_EPOCHS && model.playingProperty().get()) {
            model.playingProperty().set(false);
        }
        // the next batch trains on the worker while this frame is drawn
        drawing.set(true);
        if (model.probeProperty().get() != submittedProbe && !model.playingProperty().get()) {
            redraw(); // the probe moved while this frame was computed
        } else {
            next();
        }
        try {
            show(f);
        } finally {
            drawing.set(false);
        }
        if (f.epoch() - Math.max(0, shelved) >= SHELF_EVERY) {
            shelve(f);
        }
    }

    private void failed(long gen, Throwable e) {
        if (gen == generation) {
            busy = false;
            model.playingProperty().set(false);
            model.say(e.getMessage());
        }
    }

    private void show(MixtureFrame f) {
        model.publish(f);
    }

    private void shelve(MixtureFrame f) {
        if (shelf == null || f == null || f.trained() == null || f.epoch() == shelved) {
            return;
        }
        shelved = f.epoch();
        shelf.put(new ModelShelf.Entry("mixture.trained", "Mixture lab: " + f.description() + ", epoch "
                + f.epoch(), NetworkProcess.of("MDN-AR C = " + f.components(), f.trained(), f.prefix())));
    }
}
