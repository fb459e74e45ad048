package org.arlab.app.lab.data;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.ar.Simulation;
import org.arlab.core.ar.StationarityReport;

/**
 * What the Data lab shows for one setting of its sliders.
 *
 * @param model the model simulated
 * @param n the requested length
 * @param seed the seed
 * @param simulation the simulated series
 * @param drawn {x, y} decimated for the chart
 * @param stationarity whether the model is stationary, and why
 * @param roots the roots of the characteristic polynomial
 * @param nanos time taken in the background
 */
public record DataResult(ArModel model, int n, long seed, Simulation simulation, double[][] drawn,
        StationarityReport stationarity, CharacteristicRoots roots, long nanos) {
}
