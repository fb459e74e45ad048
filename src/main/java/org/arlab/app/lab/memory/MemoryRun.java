package org.arlab.app.lab.memory;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.arlab.core.neural.Activation;
import org.arlab.core.neural.Connectivity;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.Optimizer;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.neural.SeriesNetwork;
import org.arlab.core.neural.StateDiagnostics;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.neural.Trainer;
import org.arlab.core.neural.TrainingData;
import org.arlab.core.neural.TrainingPlan;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.process.LongLagProcess;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.session.MemorySettings;

/**
 * One run of the Memory lab, used only on the worker: the series, and three models trained side by side on the same
 * split and the same targets t ≥ p (the last quarter for validation): a window MLP of p values and H tanh units, an
 * Elman RNN and a GRU of H units (warm-up p), each Adam with η (clipped to norm 1 when asked) on mini-batches of
 * max(128, k) targets, BPTT truncated to k. One epoch steps the three models once each.
 */
final class MemoryRun {
    /** The validation fraction. */
    static final double VALIDATION = 0.25;
    /** The connectivity map's targets. */
    static final int MAP_TARGETS = 48;
    /** Steps of the gradient-through-time run of the trained RNN. */
    static final int STEPS = 100;
    /** How long one call of {@link #advance} trains at most (after its first epoch). */
    static final long BATCH_NANOS = 30_000_000L;
    /** The norm gradients are clipped to. */
    static final double CLIP = 1;

    private final MemorySettings settings;
    private final double[] x;
    private final Trainer[] trainers;
    private final String[] names;
    private final double[][] validation;
    private final double truth;
    private final TrainingData data;
    private final int lags;
    private final int[] targets;
    private int epoch;
    private long nanos;
    private int connectivityEpoch = -1;
    private double[][] connectivity;
    private double[][][] maps;
    private StateDiagnostics rnn;

    /**
     * @param settings the lab's settings
     * @param current the Data lab's series (used for {@link MemorySettings.Source#CURRENT}), may be null otherwise
     * @throws IllegalArgumentException when the series is too short or constant
     */
    MemoryRun(MemorySettings settings, double[] current) {
        this.settings = settings;
        LongLagProcess process = process(settings);
        if (process == null) {
            if (current == null) {
                throw new IllegalArgumentException("No current series yet: open the Data lab or load a series.");
            }
            x = current.clone();
        } else {
            x = process.sample(settings.length(), RandomStreams.of(settings.seed()));
        }
        int p = settings.window();
        int h = settings.hidden();
        if (x.length < 4 * p + 20) {
            throw new IllegalArgumentException("The series has " + x.length + " values: too few for a window of " + p
                    + " and a validation part; it needs at least " + (4 * p + 20) + ".");
        }
        data = TrainingData.of(x, p, VALIDATION);
        truth = process == null ? Double.NaN : process.meanNll(x, data.trainEnd(), x.length);
        HeadSpec head = HeadSpec.gaussian();
        SeriesNetwork[] nets = {WindowModel.of(p, new int[] {h}, Activation.TANH, head),
                RecurrentModel.of(RecurrentModel.Cell.RNN, h, p, head), RecurrentModel.of(RecurrentModel.Cell.GRU, h, p, head)};
        Optimizer opt = Optimizer.adam(Math.pow(10, settings.logRate()));
        if (settings.clip()) {
            opt = Optimizer.clipped(opt, CLIP);
        }
        TrainingPlan plan = new TrainingPlan(opt, Math.max(128, settings.truncation()), settings.truncation());
        trainers = new Trainer[3];
        names = new String[] {"window MLP, p = " + p, "RNN, H = " + h, "GRU, H = " + h};
        validation = new double[3][settings.epochs() + 1];
        for (int m = 0; m < 3; m++) {
            trainers[m] = Trainer.of(nets[m], data, plan, settings.seed());
            validation[m][0] = trainers[m].latest().validationNll();
        }
        lags = Math.min(2 * settings.lag() + 20, 420);
        int from = Math.min(Math.max(data.trainEnd(), lags), x.length); // a short loaded series: t = n at most
        int span = x.length - from;
        int count = Math.max(1, Math.min(MAP_TARGETS, span));
        targets = new int[count];
        for (int i = 0; i < count; i++) {
            targets[i] = from + (int) ((long) i * span / count);
        }
    }

    /** @return the process of the settings, null for the current series */
    static LongLagProcess process(MemorySettings s) {
        return switch (s.source()) {
            case SEASONAL -> LongLagProcess.of(LongLagProcess.Kind.SEASONAL, s.lag(), s.coefficient(), 0, 1);
            case DELAYED_COPY -> LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, s.lag(), s.coefficient(), 0.5, 1);
            case LONG_PERIOD -> LongLagProcess.of(LongLagProcess.Kind.LONG_PERIOD, s.lag(), 2 * s.coefficient(), 0, 1);
            case CURRENT -> null;
        };
    }

    /**
     * Trains up to n more epochs of each model, stopping early when cancelled or once {@value #BATCH_NANOS} ns have
     * passed (at least one epoch), so that a snapshot follows within about 30 ms whatever n the loop asks for.
     */
    void advance(long n, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        for (long i = 0; i < n && epoch < settings.epochs() && !cancelled.getAsBoolean()
                && (i == 0 || System.nanoTime() - start < BATCH_NANOS); i++) {
            long t0 = System.nanoTime();
            epoch++;
            for (int m = 0; m < 3; m++) {
                validation[m][epoch] = trainers[m].step().validationNll();
            }
            nanos += System.nanoTime() - t0;
        }
    }

    /** @return the epochs done */
    long count() {
        return epoch;
    }

    /** @return the settings */
    MemorySettings settings() {
        return settings;
    }

    /**
     * The snapshot now; the connectivity and the RNN's gradients are recomputed at the start, at the end and every
     * twentieth of the budget (they cost more than an epoch).
     */
    MemorySnapshot snapshot() {
        int every = Math.max(1, settings.epochs() / 20);
        if (connectivityEpoch < 0 || epoch == settings.epochs() || epoch - connectivityEpoch >= every) {
            measure();
        }
        TrainedModel[] models = new TrainedModel[3];
        double[][] val = new double[3][];
        for (int m = 0; m < 3; m++) {
            models[m] = trainers[m].latest().model();
            val[m] = Arrays.copyOf(validation[m], epoch + 1);
        }
        return new MemorySnapshot(epoch, settings.epochs(), names.clone(), val, truth, lags, targets.clone(),
                connectivity, maps, connectivityEpoch, rnn, models, x, data.trainEnd(),
                nanos == 0 ? Double.NaN : epoch / (nanos / 1e9));
    }

    private void measure() {
        double[][] conn = new double[3][];
        double[][][] map = new double[3][targets.length][];
        for (int m = 0; m < 3; m++) {
            Connectivity c = Connectivity.of(trainers[m].latest().model(), x);
            conn[m] = new double[lags];
            for (int i = 0; i < targets.length; i++) {
                double[] l = c.lags(targets[i], lags);
                for (int k = 0; k < lags; k++) {
                    l[k] = Math.abs(l[k]);
                    conn[m][k] += l[k] / targets.length;
                }
                map[m][i] = l;
            }
        }
        int steps = Math.min(STEPS, x.length - data.trainEnd());
        rnn = StateDiagnostics.of(trainers[1].latest().model(), x, data.trainEnd(), steps);
        connectivity = conn;
        maps = map;
        connectivityEpoch = epoch;
    }
}
