package org.arlab.core.session;

/**
 * The Mixture lab's parameters (MATH.md, problem 3).
 *
 * @param part which picture: Bishop's inverted sinusoid (a conditional density t | x) or a series (an MDN-AR)
 * @param source the series of part 2: a known generator or the Data lab's series
 * @param components C, 1..8
 * @param hidden D, the hidden units (the feature vector the head reads), 1..64
 * @param network part 2's network: an MLP on a window of p values or a GRU with a warm-up of p
 * @param order p, 1..16
 * @param logRate log10 of Adam's step η, −4..−0.5
 * @param seed fixes the data and the initial weights
 * @param probe where the conditional density is shown, as a fraction 0..1 across the heat map
 */
public record MixtureSettings(Part part, Source source, int components, int hidden, Network network, int order,
        double logRate, long seed, double probe) {
    /** The two pictures of the lab. */
    public enum Part {
        /** Part 1: x ~ U(0, 1), t = x + 0.3 sin(2πx) + U(−0.1, 0.1), inverted. */
        SINUSOID,
        /** Part 2: a series whose next step is multimodal, an MDN-AR. */
        SERIES
    }

    /** Part 2's series. */
    public enum Source {
        /** Two AR(1)s chosen by a hidden Markov chain. */
        REGIME,
        /** A threshold AR whose noise differs by regime. */
        THRESHOLD,
        /** Euler steps in a double-well potential. */
        DOUBLE_WELL,
        /** The Data lab's series (generated or loaded). */
        LOADED
    }

    /** Part 2's network. */
    public enum Network {
        /** An MLP on the last p values. */
        WINDOW,
        /** A GRU over the whole history. */
        GRU
    }

    /** The most components offered. */
    public static final int MAX_COMPONENTS = 8;
    /** The most hidden units offered. */
    public static final int MAX_HIDDEN = 64;
    /** The longest window offered. */
    public static final int MAX_ORDER = 16;

    /** The lab's start: the inverted sinusoid, C = 3, D = 16, window 3, η = 0.01, seed 42. */
    public static final MixtureSettings DEFAULT = new MixtureSettings(Part.SINUSOID, Source.REGIME, 3, 16,
            Network.WINDOW, 3, -2, 42, 0.5);

    /** The Mixture lab's place in a session file: {@code labs.mixture}. */
    public static final LabSlot<MixtureSettings> SLOT = new LabSlot<>("mixture", MixtureSettings.class, DEFAULT);

    /** @throws IllegalArgumentException for a missing choice or a number off its slider */
    public MixtureSettings {
        if (part == null || source == null || network == null) {
            throw new IllegalArgumentException("the Mixture lab needs its part, source and network.");
        }
        FitSettings.check("C", components, 1, MAX_COMPONENTS);
        FitSettings.check("D", hidden, 1, MAX_HIDDEN);
        FitSettings.check("p", order, 1, MAX_ORDER);
        HorizonSettings.range("log10 η", logRate, -4, -0.5);
        HorizonSettings.range("the probe", probe, 0, 1);
    }

    /** @return η */
    public double rate() {
        return Math.pow(10, logRate);
    }
}
