package org.arlab.app.lab.memory;

import org.arlab.core.neural.StateDiagnostics;
import org.arlab.core.neural.TrainedModel;

/**
 * What the training loop publishes after each batch of epochs: immutable (arrays are the run's copies, never written
 * again), so the view draws it while training goes on.
 *
 * @param epoch epochs done by each of the three models
 * @param maxEpochs the budget
 * @param names the three models' names: window, RNN, GRU
 * @param validation the validation NLL per step (nats, data units) of each model at epochs 0..epoch
 * @param truth the true process's NLL per step on the same validation targets (NaN for a loaded series)
 * @param lags K, the lags of the connectivity, 1..K
 * @param targets the targets t of the connectivity map
 * @param connectivity per model, the mean |∂μ_t/∂x_{t−k}| over the targets at k − 1
 * @param maps per model, |∂μ_t/∂x_{t−k}| at [target][k − 1]
 * @param connectivityEpoch the epoch the connectivity was computed at
 * @param rnn the trained RNN's gradients through time along the validation data
 * @param models the trained models at the latest epoch
 * @param series the series trained on (data units)
 * @param trainEnd the first validation target
 * @param epochsPerSecond epochs of all three models per second of training so far (NaN before the first)
 */
public record MemorySnapshot(int epoch, int maxEpochs, String[] names, double[][] validation, double truth, int lags,
        int[] targets, double[][] connectivity, double[][][] maps, int connectivityEpoch, StateDiagnostics rnn,
        TrainedModel[] models, double[] series, int trainEnd, double epochsPerSecond) {
}
