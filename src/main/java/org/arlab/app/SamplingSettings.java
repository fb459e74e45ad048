package org.arlab.app;

import org.arlab.core.session.SamplingBudget;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;

/** A sampling lab's budget: the largest M, the pace (log scales) and the seed, and how they drive its loop. */
public final class SamplingSettings {
    private final DoubleProperty logMaxSamples;
    private final DoubleProperty logPace;
    private final LongProperty seed;
    private final double fullSpeed;

    /**
     * @param logMaxSamples log10 of the initial largest M
     * @param logPace log10 of the initial pace in samples per second
     * @param fullSpeed the pace slider's top, log10: there, as fast as possible
     * @param seed the initial seed
     */
    public SamplingSettings(double logMaxSamples, double logPace, double fullSpeed, long seed) {
        this.logMaxSamples = new SimpleDoubleProperty(this, "logMaxSamples", logMaxSamples);
        this.logPace = new SimpleDoubleProperty(this, "logPace", logPace);
        this.seed = new SimpleLongProperty(this, "seed", seed);
        this.fullSpeed = fullSpeed;
    }

    /**
     * @param start the initial largest M, pace and seed
     * @param fullSpeed the pace slider's top, log10: there, as fast as possible
     */
    public SamplingSettings(SamplingBudget start, double fullSpeed) {
        this(start.logMaxSamples(), start.logPace(), fullSpeed, start.seed());
    }

    /** @return log10 of the largest M */
    public DoubleProperty logMaxSamplesProperty() {
        return logMaxSamples;
    }

    /** @return log10 of the pace in samples per second; at {@link #fullSpeed()} or above, as fast as possible */
    public DoubleProperty logPaceProperty() {
        return logPace;
    }

    /** @return the seed */
    public LongProperty seedProperty() {
        return seed;
    }

    /** @return the pace slider's top (log10): as fast as possible */
    public double fullSpeed() {
        return fullSpeed;
    }

    /** @return the largest M */
    public long maxSamples() {
        return Math.round(Math.pow(10, logMaxSamples.get()));
    }

    /** @return samples per second (infinite at full speed) */
    public double pace() {
        return logPace.get() >= fullSpeed - 1e-9 ? Double.POSITIVE_INFINITY : Math.pow(10, logPace.get());
    }

    /** @return the sliders' values, for sessions */
    public SamplingBudget budget() {
        return new SamplingBudget(logMaxSamples.get(), logPace.get(), seed.get());
    }

    /** Sets the largest M, the pace and the seed from a session. */
    public void apply(SamplingBudget b) {
        logMaxSamples.set(b.logMaxSamples());
        logPace.set(b.logPace());
        seed.set(b.seed());
    }

    /**
     * Makes the loop follow the largest M and the pace, and start again when the seed changes.
     *
     * @param loop the lab's sampling loop
     * @param restart starts a new run with the current parameters
     */
    public void drive(PacedLoop<?, ?> loop, Runnable restart) {
        logMaxSamples.addListener((o, a, b) -> loop.setMax(maxSamples()));
        logPace.addListener((o, a, b) -> loop.setPace(pace()));
        seed.addListener((o, a, b) -> restart.run());
        loop.setPace(pace());
    }
}
