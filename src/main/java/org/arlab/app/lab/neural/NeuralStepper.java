package org.arlab.app.lab.neural;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.arlab.core.neural.Predictive;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.random.RandomStreams;

/**
 * Step-by-step sampling from the trained network (MATH.md, problem 2B), no screen: from the end of the series, each
 * {@link #next()} draws x_k from the network's predictive p(x_k | x_&lt;k) with {@link Predictive#sample} on one seeded
 * stream and appends it, so a seed fixes the path. Each step is one predictive: microseconds for these nets.
 */
final class NeuralStepper {
    private final double[] start;
    private final long seed;
    private TrainedModel model;
    private UniformRandomProvider rng;
    private double[] path;
    private int length;
    private Predictive last;

    /**
     * @param model the trained network
     * @param start the values to start from (the series; at least the network's first() of them)
     * @param seed the stream's seed
     */
    NeuralStepper(TrainedModel model, double[] start, long seed) {
        this.model = model;
        this.start = start.clone();
        this.seed = seed;
        reset();
    }

    /** Back to the end of the series, the stream from its seed again. */
    void reset() {
        rng = RandomStreams.of(seed);
        path = Arrays.copyOf(start, start.length + 64);
        length = start.length;
        last = null;
    }

    /** Later draws come from this network (a newer snapshot of the same run). */
    void use(TrainedModel newer) {
        this.model = newer;
    }

    /** @return the predictive distribution of the next value given the path so far */
    Predictive nextPredictive() {
        return model.predictive(Arrays.copyOf(path, length), length);
    }

    /** Draws the next value from its predictive and appends it. */
    double next() {
        Predictive p = nextPredictive();
        double v = p.sample(rng);
        if (length == path.length) {
            path = Arrays.copyOf(path, 2 * path.length);
        }
        path[length++] = v;
        last = p;
        return v;
    }

    /** @return the predictive the latest value was drawn from (null before the first draw) */
    Predictive lastPredictive() {
        return last;
    }

    /** @return the series and the values drawn so far */
    double[] path() {
        return Arrays.copyOf(path, length);
    }

    /** @return the values drawn since the reset */
    double[] drawn() {
        return Arrays.copyOfRange(path, start.length, length);
    }

    /** @return the index of the next value */
    int nextIndex() {
        return length;
    }

    /** @return the series it starts from (not copied: do not write) */
    double[] start() {
        return start;
    }

    /** @return the seed */
    long seed() {
        return seed;
    }
}
