package org.arlab.app;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs one lab's computations off the UI thread, one at a time, latest wins (DESIGN.md, "The live loop").
 * <ul>
 *   <li>At most one computation is in flight; a request made meanwhile waits in a single slot, and a newer request
 *       replaces (drops) the one waiting there, so dragging a slider never queues work.</li>
 *   <li>A finished computation's result is published through the {@code publisher} executor (the FX thread in the
 *       application, a direct executor in tests), then the waiting request, if any, starts.</li>
 *   <li>{@link #cancel()} asks the running computation to stop and drops the waiting one.</li>
 * </ul>
 * Listeners and result handlers are always called on the publisher.
 */
public final class Background {
    /** What a status line wants to know. Called on the publisher. */
    public interface Listener {
        /** A computation started; {@code name} says what it is. */
        void started(String name);

        /** @param fraction progress of the running computation, 0..1 */
        void progress(double fraction);

        /** The runner has nothing running nor waiting. */
        void idle();
    }

    private final String name;
    private final Executor worker;
    private final Executor publisher;
    private final Object lock = new Object();
    private volatile Listener listener;
    private Job<?> running;
    private Job<?> waiting;
    private long dropped;
    private long completed;
    /** Whether requests wait instead of starting (the lab is off screen). */
    private boolean held;

    /**
     * @param name what this runner computes, for the status line
     * @param worker where computations run (one background thread is enough: only one runs at a time)
     * @param publisher where results and listener calls go (the FX thread)
     */
    public Background(String name, Executor worker, Executor publisher) {
        this.name = Objects.requireNonNull(name);
        this.worker = Objects.requireNonNull(worker);
        this.publisher = Objects.requireNonNull(publisher);
    }

    /** @param l the listener, or null */
    public void setListener(Listener l) {
        this.listener = l;
    }

    /**
     * Requests a computation. Returns at once.
     *
     * @param label what the computation is, for the status line
     * @param computation the work
     * @param onResult called on the publisher with the result
     * @param onError called on the publisher with a failure (never with a cancellation)
     */
    public <R> void submit(String label, Computation<R> computation, Consumer<? super R> onResult,
            Consumer<? super Throwable> onError) {
        Job<R> job = new Job<>(label, computation, onResult, onError);
        synchronized (lock) {
            if (running == null && !held) {
                running = job;
            } else {
                if (waiting != null) {
                    dropped++;
                }
                waiting = job;
                return;
            }
        }
        start(job);
    }

    /**
     * Holds the runner while its lab is off screen (true): requests wait in the single slot, the latest winning, and
     * nothing starts; released (false), the latest request starts. A lab off screen then costs nothing while another
     * lab is dragged (the Fit lab refitted 10⁶ values at every move of φ in the Data lab), and catches up when shown.
     */
    public void hold(boolean hold) {
        Job<?> go = null;
        synchronized (lock) {
            held = hold;
            if (!hold && running == null && waiting != null) {
                go = waiting;
                waiting = null;
                running = go;
            }
        }
        if (go != null) {
            start(go);
        }
    }

    /** Asks the running computation to stop and forgets the waiting one. */
    public void cancel() {
        synchronized (lock) {
            if (waiting != null) {
                dropped++;
                waiting = null;
            }
            if (running != null) {
                running.cancelled.set(true);
            }
        }
    }

    /** @return true while a computation runs or waits */
    public boolean isBusy() {
        synchronized (lock) {
            return running != null;
        }
    }

    /** @return true while a request waits for the runner to be released */
    public boolean isHolding() {
        synchronized (lock) {
            return held && waiting != null;
        }
    }

    /** @return how many requests were replaced before they started */
    public long droppedCount() {
        synchronized (lock) {
            return dropped;
        }
    }

    /** @return how many computations ran to the end (successfully or not) */
    public long completedCount() {
        synchronized (lock) {
            return completed;
        }
    }

    private void start(Job<?> job) {
        publisher.execute(() -> {
            Listener l = listener;
            if (l != null) {
                l.started(name + ": " + job.label);
            }
        });
        worker.execute(() -> runJob(job));
    }

    private <R> void runJob(Job<R> job) {
        R result = null;
        Throwable failure = null;
        try {
            result = job.computation.compute(job);
        } catch (CancellationException e) {
            failure = e;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            failure = e;
        }
        boolean cancelled = job.cancelled.get() || failure instanceof CancellationException;
        R r = result;
        Throwable f = failure;
        if (!cancelled) {
            publisher.execute(() -> {
                if (f == null) {
                    job.onResult.accept(r);
                } else {
                    job.onError.accept(f);
                }
            });
        }
        Job<?> next;
        synchronized (lock) {
            completed++;
            next = held ? null : waiting;
            if (next != null) {
                waiting = null;
            }
            running = next;
        }
        if (next != null) {
            start(next);
        } else {
            publisher.execute(() -> {
                Listener l = listener;
                if (l != null && !isBusy()) {
                    l.idle();
                }
            });
        }
    }

    private final class Job<R> implements Computation.Progress {
        final String label;
        final Computation<R> computation;
        final Consumer<? super R> onResult;
        final Consumer<? super Throwable> onError;
        final AtomicBoolean cancelled = new AtomicBoolean();

        Job(String label, Computation<R> computation, Consumer<? super R> onResult, Consumer<? super Throwable> onError) {
            this.label = label;
            this.computation = computation;
            this.onResult = onResult;
            this.onError = onError;
        }

        @Override
        public void report(double fraction) {
            publisher.execute(() -> {
                Listener l = listener;
                if (l != null) {
                    l.progress(fraction);
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
