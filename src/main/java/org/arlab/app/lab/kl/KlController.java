package org.arlab.app.lab.kl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javafx.collections.ListChangeListener;

import org.arlab.app.Background;
import org.arlab.app.PacedLoop;
import org.arlab.app.lab.ModelShelf;
import org.arlab.app.lab.SeriesPort;
import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlExact;
import org.arlab.core.kl.KlMonteCarlo;
import org.arlab.core.kl.ProcessKl;
import org.arlab.core.neural.ModelFile;
import org.arlab.core.process.SequenceModel;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.KlModelChoice;
import org.arlab.core.session.KlReference;

/**
 * Restarts the KL experiment whenever p, q (their kind, sliders, shelf entry, file), T or the seed move; the Monte
 * Carlo estimates then grow batch after batch in the background ({@link PacedLoop}) until M reaches its maximum, with
 * pause, resume and reset. Two linear models: the closed form and {@link KlMonteCarlo}; any other pair:
 * {@link ProcessKl} over the machine's cores, with a reference from a long run on request, and the one-click
 * question "how far is the trained model from the truth?".
 */
public final class KlController {
    /** Sequences of the reference run: 10⁶, fewer for long horizons (at most 2·10⁸ steps). */
    static long referenceSamples(int horizon) {
        return Math.max(10_000, Math.min(1_000_000, 200_000_000L / horizon));
    }

    /** Sequences per direction for the truth-versus-trained answer. */
    static final long ANSWER_SAMPLES = 4000;
    private static final long REFERENCE_SALT = 0x3C6EF372FE94F82BL;

    /** The sampler's state: a linear pair (closed form) or any pair (Monte Carlo only). */
    final class Run {
        final KlMonteCarlo mc;
        final ProcessKl any;
        final ArModel p;
        final ArModel q;
        final int horizon;
        final String pair;
        KlExact exact;

        Run(ArModel p, ArModel q, int horizon, long seed) {
            this.p = p;
            this.q = q;
            this.horizon = horizon;
            this.mc = new KlMonteCarlo(p, q, horizon, null, RandomStreams.perSequence(seed), ProcessKl.cores());
            this.any = null;
            this.pair = "";
        }

        Run(ProcessKl any, String pair) {
            this.any = any;
            this.pair = pair;
            this.mc = null;
            this.p = null;
            this.q = null;
            this.horizon = any.horizon();
        }

        void advance(long n, BooleanSupplier cancelled) {
            if (mc != null) {
                mc.advance(n, cancelled);
            } else {
                any.advance(n, cancelled);
            }
        }

        long count() {
            return mc != null ? mc.count() : any.count();
        }

        KlSnapshot snapshot(long max) {
            if (mc != null) {
                if (exact == null) {
                    exact = KlExact.of(p, q, horizon);
                }
                return new KlSnapshot(exact, mc.logRatio(), mc.conditional(), mc.logRatioTrace(),
                        mc.conditionalTrace(), max);
            }
            KlReference r = reference;
            boolean has = r.isFor(pair);
            return new KlSnapshot(null, any.logRatio(), any.conditional(), any.logRatioTrace(),
                    any.conditionalTrace(), max, new KlSnapshot.Models(pair, any.method(), any.notes(),
                            any.secondsPerSequence() * 1e4, has ? r.value() : Double.NaN,
                            has ? r.stdError() : Double.NaN, horizon, any.cumulative()));
        }
    }

    private final KlModel model;
    private final PacedLoop<Run, KlSnapshot> loop;
    private final Background tasks;
    private final ModelShelf shelf;
    private final SeriesPort series;
    private final Map<String, ModelFile> files = new HashMap<>();
    /** The session's reference, copied for the worker (which builds snapshots). */
    private volatile KlReference reference = KlReference.NONE;
    private Run current;
    /** Tests: a shorter reference run. */
    long referenceOverride;

