package org.arlab.core.session;

/**
 * The Memory lab's parameters (MATH.md, problem 2D).
 *
 * @param source the process the series comes from, or the loaded series
 * @param lag L, the long lag, 5..200
 * @param coefficient φ (seasonal), a (delayed copy), or A/2 (long period), in [−0.95, 0.95]
 * @param length n, the number of values generated, 500..4000
 * @param window p, the window model's order, 1..32
 * @param hidden H, the recurrent state and the window MLP's hidden width, 2..32
 * @param truncation k, the BPTT truncation, 0 (none) to 200
 * @param logRate log10 η of Adam, −4..−1
 * @param epochs how many epochs to train, 10..2000
 * @param clip whether gradients are clipped to norm 1
 * @param scale s of W = s·Q, 0.5..1.5
 * @param seed the seed of the series, the initial weights, the batch order and Q
 */
public record MemorySettings(Source source, int lag, double coefficient, int length, int window, int hidden,
        int truncation, double logRate, int epochs, boolean clip, double scale, long seed) {
    /** Where the series comes from. */
    public enum Source {
        /** x_t = φ x_{t−L} + ε_t. */
        SEASONAL,
        /** x_t = a x_{t−L} + u_t. */
        DELAYED_COPY,
        /** x_t = A sin(2πt/L) + ε_t. */
        LONG_PERIOD,
        /** The Data lab's current series. */
        CURRENT
    }

    /** The lab's start: a delayed copy at L = 30 with a = 0.7, n = 1000; p = 10, H = 10, no truncation, η = 0.01. */
    public static final MemorySettings DEFAULT = new MemorySettings(Source.DELAYED_COPY, 30, 0.7, 1000, 10, 10, 0, -2,
            200, false, 0.9, 42);

    /** The Memory lab's place in a session file: {@code labs.memory}. */
    public static final LabSlot<MemorySettings> SLOT = new LabSlot<>("memory", MemorySettings.class, DEFAULT);

    /**
     * @throws IllegalArgumentException for a value off its control's range
     */
    public MemorySettings {
        if (source == null) {
            throw new IllegalArgumentException("the Memory lab needs a source.");
        }
        FitSettings.check("lag", lag, 5, 200);
        HorizonSettings.range("coefficient", coefficient, -0.95, 0.95);
        FitSettings.check("length", length, 500, 4000);
        FitSettings.check("window", window, 1, 32);
        FitSettings.check("hidden", hidden, 2, 32);
        FitSettings.check("truncation", truncation, 0, 200);
        HorizonSettings.range("log10 rate", logRate, -4, -1);
        FitSettings.check("epochs", epochs, 10, 2000);
        HorizonSettings.range("scale", scale, 0.5, 1.5);
    }
}
