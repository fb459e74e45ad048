package org.arlab.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests share: waiting for the FX thread and the background runner, and a worker thread. */
public final class UiTests {
    private UiTests() {
    }

    /** Waits up to {@code seconds} for the condition, letting pending FX events run between checks. */
    public static void waitFor(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
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
