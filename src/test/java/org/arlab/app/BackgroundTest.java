package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BackgroundTest {
    /** An executor that runs tasks only when the test says so. */
    static final class Manual implements java.util.concurrent.Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }

        void runOne() {
            tasks.poll().run();
        }
    }

    @Test
    void requestsMadeWhileBusyAreCoalescedLatestWins() {
        Manual worker = new Manual();
        Manual fx = new Manual();
        Background bg = new Background("test", worker, fx);
        List<Integer> shown = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int v = i;
            bg.submit("job " + i, p -> v, shown::add, e -> { });
        }
        // job 1 runs; jobs 2..4 were replaced by 5 while waiting
        assertThat(worker.tasks).hasSize(1);
        assertThat(bg.droppedCount()).isEqualTo(3);
        worker.runOne(); // runs job 1, then queues job 5
        assertThat(worker.tasks).hasSize(1);
        worker.runOne();
        fx.runAll();
        assertThat(shown).containsExactly(1, 5);
        assertThat(bg.isBusy()).isFalse();
        assertThat(bg.completedCount()).isEqualTo(2);
    }

    @Test
    void resultsArePublishedOnThePublisherOnly() {
        Manual worker = new Manual();
        Manual fx = new Manual();
        Background bg = new Background("test", worker, fx);
        List<String> shown = new ArrayList<>();
        bg.submit("a", p -> "done", shown::add, e -> { });
        worker.runAll();
        assertThat(shown).isEmpty();
        fx.runAll();
        assertThat(shown).containsExactly("done");
    }

    @Test
    void failuresGoToTheErrorHandlerAndTheRunnerRecovers() {
        Manual worker = new Manual();
        Background bg = new Background("test", worker, Runnable::run);
        List<String> errors = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        bg.<Integer>submit("bad", p -> {
            throw new IllegalArgumentException("singular");
        }, shown::add, e -> errors.add(e.getMessage()));
        worker.runAll();
        bg.submit("good", p -> 7, shown::add, e -> { });
        worker.runAll();
        assertThat(errors).containsExactly("singular");
        assertThat(shown).containsExactly(7);
    }

    @Test
    void cancelStopsTheRunningComputationAndDropsItsResult() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Background bg = new Background("test", pool, Runnable::run);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(1);
            List<Object> shown = new ArrayList<>();
            bg.submit("long", p -> {
                started.countDown();
                while (true) {
                    p.checkCancelled();
                    Thread.onSpinWait();
                }
            }, shown::add, shown::add);
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            bg.cancel();
            bg.submit("after", p -> "next", r -> {
                shown.add(r);
                finished.countDown();
            }, shown::add);
            assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(shown).containsExactly("next");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listenerHearsStartProgressAndIdle() {
        Manual worker = new Manual();
        Background bg = new Background("Data", worker, Runnable::run);
        List<String> heard = new ArrayList<>();
        bg.setListener(new Background.Listener() {
            @Override
            public void started(String name) {
                heard.add("start " + name);
            }

            @Override
            public void progress(double fraction) {
                heard.add("progress " + fraction);
            }

            @Override
            public void idle() {
                heard.add("idle");
            }
        });
        bg.submit("x", p -> {
            p.report(0.5);
            return 1;
        }, r -> { }, e -> { });
        worker.runAll();
        assertThat(heard).containsExactly("start Data: x", "progress 0.5", "idle");
    }

    /** Issue 17, Slow: a lab off screen recomputed at every move of another lab's slider. */
    @Test
    void aHeldRunnerStartsNothingKeepsTheLatestRequestAndRunsItWhenReleased() {
        Manual worker = new Manual();
        Manual fx = new Manual();
        Background bg = new Background("test", worker, fx);
        List<Integer> shown = new ArrayList<>();
        bg.submit("job 1", p -> 1, shown::add, e -> { });
        bg.hold(true); // the running job finishes; nothing after it starts
        for (int i = 2; i <= 4; i++) {
            int v = i;
            bg.submit("job " + i, p -> v, shown::add, e -> { });
        }
        worker.runAll();
        fx.runAll();
        assertThat(shown).containsExactly(1);
        assertThat(worker.tasks).isEmpty();
        assertThat(bg.isHolding()).isTrue();
        bg.hold(false);
        worker.runAll();
        fx.runAll();
        assertThat(shown).containsExactly(1, 4);
        assertThat(bg.isBusy()).isFalse();
        assertThat(bg.isHolding()).isFalse();
    }
}
