package org.arlab.core.session;

import java.util.Optional;

import org.arlab.core.series.Series;

/**
 * Everything a lesson needs to reopen where it was left: every lab's parameters and seeds, and the loaded series
 * (its values, not only its path).
 *
 * @param data the Data lab's generator
 * @param loaded the series loaded from a file or a classic preset, shown instead of the generated one (null for none)
 * @param loadedOrder the order of the model fitted to the loaded series, 0 to choose it by AIC (0 when none)
 * @param loadedNote where the loaded series comes from, as told to the user ("" for nothing)
 * @param fit the Fit lab's choices
 * @param likelihood the Likelihood lab's choices
 * @param horizon the Horizon lab's parameters
 * @param kl the KL lab's parameters
 * @param monteCarlo the Monte Carlo lab's parameters
 */
public record Session(DataScenario data, Series loaded, int loadedOrder, String loadedNote, FitSettings fit,
        LikelihoodSettings likelihood, HorizonSettings horizon, KlSettings kl, McSettings monteCarlo) {
    /** A fresh lesson: every lab at its default, nothing loaded. */
    public static final Session DEFAULT = new Session(DataScenario.DEFAULT, null);

    /**
     * @throws IllegalArgumentException when a lab's parameters are missing or the loaded order is negative
     */
    public Session {
        if (data == null || fit == null || likelihood == null || horizon == null || kl == null
                || monteCarlo == null) {
            throw new IllegalArgumentException("A session needs every lab's parameters.");
        }
        if (loadedOrder < 0 || loadedOrder > 30) {
            throw new IllegalArgumentException("the loaded series' order must be 0 (by AIC) to 30, not " + loadedOrder
                    + ".");
        }
        loadedNote = loaded == null || loadedNote == null ? "" : loadedNote;
        loadedOrder = loaded == null ? 0 : loadedOrder;
    }

    /** The Data lab's generator and a loaded series (order by AIC); the other labs at their defaults. */
    public Session(DataScenario data, Series loaded) {
        this(data, loaded, 0, "", FitSettings.DEFAULT, LikelihoodSettings.DEFAULT, HorizonSettings.DEFAULT,
                KlSettings.DEFAULT, McSettings.DEFAULT);
    }

    /** @return the loaded series, if any */
    public Optional<Series> loadedSeries() {
        return Optional.ofNullable(loaded);
    }

    /** @return this session with other Data lab parameters */
    public Session withData(DataScenario d) {
        return new Session(d, loaded, loadedOrder, loadedNote, fit, likelihood, horizon, kl, monteCarlo);
    }

    /** @return this session with another loaded series (null to go back to the generator), its order and note */
    public Session withLoaded(Series s, int order, String note) {
        return new Session(data, s, order, note, fit, likelihood, horizon, kl, monteCarlo);
    }

    /** @return this session with other lab parameters (Fit, Likelihood, Horizon, KL, Monte Carlo) */
    public Session withLabs(FitSettings f, LikelihoodSettings l, HorizonSettings h, KlSettings k, McSettings m) {
        return new Session(data, loaded, loadedOrder, loadedNote, f, l, h, k, m);
    }

    /** Series compare by reference; two sessions are equal when their parts are, and their series' names and values. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Session s && s.data.equals(data) && sameSeries(s.loaded, loaded)
                && s.loadedOrder == loadedOrder && s.loadedNote.equals(loadedNote) && s.fit.equals(fit)
                && s.likelihood.equals(likelihood) && s.horizon.equals(horizon) && s.kl.equals(kl)
                && s.monteCarlo.equals(monteCarlo);
    }

    @Override
    public int hashCode() {
        return data.hashCode() * 31 + fit.hashCode();
    }

    private static boolean sameSeries(Series a, Series b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.name().equals(b.name()) && java.util.Arrays.equals(a.values(), b.values());
    }
}
