package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The paced sampling loop with a plain publisher thread standing in for the FX thread. */
class PacedLoopTest {
    /** A counter that "samples" by counting. */
    static final class Counter {
        final String name;
        long count;

        Counter(String name) {
            this.name = name;
        }
    }

    record Snap(String name, long count) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final List<Snap> published = new CopyOnWriteArrayList<>();
    private final PacedLoop<Counter, Snap> loop = new PacedLoop<>(new Background("test", worker, fx),
            (c, n, cancelled) -> c.count += n, c -> c.count, c -> new Snap(c.name, c.count), published::add,
            Throwable::printStackTrace);

    @AfterEach
    void stop() throws Exception {
        onFx(loop::pause);
        Thread.sleep(2 * PacedLoop.BATCH_MS);
        worker.shutdownNow();
        fx.shutdownNow();
    }

    private void onFx(Runnable r) throws Exception {
        fx.submit(r).get(5, TimeUnit.SECONDS);
    }

    private static void await(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!c.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(c.getAsBoolean()).isTrue();
    }

    @Test
    void aPacedRunPublishesEveryBatchAndStopsAtItsMaximum() throws Exception {
        onFx(() -> {
            loop.setPace(10_000);
            loop.start(new Counter("a"), 3_000);
        });
        await(() -> !published.isEmpty() && published.get(published.size() - 1).count() == 3_000);
        // 3 000 samples at 10 000 per second in batches of BATCH_MS: 10 batches of 300
        assertThat(published).hasSizeBetween(9, 11);
        assertThat(published.get(0).count()).isEqualTo(300);
        Thread.sleep(100);
        assertThat(published.get(published.size() - 1).count()).isEqualTo(3_000);
        assertThat(loop.runningProperty().get()).isFalse();
    }

    @Test
    void startingAgainSupersedesTheRunningLoop() throws Exception {
        onFx(() -> loop.start(new Counter("old"), Long.MAX_VALUE));
        await(() -> published.size() >= 2);
        onFx(() -> loop.start(new Counter("new"), 1_000_000));
        int seen = published.size();
        await(() -> !published.isEmpty() && published.get(published.size() - 1).count() == 1_000_000);
        List<Snap> after = published.subList(seen, published.size());
        // the old run's batch still under way when the new run started finishes, but its result is dropped
        assertThat(after).noneMatch(s -> s.name().equals("old"));
        assertThat(after.get(after.size() - 1).name()).isEqualTo("new");
    }

    @Test
    void pauseHoldsTheCountAndResumeGoesOn() throws Exception {
        onFx(() -> {
            loop.setPace(20_000);
            loop.start(new Counter("p"), 100_000);
        });
        await(() -> published.size() >= 2);
        onFx(loop::pause);
        Thread.sleep(150);
        long held = published.get(published.size() - 1).count();
        Thread.sleep(200);
        assertThat(published.get(published.size() - 1).count()).isEqualTo(held);
        onFx(loop::resume);
        await(() -> published.get(published.size() - 1).count() > held);
    }

    @Test
    void aHeldLoopDrawsNothingUntilReleasedAndAUsersPauseOutlastsTheHold() throws Exception {
        onFx(() -> {
            loop.setPace(20_000);
            loop.start(new Counter("h"), 1_000_000);
        });
        await(() -> published.size() >= 2);
        onFx(() -> loop.hold(true));
        Thread.sleep(150);
        long held = published.get(published.size() - 1).count();
        Thread.sleep(200);
        assertThat(published.get(published.size() - 1).count()).isEqualTo(held);
        assertThat(loop.runningProperty().get()).isFalse();
        onFx(() -> loop.hold(false));
        await(() -> published.get(published.size() - 1).count() > held);
        // paused by the user, then hidden and shown again: still paused
        onFx(loop::pause);
        Thread.sleep(150);
        long paused = published.get(published.size() - 1).count();
        onFx(() -> loop.hold(true));
        onFx(() -> loop.hold(false));
        Thread.sleep(250);
        assertThat(published.get(published.size() - 1).count()).isEqualTo(paused);
        assertThat(loop.isPaused()).isTrue();
    }
}
