package org.arlab.core.session;

/**
 * The Horizon lab's parameters.
 *
 * @param truth the true model (up to order 4)
 * @param logTrain log10 of the training length
 * @param logHorizon log10 of the horizon H
 * @param logRollouts log10 of the number of rollouts M
 * @param seed the seed
 */
public record HorizonSettings(ArSettings truth, double logTrain, double logHorizon, double logRollouts, long seed) {
    /** The lab's start: AR(2) with φ = (0.9, −0.2), σ = 1; n_train = H = 200, M = 2000, seed 7. */
    public static final HorizonSettings DEFAULT = new HorizonSettings(
            new ArSettings(2, new double[] {0.9, -0.2, 0, 0}, 1), Math.log10(200), Math.log10(200),
            Math.log10(2000), 7);

    /** The Horizon lab's place in a session file: {@code labs.horizon}. */
    public static final LabSlot<HorizonSettings> SLOT = new LabSlot<>("horizon", HorizonSettings.class, DEFAULT);

    /**
     * @throws IllegalArgumentException for a missing model or a slider value off its scale
     */
    public HorizonSettings {
        if (truth == null) {
            throw new IllegalArgumentException("the Horizon lab needs its true model.");
        }
        range("log10 n_train", logTrain, Math.log10(20), 5);
        range("log10 H", logHorizon, 1, 3);
        range("log10 M", logRollouts, 1, 4);
    }

    static void range(String what, double v, double low, double high) {
        if (!(v >= low && v <= high)) {
            throw new IllegalArgumentException(what + " must be " + (float) low + " to " + (float) high + ", not " + v
                    + ".");
        }
    }
}
