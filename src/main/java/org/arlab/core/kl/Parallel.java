package org.arlab.core.kl;

import java.util.function.IntConsumer;

/**
 * Runs the parts of one batch of sequences side by side: part 0 on the calling thread, the others on daemon threads
 * of their own, then waits for all. What each part writes is the caller's to fold, in sequence order, so the result
 * does not depend on how many parts there were.
 */
final class Parallel {
    private Parallel() {
    }

    /**
     * @param parts how many parts, at least 1
     * @param name the threads' name, numbered
     * @param part runs part k
     * @throws RuntimeException the first part's (in part order) that failed, after every part has ended
     */
    static void run(int parts, String name, IntConsumer part) {
        RuntimeException[] failure = new RuntimeException[parts];
        Thread[] helpers = new Thread[parts - 1];
        for (int k = 1; k < parts; k++) {
            int p = k;
            helpers[k - 1] = new Thread(new Runnable() { // not a lambda: see Cancellation
                @Override
                public void run() {
                    try {
                        part.accept(p);
                    } catch (RuntimeException e) {
                        failure[p] = e;
                    }
                }
            }, name + "-" + k);
            helpers[k - 1].setDaemon(true);
            helpers[k - 1].start();
        }
        try {
            part.accept(0);
        } catch (RuntimeException e) {
            failure[0] = e;
        }
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while sampling.", e);
            }
        }
        for (RuntimeException e : failure) {
            if (e != null) {
                throw e;
            }
        }
    }
}
