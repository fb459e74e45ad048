package org.arlab.core.session;

import java.util.Optional;

import org.arlab.core.series.Series;

/**
 * Everything a lesson needs to reopen where it was left: each lab's parameters and the loaded series, if any.
 *
 * @param data the Data lab's generator
 * @param loaded the series loaded from a file, shown instead of the generated one (null for none)
 */
public record Session(DataScenario data, Series loaded) {
    /** A fresh lesson: every lab at its default, nothing loaded. */
    public static final Session DEFAULT = new Session(DataScenario.DEFAULT, null);

    /**
     * @throws IllegalArgumentException when data is missing
     */
    public Session {
        if (data == null) {
            throw new IllegalArgumentException("A session needs the Data lab's parameters.");
        }
    }

    /** @return the loaded series, if any */
    public Optional<Series> loadedSeries() {
        return Optional.ofNullable(loaded);
    }

    /** @return this session with other Data lab parameters */
    public Session withData(DataScenario d) {
        return new Session(d, loaded);
    }

    /** @return this session with another loaded series (null to go back to the generator) */
    public Session withLoaded(Series s) {
        return new Session(data, s);
    }
}
