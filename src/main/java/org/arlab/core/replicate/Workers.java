package org.arlab.core.replicate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A fixed number of threads that share a range of indices: the calling thread and {@code threads − 1} helpers (daemon
 * threads) take chunks of the range in turn until it is done. What each index computes must depend on the index alone
 * (its own random stream, its own slot of the output), so the result is the same for any number of threads.
 */
public final class Workers implements AutoCloseable {
    private final int threads;
    private final ExecutorService helpers;

    /**
     * @param threads how many threads work, the caller included (1 runs everything on the caller)
     * @throws IllegalArgumentException for fewer than 1 or more than 256 threads
     */
    public Workers(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("the number of threads must be 1 to 256, not " + threads + ".");
        }
        this.threads = threads;
        this.helpers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "arlab-replicate");
            t.setDaemon(true);
            return t;
        });
    }

    /** @return one thread per available processor */
    public static Workers perProcessor() {
        return new Workers(Math.max(1, Math.min(256, Runtime.getRuntime().availableProcessors())));
    }

    /** @return the number of threads, the caller's included */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body} for every index in [from, to), spread over the threads; returns when all are done.
     *
     * @param cancelled polled between chunks
     * @throws CancellationException when cancelled before the range was done
     */
    public void forRange(int from, int to, BooleanSupplier cancelled, IntConsumer body) {
        int count = to - from;
        if (count <= 0) {
            return;
        }
        int chunk = Math.max(1, count / (threads * 8));
        AtomicInteger next = new AtomicInteger(from);
        Runnable work = () -> {
            while (!cancelled.getAsBoolean()) {
                int a = next.getAndAdd(chunk);
                if (a >= to) {
                    return;
                }
                int b = Math.min(to, a + chunk);
                for (int i = a; i < b; i++) {
                    body.accept(i);
                }
            }
        };
        List<Future<?>> futures = new ArrayList<>();
        if (helpers != null) {
            for (int t = 1; t < Math.min(threads, (count + chunk - 1) / chunk); t++) {
                futures.add(helpers.submit(work));
            }
        }
        RuntimeException failure = null;
        try {
            work.run();
        } catch (RuntimeException e) {
            failure = e;
            next.set(to);
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                next.set(to);
                failure = new CancellationException("interrupted");
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }

    /** Stops the helper threads. */
    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
