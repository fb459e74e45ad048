package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The paced sampling loop, driven step by step: the worker and the FX thread are queues the test runs by hand, and
 * time is a fake clock that moves only when a sample is drawn or the loop waits. Nothing sleeps; "nothing happens
 * any more" is checked as "nothing is left to run", which no timing can change.
 */
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

    /** A clock that moves only when told; the loop's waits move it too. */
    static final class FakeClock implements PacedLoop.Clock {
        long now = 1_000_000_000L;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    private static final long MS = 1_000_000L;
    private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
    private final ArrayDeque<Runnable> fx = new ArrayDeque<>();
    private final FakeClock clock = new FakeClock();
    private final List<Snap> published = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    /** Fake nanoseconds one sample takes. */
    private long nanosPerSample;
    private final PacedLoop<Counter, Snap> loop = new PacedLoop<>(new Background("test", worker::add, fx::add),
            (c, n, cancelled) -> {
                c.count += n;
                clock.now += n * nanosPerSample;
            }, c -> c.count, c -> new Snap(c.name, c.count), published::add, failures::add, clock);

    @AfterEach
    void noFailures() {
        assertThat(failures).isEmpty();
    }

    /** Runs the FX queue empty, then one worker job (one batch), as long as there is anything to run. */
    private void settle() {
        for (int guard = 0; guard < 1_000_000; guard++) {
            if (!fx.isEmpty()) {
                fx.poll().run();
            } else if (!worker.isEmpty()) {
                worker.poll().run();
            } else {
                return;
            }
        }
        throw new AssertionError("the loop never settled");
    }

    /** Runs {@code batches} worker jobs, with the FX queue emptied before each and after the last. */
    private void batches(int batches) {
        for (int k = 0; k < batches; k++) {
            while (!fx.isEmpty()) {
                fx.poll().run();
            }
            assertThat(worker).as("a batch is waiting to run").isNotEmpty();
            worker.poll().run();
        }
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
    }

    private long last() {
        return published.get(published.size() - 1).count();
    }

    @Test
    void aPacedRunPublishesEveryBatchAndStopsAtItsMaximum() {
        loop.setPace(10_000);
        loop.start(new Counter("a"), 3_000);
        assertThat(loop.runningProperty().get()).isTrue();
        settle();
        // 3 000 samples at 10 000 per second in batches of BATCH_MS: 10 batches of 300, each waiting out its share
        assertThat(published).extracting(Snap::count)
                .containsExactly(300L, 600L, 900L, 1200L, 1500L, 1800L, 2100L, 2400L, 2700L, 3000L);
        assertThat(clock.sleeps).hasSize(10).allSatisfy(s -> assertThat(s).isEqualTo(PacedLoop.BATCH_MS * MS));
        assertThat(loop.runningProperty().get()).isFalse();
        assertThat(worker).isEmpty();
    }

    @Test
    void anUnpacedBatchDrawsAsManyAsFitInItsTimeInGrowingChunks() {
        nanosPerSample = 1_000; // 1 µs a sample: 30 000 fit in a batch
        loop.start(new Counter("u"), 1_000_000);
        long t0 = clock.now;
        batches(1);
        // chunks 64, 128, …, 4096 (each under 5 ms), then 8192 until the 30 ms are spent
        long grown = 64 + 128 + 256 + 512 + 1024 + 2048 + 4096;
        assertThat(last()).isEqualTo(grown + 3 * 8192);
        assertThat(clock.now - t0).isGreaterThanOrEqualTo(PacedLoop.BATCH_MS * MS);
        assertThat(clock.sleeps).isEmpty();
        settle();
        assertThat(last()).isEqualTo(1_000_000);
        assertThat(loop.runningProperty().get()).isFalse();
    }

    @Test
    void startingAgainSupersedesTheRunningLoop() {
        nanosPerSample = 1_000;
        Counter old = new Counter("old");
        loop.start(old, Long.MAX_VALUE);
        batches(2);
        assertThat(published).hasSize(2);
        // the old run's next batch is under way (queued on the worker) when the new run starts
        assertThat(worker).hasSize(1);
        loop.start(new Counter("new"), 1_000_000);
        long oldBefore = old.count;
        settle();
        List<Snap> after = published.subList(2, published.size());
        // that batch finishes, but its result is dropped
        assertThat(old.count).isGreaterThan(oldBefore);
        assertThat(after).isNotEmpty().noneMatch(s -> s.name().equals("old"));
        assertThat(after.get(after.size() - 1)).isEqualTo(new Snap("new", 1_000_000));
        assertThat(loop.runningProperty().get()).isFalse();
    }

    @Test
    void raisingTheMaximumResumesARunThatHadReachedIt() {
        loop.setPace(10_000);
        loop.start(new Counter("m"), 600);
        settle();
        assertThat(last()).isEqualTo(600);
        loop.setMax(1_200);
        assertThat(loop.runningProperty().get()).isTrue();
        settle();
        assertThat(last()).isEqualTo(1_200);
    }

    /**
     * A run that has reached its maximum shows a fresh snapshot when asked (the KL lab's reference arriving late),
     * drawing nothing; asked while batches run, the run goes on as before, at most one snapshot shown twice.
     */
    @Test
    void refreshingPublishesOnceMoreWithoutDrawingAndRunningBatchesSupersedeIt() {
        loop.setPace(10_000);
        loop.start(new Counter("r"), 600);
        settle();
        assertThat(published).extracting(Snap::count).containsExactly(300L, 600L);
        loop.refresh();
        settle();
        assertThat(published).extracting(Snap::count).containsExactly(300L, 600L, 600L);
        assertThat(loop.runningProperty().get()).isFalse();

        published.clear();
        loop.start(new Counter("s"), 900);
        worker.poll().run(); // the first batch drawn, its result not yet published
        loop.refresh();
        settle();
        assertThat(published).extracting(Snap::count).containsSubsequence(300L, 600L, 900L).hasSizeBetween(3, 4);
        assertThat(last()).isEqualTo(900);
        assertThat(published).extracting(Snap::name).containsOnly("s");
    }

    @Test
    void pauseHoldsTheCountAndResumeGoesOn() {
        loop.setPace(20_000);
        loop.start(new Counter("p"), 100_000);
        batches(2);
        loop.pause();
        assertThat(loop.runningProperty().get()).isFalse();
        settle(); // the batch under way when paused finishes and is shown; nothing follows it
        long held = last();
        assertThat(held).isEqualTo(3 * 600);
        assertThat(worker).isEmpty();
        assertThat(fx).isEmpty();
        assertThat(loop.isPaused()).isTrue();
        loop.resume();
        assertThat(loop.runningProperty().get()).isTrue();
        batches(1);
        assertThat(last()).isEqualTo(held + 600);
        settle();
        assertThat(last()).isEqualTo(100_000);
    }

    @Test
    void aHeldLoopDrawsNothingUntilReleasedAndAUsersPauseOutlastsTheHold() {
        loop.setPace(20_000);
        loop.start(new Counter("h"), 1_000_000);
        batches(2);
        loop.hold(true);
        settle();
        long held = last();
        assertThat(worker).isEmpty();
        assertThat(loop.runningProperty().get()).isFalse();
        loop.hold(false);
        assertThat(loop.runningProperty().get()).isTrue();
        batches(1);
        assertThat(last()).isEqualTo(held + 600);
        // paused by the user, then hidden and shown again: still paused, nothing to run
        loop.pause();
        settle();
        long paused = last();
        loop.hold(true);
        loop.hold(false);
        assertThat(worker).isEmpty();
        assertThat(fx).isEmpty();
        assertThat(last()).isEqualTo(paused);
        assertThat(loop.isPaused()).isTrue();
        assertThat(loop.runningProperty().get()).isFalse();
    }

    @Test
    void aFailingBatchStopsTheLoopAndIsReported() {
        List<Throwable> seen = new ArrayList<>();
        PacedLoop<Counter, Snap> failing = new PacedLoop<>(new Background("test", worker::add, fx::add),
                (c, n, cancelled) -> {
                    throw new IllegalStateException("broken sampler");
                }, c -> c.count, c -> new Snap(c.name, c.count), published::add, seen::add, clock);
        failing.start(new Counter("f"), 1_000);
        settle();
        assertThat(seen).singleElement().extracting(Throwable::getMessage).isEqualTo("broken sampler");
        assertThat(published).isEmpty();
        assertThat(failing.runningProperty().get()).isFalse();
    }

    /** Issue 17, item 9: while paused, a run started for new parameters shows its fresh state (the exact values). */
    @Test
    void aRunStartedWhilePausedPublishesItsFreshSnapshotOnceAndDrawsNothing() {
        loop.setPace(10_000);
        loop.start(new Counter("a"), 3_000);
        batches(1);
        loop.pause();
        settle();
        int n = published.size();
        loop.start(new Counter("b"), 3_000);
        settle();
        assertThat(published.subList(n, published.size())).containsExactly(new Snap("b", 0));
        assertThat(loop.isPaused()).isTrue();
        assertThat(loop.pausedProperty().get()).isTrue();
        assertThat(loop.finishedProperty().get()).isFalse();
        loop.resume();
        settle();
        assertThat(last()).isEqualTo(3_000);
        assertThat(loop.finishedProperty().get()).isTrue();
        loop.setMax(6_000);
        assertThat(loop.finishedProperty().get()).isFalse();
        settle();
        assertThat(last()).isEqualTo(6_000);
    }
}
