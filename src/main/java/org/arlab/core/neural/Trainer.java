package org.arlab.core.neural;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Trains a network on a series one epoch at a time (MATH.md, problem 2A; DESIGN.md, "Neural models"): each
 * {@link #step()} makes one pass over the training targets as the {@link TrainingPlan} says and publishes an
 * immutable {@link TrainingSnapshot}. The seed gives two streams that never overlap, one for the initial weights
 * (Glorot uniform) and one for the order of mini-batches, so the initial weights do not depend on the batch size,
 * {@link #rewind()} replays a run exactly, and a run is the same number for number however it is stepped, cancelled
 * and resumed. The trainer is meant for one worker thread; {@link #latest()} may be read from any thread.
 */
public final class Trainer {
    private final SeriesNetwork network;
    private final TrainingData data;
    private final TrainingPlan plan;
    private final long seed;
    private final double[] initial;
    private final double[] theta;
    private final double[] grad;
    private final int[] targets;
    private Optimizer.Stepper stepper;
    private UniformRandomProvider batchOrder;
    private int epoch;
    private volatile TrainingSnapshot latest;

    private Trainer(SeriesNetwork network, TrainingData data, TrainingPlan plan, long seed) {
        this.network = network;
        this.data = data;
        this.plan = plan;
        this.seed = seed;
        this.initial = new double[network.parameterCount()];
        network.initialise(initial, Streams.INITIAL_WEIGHTS.of(seed));
        this.theta = initial.clone();
        this.grad = new double[initial.length];
        this.targets = new int[data.trainTargets()];
        rewind();
    }

    /**
     * @param network the network
     * @param data the series, split, with the network's first target
     * @param plan the optimiser and batching
     * @param seed fixes the initial weights and the mini-batch order
     * @throws IllegalArgumentException when the data's first target is not the network's
     */
    public static Trainer of(SeriesNetwork network, TrainingData data, TrainingPlan plan, long seed) {
        if (network == null || data == null || plan == null) {
            throw new IllegalArgumentException("A trainer needs a network, data and a plan.");
        }
        if (data.first() != network.first()) {
            throw new IllegalArgumentException("The data's first target (" + data.first() + ") is not the network's ("
                    + network.first() + ").");
        }
        return new Trainer(network, data, plan, seed);
    }

    /** Back to the initial weights, epoch 0, the optimiser's state and the batch order as they started. */
    public void rewind() {
        System.arraycopy(initial, 0, theta, 0, theta.length);
        stepper = plan.optimizer().start(theta.length);
        batchOrder = Streams.BATCH_ORDER.of(seed);
        epoch = 0;
        latest = snapshot();
    }

    /** @return the snapshot after the latest epoch (epoch 0: the initial weights) */
    public TrainingSnapshot latest() {
        return latest;
    }

    /** @return the number of epochs done */
    public int epoch() {
        return epoch;
    }

    /** @return the network */
    public SeriesNetwork network() {
        return network;
    }

    /** @return the data */
    public TrainingData data() {
        return data;
    }

    /** @return the initial parameters (a copy) */
    public double[] initialParameters() {
        return initial.clone();
    }

    /** One epoch; @return its snapshot, also published as {@link #latest()} */
    public TrainingSnapshot step() {
        double[] z = data.z();
        int first = data.first();
        int end = data.trainEnd();
        int n = end - first;
        int b = plan.batchSize() == 0 ? n : Math.min(plan.batchSize(), n);
        if (network instanceof WindowModel w) {
            if (b == n) {
                update(() -> w.gradient(theta, z, first, end, 1.0 / n, grad));
            } else {
                for (int i = 0; i < n; i++) {
                    targets[i] = first + i;
                }
                shuffle(targets, batchOrder);
                for (int a = 0; a < n; a += b) {
                    int from = a;
                    int to = Math.min(n, a + b);
                    update(() -> w.gradient(theta, z, targets, from, to, 1.0 / (to - from), grad));
                }
            }
        } else {
            RecurrentModel r = (RecurrentModel) network;
            double[] state = new double[r.cell().hidden()];
            for (int a = first; a < end; a += b) {
                int start = a == first ? 0 : a;
                int from = a;
                int to = Math.min(end, a + b);
                update(() -> r.gradient(theta, z, start, state, from, to, plan.truncation(), 1.0 / (to - from), grad));
            }
        }
        epoch++;
        latest = snapshot();
        return latest;
    }

    /**
     * Runs up to {@code epochs} epochs, stopping early once {@code cancelled} says so (it is asked before each).
     *
     * @return the latest snapshot
     */
    public TrainingSnapshot run(int epochs, BooleanSupplier cancelled) {
        for (int e = 0; e < epochs && !cancelled.getAsBoolean(); e++) {
            step();
        }
        return latest;
    }

    private void update(Runnable gradient) {
        Arrays.fill(grad, 0.0);
        gradient.run();
        stepper.apply(theta, grad);
    }

    /** Fisher–Yates, one {@code nextInt(i + 1)} per position from the end. */
    private static void shuffle(int[] a, UniformRandomProvider rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private TrainingSnapshot snapshot() {
        return new TrainingSnapshot(epoch, TrainedModel.of(network, theta, data.scaling()), data);
    }
}
