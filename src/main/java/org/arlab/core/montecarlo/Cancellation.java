package org.arlab.core.montecarlo;

import java.util.function.BooleanSupplier;

/**
 * Cancellation polls for the samplers' {@code advance(n, cancelled)}.
 * <p>
 * Classes, not lambdas, on a command line's way (here, in the launcher, the {@code kl} and {@code mc} commands and
 * the samplers' threads): the first lambda of a run bootstraps the lambda machinery, ~12 ms of a command line's
 * start-up (class-load timeline), ~10% of {@code mc}'s whole run.
 */
public final class Cancellation {
    /** A cancellation that never comes, for runs to the end. */
    public static final BooleanSupplier NEVER = new BooleanSupplier() {
        @Override
        public boolean getAsBoolean() {
            return false;
        }
    };

    private Cancellation() {
    }
}
