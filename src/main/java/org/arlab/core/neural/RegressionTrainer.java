package org.arlab.core.neural;

import java.util.Arrays;

/**
 * Trains a {@link MixtureRegression} on (input, target) pairs, full batch, one update of the mean NLL per
 * {@link #step()}: the pairs' counterpart of {@link Trainer}. The seed fixes the initial weights (the same stream as
 * a series trainer's initial weights), so {@link #rewind()} replays a run exactly. Meant for one worker thread;
 * {@link #latest()} may be read from any thread.
 */
public final class RegressionTrainer {
    private final MixtureRegression network;
    private final double[] trainIn;
    private final double[] trainOut;
    private final double[] validIn;
    private final double[] validOut;
    private final Optimizer optimizer;
    private final double[] initial;
    private final double[] theta;
    private final double[] grad;
    private Optimizer.Stepper stepper;
    private int epoch;
    private volatile Snapshot latest;

    /**
     * What the trainer publishes after an update: immutable.
     *
     * @param epoch updates done
     * @param network the network
     * @param theta the weights (a copy the snapshot owns)
     * @param trainNll the mean NLL over the training pairs (after an update: at the weights before it)
     * @param validationNll the mean NLL over the validation pairs (NaN without any)
     */
    public record Snapshot(int epoch, MixtureRegression network, double[] theta, double trainNll,
            double validationNll) {
        /** @return p(· | x) at these weights */
        public Predictive predictive(double input) {
            return network.predictive(theta, input);
        }

        /** @return a copy of θ */
        @Override
        public double[] theta() {
            return theta.clone();
        }
    }

    private RegressionTrainer(MixtureRegression network, double[][] train, double[][] validation,
            Optimizer optimizer, long seed) {
        this.network = network;
        this.trainIn = train[0].clone();
        this.trainOut = train[1].clone();
        this.validIn = validation == null ? new double[0] : validation[0].clone();
        this.validOut = validation == null ? new double[0] : validation[1].clone();
        this.optimizer = optimizer;
        this.initial = new double[network.parameterCount()];
        network.initialise(initial, Streams.INITIAL_WEIGHTS.of(seed));
        this.theta = initial.clone();
        this.grad = new double[initial.length];
        rewind();
    }

    /**
     * @param network the network
     * @param train {inputs, targets}, at least one pair
     * @param validation {inputs, targets}, or null
     * @param optimizer gradient ascent or Adam
     * @param seed fixes the initial weights
     */
    public static RegressionTrainer of(MixtureRegression network, double[][] train, double[][] validation,
            Optimizer optimizer, long seed) {
        if (network == null || train == null || optimizer == null || train.length != 2 || train[0].length < 1
                || train[0].length != train[1].length
                || (validation != null && (validation.length != 2 || validation[0].length != validation[1].length))) {
            throw new IllegalArgumentException("A trainer needs a network, training pairs and an optimizer.");
        }
        for (double[][] part : validation == null ? new double[][][] {train} : new double[][][] {train, validation}) {
            for (double[] a : part) {
                for (double v : a) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("Every input and target must be a finite number.");
                    }
                }
            }
        }
        return new RegressionTrainer(network, train, validation, optimizer, seed);
    }

    /** Back to the initial weights, epoch 0 and a fresh optimiser. */
    public void rewind() {
        System.arraycopy(initial, 0, theta, 0, theta.length);
        stepper = optimizer.start(theta.length);
        epoch = 0;
        latest = snapshot(network.nll(theta, trainIn, trainOut, null) / trainIn.length);
    }

    /**
     * One full-batch update; @return its snapshot (its training NLL is the one the gradient pass computed, at the
     * weights before the update, which saves a pass; its validation NLL is at the weights after it)
     */
    public Snapshot step() {
        Arrays.fill(grad, 0.0);
        double before = network.gradient(theta, trainIn, trainOut, 1.0 / trainIn.length, grad) / trainIn.length;
        stepper.apply(theta, grad);
        epoch++;
        latest = snapshot(before);
        return latest;
    }

    /** @return the latest snapshot */
    public Snapshot latest() {
        return latest;
    }

    /** @return the network */
    public MixtureRegression network() {
        return network;
    }

    /** @return the number of updates done */
    public int epoch() {
        return epoch;
    }

    private Snapshot snapshot(double train) {
        double valid = validIn.length == 0 ? Double.NaN : network.nll(theta, validIn, validOut, null) / validIn.length;
        return new Snapshot(epoch, network, theta.clone(), train, valid);
    }
}
