package org.arlab.core.session;

/**
 * A reference value of KL_T(p‖q) from a very long Monte Carlo run, stored with the session so that the KL lab's error
 * chart has something to converge on when no closed form exists (a neural pair).
 *
 * @param pair what it is the KL of (the lab's description of p, q and T); "" for none
 * @param value the estimate
 * @param stdError its standard error
 * @param samples the sequences it took (0 for none)
 */
public record KlReference(String pair, double value, double stdError, long samples) {
    /** No reference. */
    public static final KlReference NONE = new KlReference("", 0, 0, 0);

    /** Validates. */
    public KlReference {
        if (pair == null || pair.length() > 2000) {
            throw new IllegalArgumentException("a KL reference needs a pair description of at most 2000 characters.");
        }
        if (!Double.isFinite(value) || !(stdError >= 0) || !Double.isFinite(stdError) || samples < 0) {
            throw new IllegalArgumentException("a KL reference needs a finite value, a standard error ≥ 0 and a "
                    + "count ≥ 0.");
        }
    }

    /** @return whether this is a reference for that pair */
    public boolean isFor(String description) {
        return samples > 0 && pair.equals(description);
    }
}
