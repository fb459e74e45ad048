package org.arlab.core.process;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;

import org.arlab.core.neural.Predictive;
import org.arlab.core.neural.TrainedModel;

/**
 * A trained network as a {@link SequenceModel}: it starts from a fixed prefix (values of the series it was trained on,
 * at least {@code first()} of them, since a window model cannot draw its own first p values) and then generates
 * freely. {@code sample(n)} returns the prefix followed by n − k draws; conditionals are the network's, teacher-forced,
 * from t = k on.
 */
public final class NetworkProcess implements SequenceModel {
    private final String name;
    private final TrainedModel model;
    private final double[] prefix;

    private NetworkProcess(String name, TrainedModel model, double[] prefix) {
        this.name = name;
        this.model = model;
        this.prefix = prefix;
    }

    /**
     * @param name the legend name
     * @param model the trained network
     * @param prefix the start, at least {@code model.network().first()} values (a recurrent net: at least 1), copied
     * @throws IllegalArgumentException for a prefix too short or not finite
     */
    public static NetworkProcess of(String name, TrainedModel model, double[] prefix) {
        int need = Math.max(1, model.network().first());
        if (prefix.length < need) {
            throw new IllegalArgumentException("The network needs " + need + " start values, not " + prefix.length
                    + ".");
        }
        for (double v : prefix) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("The start values must be finite numbers.");
            }
        }
        return new NetworkProcess(name, model, prefix.clone());
    }

    /** @return the trained network */
    public TrainedModel model() {
        return model;
    }

    /** @return the start values (a copy) */
    public double[] prefix() {
        return prefix.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] sample(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        if (n <= prefix.length) {
            return Arrays.copyOf(prefix, n);
        }
        double[] drawn = model.sample(prefix, n - prefix.length, rng);
        double[] out = Arrays.copyOf(prefix, n);
        System.arraycopy(drawn, 0, out, prefix.length, drawn.length);
        return out;
    }

    @Override
    public Predictive[] conditionals(double[] x, int from, int to) {
        return model.teacherForced(x, from, to);
    }

    @Override
    public int firstConditional() {
        return prefix.length;
    }
}
