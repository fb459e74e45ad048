package org.arlab.core.session;

import java.util.Arrays;

import org.arlab.core.neural.Activation;
import org.arlab.core.neural.Schedule;
import org.arlab.core.process.ExponentialAr;
import org.arlab.core.process.GaussianGenerator;
import org.arlab.core.process.LogisticMapNoise;
import org.arlab.core.process.Setar;
import org.arlab.core.process.SineArNoise;

/**
 * The Neural AR lab's parameters (MATH.md, problems 2A, 2B and 2E).
 *
 * @param source where the series comes from: the Data lab's current series or one of the lab's generators
 * @param length n of a generated series
 * @param dataSeed the generator's seed
 * @param validation the fraction of targets kept for validation
 * @param architecture window MLP, RNN or GRU
 * @param order p, the window (and the linear AR's order; a recurrent net's warm-up)
 * @param hidden units per hidden layer (or the recurrent state)
 * @param depth hidden layers of the MLP, 1 or 2
 * @param activation of the MLP's hidden layers
 * @param learnSigma whether σ is learned (as log σ²) or fixed
 * @param fixedSigma σ when fixed, in standardised units
 * @param adam Adam (true) or plain gradient ascent
 * @param logRate log10 η
 * @param batch the mini-batch size, 0 for the full batch
 * @param maxEpochs where training stops
 * @param seed the initial weights' and mini-batches' seed
 * @param schedule teacher forcing or a scheduled-sampling schedule (window MLP only)
 * @param horizon H of the exposure-bias rollouts
 * @param rollouts M, the number of free-running rollouts in the fan
 * @param start where the fan starts, as a fraction of the validation part (0: its first value)
 * @param epochs the epoch reached when saved (the lab trains again to it: a seed replays a run exactly)
 * @param weights the trained weights when saved with them (empty otherwise), checked against the replay
 */
public record NeuralSettings(Source source, int length, long dataSeed, double validation, Architecture architecture,
        int order, int hidden, int depth, Activation activation, boolean learnSigma, double fixedSigma, boolean adam,
        double logRate, int batch, int maxEpochs, long seed, Schedule schedule, int horizon, int rollouts,
        double start, int epochs, double[] weights) {
    /** Where the data come from. */
    public enum Source {
        /** The Data lab's current series (generated or loaded). */
        DATA_LAB("the Data lab's series"),
        /** {@link Setar#standard()}. */
        SETAR("threshold AR (SETAR)"),
        /** {@link ExponentialAr#standard()}. */
        EXPONENTIAL_AR("exponential AR"),
        /** {@link LogisticMapNoise#standard()}. */
        LOGISTIC_MAP("logistic map + noise"),
        /** {@link SineArNoise#standard()}. */
        SINE_AR("sine + AR noise");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** @return the generator, or null for the Data lab's series */
        public GaussianGenerator generator() {
            return switch (this) {
                case DATA_LAB -> null;
                case SETAR -> Setar.standard();
                case EXPONENTIAL_AR -> ExponentialAr.standard();
                case LOGISTIC_MAP -> LogisticMapNoise.standard();
                case SINE_AR -> SineArNoise.standard();
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The network's kind. */
    public enum Architecture {
        /** A window MLP on the last p values. */
        MLP("window MLP"),
        /** An Elman RNN. */
        RNN("RNN"),
        /** A GRU. */
        GRU("GRU");

        private final String label;

        Architecture(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Largest window p. */
    public static final int MAX_ORDER = 8;
    /** Largest hidden width. */
    public static final int MAX_HIDDEN = 64;
    /** Longest generated series. */
    public static final int MAX_LENGTH = 5000;
    /** Largest epoch budget. */
    public static final int MAX_EPOCHS = 20_000;

    /**
     * The lab's start: SETAR data (n = 600, seed 1, a quarter for validation), MLP p = 2, 16 tanh units, σ learned,
     * Adam with η = 0.01, mini-batches of 32, up to 500 epochs, seed 42, teacher forcing; a fan of 50 rollouts of 20
     * steps from the start of the validation part.
     */
    public static final NeuralSettings DEFAULT = new NeuralSettings(Source.SETAR, 600, 1, 0.25, Architecture.MLP, 2,
            16, 1, Activation.TANH, true, 1, true, -2, 32, 500, 42, Schedule.TEACHER_FORCING, 20, 50, 0, 0,
            new double[0]);

    /** The Neural AR lab's place in a session file: {@code labs.neural}. */
    public static final LabSlot<NeuralSettings> SLOT = new LabSlot<>("neural", NeuralSettings.class, DEFAULT);

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException for a missing part or a value off its control's range
     */
    public NeuralSettings {
        if (source == null || architecture == null || activation == null || schedule == null || weights == null) {
            throw new IllegalArgumentException("the Neural AR lab needs its source, architecture, activation, "
                    + "schedule and weights (possibly none).");
        }
        FitSettings.check("n", length, 50, MAX_LENGTH);
        HorizonSettings.range("validation fraction", validation, 0.1, 0.5);
        FitSettings.check("p", order, 1, MAX_ORDER);
        FitSettings.check("hidden units", hidden, 1, MAX_HIDDEN);
        FitSettings.check("depth", depth, 1, 2);
        HorizonSettings.range("fixed σ", fixedSigma, 0.05, 3);
        HorizonSettings.range("log10 η", logRate, -4, 0);
        FitSettings.check("batch", batch, 0, 1024);
        FitSettings.check("epochs", maxEpochs, 1, MAX_EPOCHS);
        FitSettings.check("H", horizon, 1, 100);
        FitSettings.check("M", rollouts, 1, 200);
        HorizonSettings.range("fan start", start, 0, 1);
        FitSettings.check("epochs reached", epochs, 0, maxEpochs);
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("every saved weight must be a finite number.");
            }
        }
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** @return these settings at another epoch, with these weights (empty: none) */
    public NeuralSettings at(int epochsReached, double[] savedWeights) {
        return new NeuralSettings(source, length, dataSeed, validation, architecture, order, hidden, depth, activation,
                learnSigma, fixedSigma, adam, logRate, batch, maxEpochs, seed, schedule, horizon, rollouts, start,
                epochsReached, savedWeights);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NeuralSettings s && s.at(0, new double[0]).core().equals(at(0, new double[0]).core())
                && s.epochs == epochs && Arrays.equals(s.weights, weights);
    }

    @Override
    public int hashCode() {
        return core().hashCode();
    }

    private java.util.List<Object> core() {
        return java.util.List.of(source, length, dataSeed, validation, architecture, order, hidden, depth, activation,
                learnSigma, fixedSigma, adam, logRate, batch, maxEpochs, seed, schedule, horizon, rollouts, start);
    }
}
