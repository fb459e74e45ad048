package org.arlab.core.series;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.ar.SampleAcf;
import org.arlab.core.ar.Simulation;
import org.arlab.core.ar.StationarityReport;

/**
 * The series every lab reads (the Data lab's output, generated from its sliders or loaded) and the facts of its
 * model: the one port between the Data lab and the others.
 *
 * @param title the series chart's title
 * @param values the series
 * @param generated true when simulated from the sliders, false when loaded from a file or a classic preset
 * @param model the generating model, or for a loaded series the model fitted to it
 * @param seed the seed (generated series)
 * @param simulation the simulation (null for a loaded series)
 * @param stationarity whether the model is stationary, and why
 * @param roots the roots of the model's characteristic polynomial
 * @param acf the sample autocorrelations of the series
 * @param theoreticalAcf the model's autocorrelations at the same lags (null when it is not stationary)
 * @param note a line on where the series and its model come from
 * @param nanos time taken in the background
 * @param firstT the time of the first value on the series chart (a loaded file's first year; else 1)
 */
public record CurrentSeries(String title, double[] values, boolean generated, ArModel model, long seed,
        Simulation simulation, StationarityReport stationarity, CharacteristicRoots roots,
        SampleAcf acf, double[] theoreticalAcf, String note, long nanos, double firstT) {
    /** A series whose first value is at time 1. */
    public CurrentSeries(String title, double[] values, boolean generated, ArModel model, long seed,
            Simulation simulation, StationarityReport stationarity, CharacteristicRoots roots,
            SampleAcf acf, double[] theoreticalAcf, String note, long nanos) {
        this(title, values, generated, model, seed, simulation, stationarity, roots, acf, theoreticalAcf, note,
                nanos, 1);
    }

    /** @return the requested length for a generated series, the length for a loaded one */
    public int n() {
        return simulation != null ? simulation.requested() : values.length;
    }
}
