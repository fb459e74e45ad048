package org.arlab.core.session;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.arlab.core.series.Series;

/**
 * Everything a lesson needs to reopen where it was left: the Data lab's generator and the loaded series (its values,
 * not only its path), which every lab reads, and each other lab's parameters and seeds, keyed by the lab's key
 * ({@link LabSlot}). A lab that a session does not hold reads as its default.
 *
 * @param data the Data lab's generator
 * @param loaded the series loaded from a file or a classic preset, shown instead of the generated one (null for none)
 * @param loadedOrder the order of the model fitted to the loaded series, 0 to choose it by AIC (0 when none)
 * @param loadedNote where the loaded series comes from, as told to the user ("" for nothing)
 * @param labs the other labs' settings records by key, in the order they were added (unmodifiable)
 */
public record Session(DataScenario data, Series loaded, int loadedOrder, String loadedNote, Map<String, Object> labs) {
    /** A fresh lesson: every lab at its default, nothing loaded. */
    public static final Session DEFAULT = new Session(DataScenario.DEFAULT, null);

    /** The fewest values a loaded series holds (as File ▸ Open asks): a session written can always be read. */
    public static final int MIN_LOADED = 10;

    /**
     * @throws IllegalArgumentException when the Data lab's parameters are missing, the loaded series is shorter than
     *     {@link #MIN_LOADED}, the loaded order is out of range or a lab's settings are null
     */
    public Session {
        if (data == null) {
            throw new IllegalArgumentException("A session needs the Data lab's parameters.");
        }
        if (loaded != null && loaded.length() < MIN_LOADED) {
            throw new IllegalArgumentException("a loaded series needs at least " + MIN_LOADED + " values, not "
                    + loaded.length() + ".");
        }
        if (loadedOrder < 0 || loadedOrder > 30) {
            throw new IllegalArgumentException("the loaded series' order must be 0 (by AIC) to 30, not " + loadedOrder
                    + ".");
        }
        loadedNote = loaded == null || loadedNote == null ? "" : loadedNote;
        loadedOrder = loaded == null ? 0 : loadedOrder;
        Map<String, Object> copy = new LinkedHashMap<>();
        if (labs != null) {
            labs.forEach((k, v) -> {
                if (v == null) {
                    throw new IllegalArgumentException("lab " + k + " has no settings.");
                }
                copy.put(k, v);
            });
        }
        labs = Collections.unmodifiableMap(copy);
    }

    /** The Data lab's generator and a loaded series (order by AIC); the other labs at their defaults. */
    public Session(DataScenario data, Series loaded) {
        this(data, loaded, 0, "", Map.of());
    }

    /** @return the loaded series, if any */
    public Optional<Series> loadedSeries() {
        return Optional.ofNullable(loaded);
    }

    /** @return that lab's settings in this session, or its defaults when the session does not hold them */
    public <S> S settings(LabSlot<S> slot) {
        Object s = labs.get(slot.key());
        return s == null ? slot.defaults() : slot.cast(s);
    }

    /** @return this session with that lab's settings replaced */
    public <S> Session with(LabSlot<S> slot, S settings) {
        Map<String, Object> m = new LinkedHashMap<>(labs);
        m.put(slot.key(), slot.cast(settings));
        return new Session(data, loaded, loadedOrder, loadedNote, m);
    }

    /**
     * @return this session holding every one of those labs explicitly (at its defaults where it held none), as a
     *     session file read back or the window's session holds them
     */
    public Session complete(java.util.List<LabSlot<?>> slots) {
        Session s = this;
        for (LabSlot<?> slot : slots) {
            s = withOwn(s, slot);
        }
        return s;
    }

    private static <S> Session withOwn(Session s, LabSlot<S> slot) {
        return s.with(slot, s.settings(slot));
    }

    /** @return this session with other Data lab parameters */
    public Session withData(DataScenario d) {
        return new Session(d, loaded, loadedOrder, loadedNote, labs);
    }

    /** @return this session with another loaded series (null to go back to the generator), its order and note */
    public Session withLoaded(Series s, int order, String note) {
        return new Session(data, s, order, note, labs);
    }

    /**
     * Series compare by their names and values; a lab held at its default equals one not held at all only through
     * {@link #settings(LabSlot)}, so compare sessions built the same way.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Session s && s.data.equals(data) && sameSeries(s.loaded, loaded)
                && s.loadedOrder == loadedOrder && s.loadedNote.equals(loadedNote) && s.labs.equals(labs);
    }

    @Override
    public int hashCode() {
        return data.hashCode() * 31 + labs.hashCode();
    }

    private static boolean sameSeries(Series a, Series b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.name().equals(b.name()) && Arrays.equals(a.values(), b.values());
    }
}
