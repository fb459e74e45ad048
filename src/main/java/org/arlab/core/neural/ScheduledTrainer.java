package org.arlab.core.neural;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Trains a window model by scheduled sampling (Bengio et al. 2015; MATH.md, problem 2E), one epoch at a time like
 * {@link Trainer}. At epoch i (from 0) the trainer first runs once through the training part in time order at the
 * epoch's starting weights, building the inputs {@code ẑ}: the first p values are the data, then each
 * {@code ẑ_t} is the data value z_t with probability ε_i (one {@code nextDouble()} of the seed's schedule stream per
 * t) and otherwise the model's own prediction, the mean of {@code p(z_t | ẑ_{t−p..t−1})}, fed back. The epoch then
 * makes the same updates as {@link Trainer} (same initial weights, same mini-batch order) with the windows read from
 * ẑ and the targets from the data; the gradient does not flow through the fed-back predictions (as in the paper). With
 * {@link Schedule#TEACHER_FORCING} ẑ = z and the run is {@link Trainer}'s, number for number.
 */
public final class ScheduledTrainer {
    private final WindowModel network;
    private final TrainingData data;
    private final TrainingPlan plan;
    private final Schedule schedule;
    private final long seed;
    private final double[] initial;
    private final double[] theta;
    private final double[] grad;
    private final int[] targets;
    private final double[] inputs;
    private Optimizer.Stepper stepper;
    private UniformRandomProvider batchOrder;
    private UniformRandomProvider coins;
    private int epoch;
    private double fedBack;
    private volatile TrainingSnapshot latest;

    private ScheduledTrainer(WindowModel network, TrainingData data, TrainingPlan plan, Schedule schedule, long seed) {
        this.network = network;
        this.data = data;
        this.plan = plan;
        this.schedule = schedule;
        this.seed = seed;
        this.initial = new double[network.parameterCount()];
        network.initialise(initial, Streams.INITIAL_WEIGHTS.of(seed));
        this.theta = initial.clone();
        this.grad = new double[initial.length];
        this.targets = new int[data.trainTargets()];
        this.inputs = data.z().clone();
        rewind();
    }

    /**
     * @param network the window model
     * @param data the series, split, with the network's first target
     * @param plan the optimiser and batching
     * @param schedule ε_i
     * @param seed fixes the initial weights, the mini-batch order and the coins
     */
    public static ScheduledTrainer of(WindowModel network, TrainingData data, TrainingPlan plan, Schedule schedule,
            long seed) {
        if (network == null || data == null || plan == null || schedule == null) {
            throw new IllegalArgumentException("A trainer needs a network, data, a plan and a schedule.");
        }
        if (data.first() != network.first()) {
            throw new IllegalArgumentException("The data's first target (" + data.first() + ") is not the network's ("
                    + network.first() + ").");
        }
        return new ScheduledTrainer(network, data, plan, schedule, seed);
    }

    /** Back to the initial weights, epoch 0, and every stream as it started. */
    public void rewind() {
        System.arraycopy(initial, 0, theta, 0, theta.length);
        stepper = plan.optimizer().start(theta.length);
        batchOrder = Streams.BATCH_ORDER.of(seed);
        coins = Streams.SCHEDULE.of(seed);
        epoch = 0;
        fedBack = 0;
        latest = new TrainingSnapshot(0, TrainedModel.of(network, theta, data.scaling()), data);
    }

    /** @return the snapshot after the latest epoch */
    public TrainingSnapshot latest() {
        return latest;
    }

    /** @return the number of epochs done */
    public int epoch() {
        return epoch;
    }

    /** @return the schedule */
    public Schedule schedule() {
        return schedule;
    }

    /** @return the fraction of inputs fed back from the model in the latest epoch (0 before the first) */
    public double fedBackFraction() {
        return fedBack;
    }

    /** One epoch; @return its snapshot */
    public TrainingSnapshot step() {
        double[] z = data.z();
        int first = data.first();
        int end = data.trainEnd();
        int n = end - first;
        double eps = schedule.epsilon(epoch);
        int fed = 0;
        if (schedule.kind() == Schedule.Kind.TEACHER_FORCING) {
            System.arraycopy(z, 0, inputs, 0, z.length);
        } else {
            System.arraycopy(z, 0, inputs, 0, z.length);
            for (int t = first; t < end; t++) {
                if (!(coins.nextDouble() < eps)) {
                    inputs[t] = network.predictive(theta, inputs, t).mean();
                    fed++;
                }
            }
        }
        fedBack = fed / (double) n;
        int b = plan.batchSize() == 0 ? n : Math.min(plan.batchSize(), n);
        for (int i = 0; i < n; i++) {
            targets[i] = first + i;
        }
        if (b == n) {
            update(0, n, n);
        } else {
            shuffle(targets, batchOrder);
            for (int a = 0; a < n; a += b) {
                update(a, Math.min(n, a + b), n);
            }
        }
        epoch++;
        latest = new TrainingSnapshot(epoch, TrainedModel.of(network, theta, data.scaling()), data);
        return latest;
    }

    private void update(int from, int to, int n) {
        Arrays.fill(grad, 0.0);
        network.gradient(theta, inputs, data.z(), targets, from, to, 1.0 / (to - from), grad);
        stepper.apply(theta, grad);
    }

    /** Fisher–Yates, as {@link Trainer}. */
    private static void shuffle(int[] a, UniformRandomProvider rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
