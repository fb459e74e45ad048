package org.arlab.core.neural;

import java.util.Arrays;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ConditionalMle;

/**
 * A series split by time for training (MATH.md, problem 2A: "train on the first part of the series, report the NLL
 * per step on the rest"). The targets are t = first..n−1 (0-based; the first values are only conditioned on); of
 * their N = n − first, the last V = round(v·N) are the validation targets and the ones before them the training
 * targets, t &lt; trainEnd = n − V. The network sees the series standardised by the training part's mean and standard
 * deviation, {@code x[0..trainEnd)}.
 */
public final class TrainingData {
    private final double[] values;
    private final double[] standardised;
    private final Standardisation scaling;
    private final int first;
    private final int trainEnd;

    private TrainingData(double[] values, int first, int trainEnd) {
        this.values = values;
        this.first = first;
        this.trainEnd = trainEnd;
        this.scaling = Standardisation.of(values, trainEnd);
        this.standardised = scaling.apply(values);
    }

    /**
     * @param values the series in its own units, finite
     * @param first the first target (the network's {@link SeriesNetwork#first()})
     * @param validation v, the fraction of targets kept for validation, in [0, 1)
     * @throws IllegalArgumentException when fewer than two training targets would remain, or for a non-finite value
     */
    public static TrainingData of(double[] values, int first, double validation) {
        if (!(validation >= 0 && validation < 1)) {
            throw new IllegalArgumentException("The validation fraction must be in [0, 1), not " + validation + ".");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("Value " + (i + 1) + " of the series is not finite: " + values[i]
                        + ".");
            }
        }
        int targets = values.length - Math.max(first, 0);
        int v = (int) Math.round(validation * targets);
        if (first < 0 || targets - v < 2) {
            throw new IllegalArgumentException("Training needs at least two training targets after the first "
                    + first + " values; the series has " + values.length + " values and " + v
                    + " go to validation.");
        }
        return new TrainingData(values.clone(), first, values.length - v);
    }

    /** @return the series, in its own units */
    public double[] values() {
        return values.clone();
    }

    /** The standardised series, shared: callers in this package do not write to it. */
    double[] z() {
        return standardised;
    }

    /** @return the standardised series */
    public double[] standardised() {
        return standardised.clone();
    }

    /** @return the scaling from the training part */
    public Standardisation scaling() {
        return scaling;
    }

    /** @return n */
    public int length() {
        return values.length;
    }

    /** @return the first target */
    public int first() {
        return first;
    }

    /** @return the end (exclusive) of the training targets, the first validation target */
    public int trainEnd() {
        return trainEnd;
    }

    /** @return the number of training targets */
    public int trainTargets() {
        return trainEnd - first;
    }

    /** @return V, the number of validation targets */
    public int validationTargets() {
        return values.length - trainEnd;
    }

    /** @return the training part x[0..trainEnd) in the series' units */
    public double[] trainingPart() {
        return Arrays.copyOf(values, trainEnd);
    }

    /**
     * The linear AR(p) by least squares with intercept on the training part and the same training targets (problem
     * 1's conditional MLE), with its NLL per observation on both parts, in the series' units: on the training targets
     * {@code −ℓ_max/N = ½(log 2πσ̂² + 1)}, on the validation targets the mean of
     * {@code ½ log 2πσ̂² + (x_t − ĉ − Σ φ̂_i x_{t−i})²/(2σ̂²)}.
     *
     * @param order p, 1..first
     */
    public LinearBaseline linearBaseline(int order) {
        if (order < 1 || order > first) {
            throw new IllegalArgumentException("The linear AR's order must be 1.." + first + " to share the targets, "
                    + "not " + order + ".");
        }
        ArFit fit = ConditionalMle.fit(trainingPart(), order, true, first + 1);
        double s2 = fit.sigma2();
        double[] predicted = fit.predictions(values); // ŷ_t for t = order..n−1 (0-based)
        double sum = 0;
        for (int t = trainEnd; t < values.length; t++) {
            double r = values[t] - predicted[t - order];
            sum += 0.5 * Math.log(2 * Math.PI * s2) + r * r / (2 * s2);
        }
        double validation = validationTargets() == 0 ? Double.NaN : sum / validationTargets();
        return new LinearBaseline(fit, -fit.logLikelihood() / fit.nobs(), validation);
    }

    /**
     * The least-squares AR(p) beside a network.
     *
     * @param fit the fit on the training part
     * @param trainNll its NLL per training target
     * @param validationNll its NLL per validation target (NaN without any)
     */
    public record LinearBaseline(ArFit fit, double trainNll, double validationNll) {
    }
}
