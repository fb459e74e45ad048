package org.arlab.app;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Draws Monte Carlo samples in the background batch after batch, publishing a snapshot after each one, so that an
 * estimate can be watched as it settles (DESIGN.md, "The live loop"). Each batch lasts about {@value #BATCH_MS} ms
 * (about 30 updates a second; at least 20 measured on a busy two-core machine); at a chosen pace the batch is the
 * pace's share of that time, else as many samples as fit. Starting again (a parameter moved) supersedes the running
 * loop: its later results are dropped. All methods are called on the FX thread.
 *
 * @param <S> the sampler's state (used only on the worker while a batch runs)
 * @param <R> the snapshot published after each batch
 */
public final class PacedLoop<S, R> {
    /** Target duration of one batch, ms. */
    public static final long BATCH_MS = 30;

    /**
     * The time a batch is measured and paced by. The loop reads the time on its worker and waits there for the rest
     * of a paced batch; tests give a clock that moves only when told, so they never sleep.
     */
    public interface Clock {
        /** The system's clock: {@link System#nanoTime()} and {@link Thread#sleep(long, int)}. */
        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            }
        };

        /** @return a monotonic time in nanoseconds */
        long nanoTime();

        /**
         * Waits about that long.
         *
         * @param nanos how long, nanoseconds (positive)
         * @throws InterruptedException when the worker is interrupted
         */
        void sleep(long nanos) throws InterruptedException;
    }

    /** Draws up to n more samples into the state, stopping early when cancelled. */
    @FunctionalInterface
    public interface Sampler<S> {
        /** @param state the state; n how many; cancelled polled between chunks */
        void advance(S state, long n, java.util.function.BooleanSupplier cancelled);
    }

    private final Background runner;
    private final Sampler<S> sampler;
    private final ToLongFunction<S> count;
    private final Function<S, R> snapshot;
    private final Consumer<R> publish;
    private final Consumer<Throwable> failed;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper pausedState = new ReadOnlyBooleanWrapper(this, "paused", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private long generation;
    private S state;
    private long max;
    private double pace = Double.POSITIVE_INFINITY;
    private boolean paused;
    private boolean held;

    /**
     * @param runner the lab's background runner
     * @param sampler draws samples
     * @param count the samples drawn so far
     * @param snapshot what to publish, made on the worker after each batch
     * @param publish called on the FX thread with each snapshot of the current run
     * @param failed called on the FX thread when a batch fails (the loop stops)
     */
    public PacedLoop(Background runner, Sampler<S> sampler, ToLongFunction<S> count, Function<S, R> snapshot,
            Consumer<R> publish, Consumer<Throwable> failed) {
        this(runner, sampler, count, snapshot, publish, failed, Clock.SYSTEM);
    }

    /**
     * As {@link #PacedLoop(Background, Sampler, ToLongFunction, Function, Consumer, Consumer)}, timed by a given clock.
     *
     * @param runner the lab's background runner
     * @param sampler draws samples
     * @param count the samples drawn so far
     * @param snapshot what to publish, made on the worker after each batch
     * @param publish called on the FX thread with each snapshot of the current run
     * @param failed called on the FX thread when a batch fails (the loop stops)
     * @param clock what batches are timed and paced by
     */
    public PacedLoop(Background runner, Sampler<S> sampler, ToLongFunction<S> count, Function<S, R> snapshot,
            Consumer<R> publish, Consumer<Throwable> failed, Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
        this.runner = runner;
        this.sampler = sampler;
        this.count = count;
        this.snapshot = snapshot;
        this.publish = publish;
        this.failed = failed;
    }

    /**
     * Starts a new run from a fresh state, superseding the current one. While paused, nothing is drawn but the fresh
     * state's snapshot is published once (with no samples: a lab's exact values follow its parameters).
     *
     * @param fresh the new state
     * @param maxSamples where to stop
     */
    public void start(S fresh, long maxSamples) {
        generation++;
        state = fresh;
        max = maxSamples;
        finished.set(false);
        if (paused) {
            showOnce();
        } else {
            submit();
        }
    }

    /** Publishes the current state's snapshot without drawing (a paused run whose parameters moved). */
    private void showOnce() {
        S s = state;
        long gen = generation;
        runner.submit("updating", progress -> snapshot.apply(s), r -> {
            if (gen == generation) {
                publish.accept(r);
            }
        }, e -> {
            if (gen == generation) {
                failed.accept(e);
            }
        });
    }

    /**
     * Publishes the current state's snapshot once more, without drawing: something the snapshot reads besides the
     * state has changed (the KL lab's reference). A finished or paused run shows it at once; while batches are drawn
     * the run goes on as before, one snapshot perhaps shown twice.
     */
    public void refresh() {
        if (state != null) {
            showOnce();
        }
    }

    /** Stops drawing after the current batch; {@link #resume()} goes on from there. */
    public void pause() {
        paused = true;
        pausedState.set(true);
        running.set(false);
    }

    /** Goes on drawing (if the run has not reached its maximum). */
    public void resume() {
        if (paused) {
            paused = false;
            pausedState.set(false);
            submit();
        }
    }

    /** @return true while paused by the user */
    public ReadOnlyBooleanProperty pausedProperty() {
        return pausedState.getReadOnlyProperty();
    }

    /** @return true once the run has drawn its largest M (until it starts again or the maximum is raised) */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /**
     * Holds the loop while its lab is off screen (true) and lets it go on when it shows again (false), whether or not
     * the user has paused it: a user's pause stays a pause.
     */
    public void hold(boolean hold) {
        if (hold == held) {
            return;
        }
        held = hold;
        if (held) {
            running.set(false);
        } else {
            submit();
        }
    }

    /** @return true while paused */
    public boolean isPaused() {
        return paused;
    }

    /** @param samplesPerSecond the pace, or infinity for as fast as possible */
    public void setPace(double samplesPerSecond) {
        this.pace = samplesPerSecond;
    }

    /** @param maxSamples where to stop; raising it resumes a run that had reached its old maximum */
    public void setMax(long maxSamples) {
        boolean wasDone = state != null && count.applyAsLong(state) >= max;
        max = maxSamples;
        finished.set(state != null && count.applyAsLong(state) >= max);
        if (wasDone && !paused && !running.get()) {
            submit();
        }
    }

    /** @return true while batches are being drawn */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void submit() {
        S s = state;
        if (s == null || paused || held) {
            return;
        }
        long gen = generation;
        long limit = max;
        double perSecond = pace;
        if (count.applyAsLong(s) >= limit) {
            running.set(false);
            finished.set(true);
            return;
        }
        running.set(true);
        runner.submit("sampling", progress -> {
            batch(s, limit, perSecond, progress);
            progress.report(count.applyAsLong(s) / (double) limit);
            return snapshot.apply(s);
        }, r -> {
            if (gen != generation) {
                return;
            }
            publish.accept(r);
            submit();
        }, e -> {
            if (gen == generation) {
                running.set(false);
                failed.accept(e);
            }
        });
    }

    private void batch(S s, long limit, double perSecond, Computation.Progress progress) throws InterruptedException {
        long start = clock.nanoTime();
        long deadline = start + BATCH_MS * 1_000_000L;
        long left = limit - count.applyAsLong(s);
        if (Double.isInfinite(perSecond)) {
            long chunk = 64;
            while (left > 0 && clock.nanoTime() < deadline) {
                progress.checkCancelled();
                long n = Math.min(chunk, left);
                long t0 = clock.nanoTime();
                sampler.advance(s, n, progress::isCancelled);
                left -= n;
                if (clock.nanoTime() - t0 < 5_000_000L) { // grow the chunk while it takes under 5 ms
                    chunk = Math.min(chunk * 2, 1 << 20);
                }
            }
            return;
        }
        long n = Math.min(left, Math.max(1, Math.round(perSecond * BATCH_MS / 1000.0)));
        sampler.advance(s, n, progress::isCancelled);
        long rest = deadline - clock.nanoTime();
        if (rest > 0) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            clock.sleep(rest);
        }
    }
}
