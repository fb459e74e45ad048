package org.arlab.core.neural;

/**
 * What a trainer publishes after an epoch: immutable, so a lab can draw it on another thread while training goes on.
 * The NLLs are per observation, natural log, in the series' units (MATH.md, problem 2A; comparable with the linear
 * AR's −ℓ/N), both at the weights after the epoch, teacher-forced. They are computed from the snapshot's own weights
 * the first time either is asked for (one pass over the series, on the asking thread; the same numbers whoever asks
 * first), so an epoch costs only its updates and a copy of θ while a lab draws at most 30 snapshots a second.
 */
public final class TrainingSnapshot {
    private final int epoch;
    private final TrainedModel model;
    private final TrainingData data;
    /** {train, validation} once computed. */
    private volatile double[] nlls;

    TrainingSnapshot(int epoch, TrainedModel model, TrainingData data) {
        this.epoch = epoch;
        this.model = model;
        this.data = data;
    }

    /** @return the number of epochs done (0 before the first) */
    public int epoch() {
        return epoch;
    }

    /** @return the network with the weights after the epoch */
    public TrainedModel model() {
        return model;
    }

    /** @return the mean NLL over the training targets */
    public double trainNll() {
        return nlls()[0];
    }

    /** @return the mean NLL over the validation targets (NaN without any) */
    public double validationNll() {
        return nlls()[1];
    }

    private double[] nlls() {
        double[] v = nlls;
        if (v == null) {
            v = evaluate();
            nlls = v;
        }
        return v;
    }

    /** Both NLLs in one teacher-forced pass over the series. */
    private double[] evaluate() {
        double[] z = data.z();
        int first = data.first();
        int end = data.trainEnd();
        double[] each = new double[z.length - first];
        SeriesNetwork network = model.network();
        network.nll(model.theta(), z, first, z.length, each);
        double train = 0;
        for (int t = first; t < end; t++) {
            train += each[t - first];
        }
        double validation = 0;
        for (int t = end; t < z.length; t++) {
            validation += each[t - first];
        }
        double logSd = data.scaling().logSd();
        int n = data.validationTargets();
        return new double[] {train / (end - first) + logSd, n == 0 ? Double.NaN : validation / n + logSd};
    }

    @Override
    public String toString() {
        return "TrainingSnapshot(epoch " + epoch + ", " + model.network().describe() + ")";
    }
}
