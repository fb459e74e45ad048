package org.arlab.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;

/** What the UI tests share: waiting for the FX thread and the background runner, and a worker thread. */
public final class UiTests {
    /** Pause between two looks at a condition, ms. */
    private static final long POLL_MS = 5;

    private UiTests() {
    }

    /**
     * Waits up to {@code seconds} for the condition, letting the FX events queued so far run before each look (one
     * round trip to the FX thread; TestFX's waitForFxEvents takes five, with 10 ms sleeps between). Returns as soon
     * as the condition holds; an exception thrown by the condition fails the wait at once.
     *
     * @throws TimeoutException when the condition still does not hold after that time
     */
    public static void waitFor(int seconds, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            fxEvents();
            if (condition.getAsBoolean()) {
                // a property read here holds its new value before its listeners have run on the FX thread (a view
                // drawing it): let that event finish, so what the test reads next is what the screen shows (CI once
                // read a chart's dataset while the Sampling view was rebuilding it)
                fxEvents();
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException("Condition was not fulfilled within " + seconds + " seconds.");
            }
            Thread.sleep(POLL_MS);
        }
    }

    /** Lets the FX events queued so far run: returns once an empty task posted behind them has run. */
    public static void fxEvents() throws Exception {
        FutureTask<Void> task = new FutureTask<>(() -> {
        }, null);
        Platform.runLater(task);
        task.get(10, TimeUnit.SECONDS);
    }

    /**
     * Holds the sampling labs of a window a test is done with: TestFX hides the window after each test, but the lab
     * on screen would go on sampling (up to minutes) beside the next tests. Call on the FX thread.
     */
    public static void holdSampling(MainWindow window) {
        for (String title : new String[] {"KL", "Monte Carlo", "Neural AR", "Mixture", "Memory", "Sampling"}) {
            org.arlab.app.lab.Lab lab = window.lab(title);
            if (lab != null) {
                lab.setShown(false);
            }
        }
    }

    /** @return a single daemon thread for a lab's background runner */
    public static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
