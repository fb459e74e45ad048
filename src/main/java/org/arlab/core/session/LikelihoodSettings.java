package org.arlab.core.session;

/**
 * The Likelihood lab's choices.
 *
 * @param exact whether the exact likelihood is drawn (else the conditional one)
 * @param intercept whether c is profiled out (else c = 0)
 * @param xCoefficient the φ on the map's x axis, 1..6
 * @param yCoefficient the φ on the map's y axis, 1..6
 * @param fraction the share of the series used, log10(n_used)/log10(n), 0..1
 * @param logEta log10 of the gradient-ascent learning rate, −3..1
 * @param ascent the gradient-ascent path on the map: where it starts and how many steps it has climbed (added in
 *     session version 2; version-1 files read it as none)
 */
public record LikelihoodSettings(boolean exact, boolean intercept, int xCoefficient, int yCoefficient,
        double fraction, double logEta, Ascent ascent) {
    /** The lab's start: conditional, with intercept, φ₁ against φ₂, the whole series, η = 0.3, no path. */
    public static final LikelihoodSettings DEFAULT = new LikelihoodSettings(false, true, 1, 2, 1.0, Math.log10(0.3),
            Ascent.NONE);

    /**
     * A gradient-ascent path, replayed from its start when the session is opened (the climb is deterministic).
     *
     * @param shown whether there is a path
     * @param x the start's coordinate on the map's x axis
     * @param y the start's coordinate on the map's y axis
     * @param steps the steps taken from the start, 0..500
     */
    public record Ascent(boolean shown, double x, double y, int steps) {
        /** No path. */
        public static final Ascent NONE = new Ascent(false, 0, 0, 0);

        /**
         * @throws IllegalArgumentException for a start that is not finite or a step count outside 0..500
         */
        public Ascent {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("the ascent's start must be finite, not (" + x + ", " + y + ").");
            }
            FitSettings.check("number of ascent steps", steps, 0, 500);
        }
    }

    /** The same choices with no path (sessions of version 1). */
    public LikelihoodSettings(boolean exact, boolean intercept, int xCoefficient, int yCoefficient, double fraction,
            double logEta) {
        this(exact, intercept, xCoefficient, yCoefficient, fraction, logEta, Ascent.NONE);
    }

    /** The Likelihood lab's place in a session file: {@code labs.likelihood}. */
    public static final LabSlot<LikelihoodSettings> SLOT = new LabSlot<>("likelihood", LikelihoodSettings.class,
            DEFAULT);

    /**
     * @throws IllegalArgumentException for a value outside the lab's controls
     */
    public LikelihoodSettings {
        FitSettings.check("x coefficient", xCoefficient, 1, 6);
        FitSettings.check("y coefficient", yCoefficient, 1, 6);
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the share of the series must be 0 to 1, not " + fraction + ".");
        }
        if (!(logEta >= -3 && logEta <= 1)) {
            throw new IllegalArgumentException("log10 η must be −3 to 1, not " + logEta + ".");
        }
        if (ascent == null) {
            throw new IllegalArgumentException("the gradient-ascent path is missing (none is {\"shown\": false, …}).");
        }
    }
}
