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
 */
public record LikelihoodSettings(boolean exact, boolean intercept, int xCoefficient, int yCoefficient,
        double fraction, double logEta) {
    /** The lab's start: conditional, with intercept, φ₁ against φ₂, the whole series, η = 0.3. */
    public static final LikelihoodSettings DEFAULT = new LikelihoodSettings(false, true, 1, 2, 1.0, Math.log10(0.3));

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
    }
}
