package org.arlab.app;

/**
 * A piece of work for a {@link Background} runner. It may report progress and should return early (throwing
 * {@link java.util.concurrent.CancellationException}) once {@link Progress#isCancelled()} turns true.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface Computation<R> {
    /**
     * @param progress where to report progress and read cancellation
     * @return the result, published on the UI thread
     * @throws Exception a failure, shown to the user as a message
     */
    R compute(Progress progress) throws Exception;

    /** Progress reporting and cancellation, as seen from inside a computation. */
    interface Progress {
        /** @param fraction done so far, 0..1 */
        void report(double fraction);

        /** @return true once the user asked to cancel this computation */
        boolean isCancelled();

        /** Throws {@link java.util.concurrent.CancellationException} if cancelled. */
        default void checkCancelled() {
            if (isCancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
        }
    }
}