    /**
     * Two linear AR models only (no shelf, no series): the lab as it was, for tests.
     *
     * @param model the lab's model
     * @param runner the lab's background runner
     */
    public KlController(KlModel model, Background runner) {
        this(model, runner, null, null, null);
    }

    /**
     * @param model the lab's model
     * @param runner the lab's background runner (the live loop)
     * @param tasks a second runner for the reference run and the truth-versus-trained answer (null: none)
     * @param shelf the session's models (null: none)
     * @param series the current series (null: none)
     */
    public KlController(KlModel model, Background runner, Background tasks, ModelShelf shelf, SeriesPort series) {
        this.model = model;
        this.tasks = tasks;
        this.shelf = shelf;
        this.series = series;
        this.loop = new PacedLoop<>(runner, (run, n, cancelled) -> run.advance(n, cancelled), Run::count,
                run -> run.snapshot(model.sampling().maxSamples()),
                s -> {
                    model.publish(s);
                    if (s.exact() != null && s.exact().forward().length < s.exact().horizon()) {
                        model.say(KlPresenter.overflow(s.exact()));
                    }
                }, e -> model.say(e.getMessage()));
        model.p().onChange(this::restartIfLinear);
        model.q().onChange(this::restartIfLinear);
        model.pSide().onChange(this::restart);
        model.qSide().onChange(this::restart);
        model.logHorizonProperty().addListener((o, a, b) -> restart());
        reference = model.referenceProperty().get();
        model.referenceProperty().addListener((o, a, b) -> {
            reference = b;
            // a reference that arrives after the run has reached its M: without a new snapshot the error chart
            // waited for one that never came (KlModelsUiTest timed out once in five runs)
            loop.refresh();
        });
        if (shelf != null) {
            shelf.entries().addListener((ListChangeListener<ModelShelf.Entry>) c -> {
                if (uses(KlModelChoice.Source.SHELF)) {
                    restart();
                }
            });
        }
        if (series != null) {
            series.currentSeriesProperty().addListener((o, a, b) -> {
                if (uses(KlModelChoice.Source.TRUTH)) {
                    restart();
                }
            });
        }
        model.sampling().drive(loop, this::restart);
        restart();
    }

    private boolean uses(KlModelChoice.Source s) {
        return model.pSide().sourceProperty().get() == s || model.qSide().sourceProperty().get() == s;
    }

    private void restartIfLinear() {
        if (uses(KlModelChoice.Source.LINEAR)) {
            restart();
        }
    }

    private KlPair pair() {
        List<ModelShelf.Entry> entries = shelf == null ? List.of() : List.copyOf(shelf.entries());
        CurrentSeries s = series == null ? null : series.currentSeriesProperty().get();
        return new KlPair(entries, s, files);
    }

    private KlPair.Side side(KlPair pair, String name, KlSide side, org.arlab.app.ArParameters sliders) {
        return pair.resolve(name, side.sourceProperty().get(), side.shelfKeyProperty().get(),
                side.fileProperty().get(), sliders);
    }

