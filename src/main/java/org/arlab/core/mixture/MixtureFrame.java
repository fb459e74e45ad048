package org.arlab.core.mixture;

import org.arlab.core.neural.Predictive;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.session.MixtureSettings;

/**
 * What the Mixture lab shows after a batch of epochs: immutable (arrays are the frame's own; readers do not write).
 * Part 1's columns are inputs x; part 2's are times t. NLLs are per observation, natural log, in the data's units.
 *
 * @param settings the run's settings
 * @param description the network, e.g. "MLP 3 → 16 (tanh) → mixture of 3"
 * @param epoch epochs done
 * @param maxEpochs where training stops
 * @param headParameters 3C(D + 1)
 * @param totalParameters the network's parameters, head included
 * @param history {epochs, validation NLL of C, validation NLL of C = 1}
 * @param exactNll the true process's exact conditional NLL on the validation targets (NaN when unknown)
 * @param nll {train C, validation C, train C = 1, validation C = 1}
 * @param gridX the heat map's columns (inputs or times)
 * @param gridY the heat map's rows (target values), ascending, evenly spaced
 * @param density p(y_j | column i) at [i][j]
 * @param means μ_c per column at [c][i]
 * @param weights π_c per column at [c][i]
 * @param pointsX the data drawn over the map: inputs (part 1) or times (part 2)
 * @param pointsY targets (part 1) or the series' values (part 2)
 * @param probeIndex the column of the chosen x or t
 * @param probe the model's conditional there
 * @param truthDensity the exact conditional density on gridY there, or null when unknown
 * @param histogram the true next value's histogram there, as a density over equal bins, or null
 * @param histogramRange {lo, hi} of the histogram
 * @param observed the value actually observed at the probe (part 2), NaN for part 1
 * @param sampled values drawn step by step from the mixtures (part 2: a free run after the series; part 1: draws at
 *     the probe)
 * @param sampledComponents the component each draw picked
 * @param trained the trained network (part 2), null for part 1
 * @param prefix the series values a {@code NetworkProcess} starts from (part 2), null for part 1
 */
public record MixtureFrame(MixtureSettings settings, String description, int epoch, int maxEpochs,
        int headParameters, int totalParameters, double[][] history, double exactNll, double[] nll, double[] gridX,
        double[] gridY, double[][] density, double[][] means, double[][] weights, double[] pointsX, double[] pointsY,
        int probeIndex, Predictive probe, double[] truthDensity, double[] histogram, double[] histogramRange,
        double observed, double[] sampled, int[] sampledComponents, TrainedModel trained, double[] prefix) {
    /** @return the validation NLL of the chosen C */
    public double validationNll() {
        return nll[1];
    }

    /** @return the validation NLL of one Gaussian */
    public double validationNllOne() {
        return nll[3];
    }

    /** @return the probe's column value */
    public double probeX() {
        return gridX[probeIndex];
    }

    /** @return C */
    public int components() {
        return settings.components();
    }
}