    /** Starts again from M = 0 with the current parameters. */
    public void restart() {
        KlPair pair = pair();
        KlPair.Side p;
        KlPair.Side q;
        try {
            p = side(pair, "p", model.pSide(), model.p());
            q = side(pair, "q", model.qSide(), model.q());
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage());
            return;
        }
        model.pair(KlPresenter.pair(p.description(), q.description()));
        long seed = model.sampling().seedProperty().get();
        int t = model.horizon();
        if (p.linear() != null && q.linear() != null) {
            model.say(KlPresenter.stationarity(p.linear(), q.linear()));
            current = new Run(p.linear(), q.linear(), t, seed);
        } else {
            model.say("");
            current = new Run(new ProcessKl(p.model(), q.model(), t, seed, ProcessKl.cores()),
                    KlPresenter.pairKey(p.description(), q.description(), t));
        }
        loop.start(current, model.sampling().maxSamples());
    }

    /**
     * Runs the reference for the current pair (no closed form): {@link #referenceSamples} sequences from another
     * seed, stored in the session's settings when done.
     */
    public void computeReference() {
        Run run = current;
        if (run == null || run.any == null || tasks == null) {
            return;
        }
        SequenceModel p = run.any.p();
        SequenceModel q = run.any.q();
        int t = run.horizon;
        long m = referenceOverride > 0 ? referenceOverride : referenceSamples(t);
        long seed = model.sampling().seedProperty().get() ^ REFERENCE_SALT;
        model.say("Computing a reference from " + org.arlab.chart.Format.count(m) + " sequences…");
        tasks.submit("KL reference", progress -> {
            ProcessKl ref = new ProcessKl(p, q, t, seed, ProcessKl.cores());
            long block = 2048;
            for (long done = 0; done < m; done += block) {
                progress.checkCancelled();
                ref.advance(Math.min(block, m - done), progress::isCancelled);
                progress.report((double) (done + block) / m);
            }
            progress.checkCancelled();
            return new KlReference(run.pair, ref.conditional().mean(), ref.conditional().stdError(), ref.count());
        }, r -> {
            model.referenceProperty().set(r);
            model.say("Reference: KL_T(p‖q) = " + org.arlab.chart.Format.number(r.value()) + " ± "
                    + org.arlab.chart.Format.number(r.stdError()) + " from " + org.arlab.chart.Format.count(
                            r.samples()) + " sequences, stored with the session.");
        }, e -> model.say(e.getMessage()));
    }

    /**
     * "How far is the trained model from the truth?": p becomes the truth (the shelf's "neural.truth", else the
     * current series' generator), q the trained model (the shelf's "neural.trained", else the first trained entry);
     * then KL both ways per step and the validation NLL gap, on the task runner.
     */
    public void askTruthVersusTrained() {
        String trained = trainedKey();
        if (trained == null) {
            model.answer(KlPresenter.NO_TRAINED);
            return;
        }
        boolean shelfTruth = shelf != null && shelf.entries().stream().anyMatch(e -> e.key().equals("neural.truth"));
        model.pSide().shelfKeyProperty().set(shelfTruth ? "neural.truth" : "");
        model.pSide().sourceProperty().set(shelfTruth ? KlModelChoice.Source.SHELF : KlModelChoice.Source.TRUTH);
        model.qSide().shelfKeyProperty().set(trained);
        model.qSide().sourceProperty().set(KlModelChoice.Source.SHELF);
        KlPair pair = pair();
        KlPair.Side truth;
        KlPair.Side net;
        try {
            truth = side(pair, "p", model.pSide(), model.p());
            net = side(pair, "q", model.qSide(), model.q());
        } catch (IllegalArgumentException e) {
            model.answer(e.getMessage());
            return;
        }
        CurrentSeries s = series == null ? null : series.currentSeriesProperty().get();
        double[] x = s == null ? null : s.values();
        int t = model.horizon();
        long seed = model.sampling().seedProperty().get();
        model.answer("Comparing the trained model with the truth…");
        if (tasks == null) {
            return;
        }
        tasks.submit("KL: truth and trained", progress -> TruthVersusTrained.of(truth.model(), net.model(),
                net.description(), x, t, ANSWER_SAMPLES, seed, progress::isCancelled),
                a -> model.answer(KlPresenter.answer(a)), e -> model.answer(e.getMessage()));
    }

    private String trainedKey() {
        if (shelf == null) {
            return null;
        }
        String any = null;
        for (ModelShelf.Entry e : shelf.entries()) {
            if (e.key().equals("neural.trained")) {
                return e.key();
            }
            if (any == null && e.key().endsWith(".trained")) {
                any = e.key();
            }
        }
        return any;
    }

    /** @return the sampling loop (pause, resume) */
    public PacedLoop<Run, KlSnapshot> loop() {
        return loop;
    }
}
