package org.arlab.app.lab.neural;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.arlab.core.neural.Dense;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.Optimizer;
import org.arlab.core.neural.Predictive;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.neural.Schedule;
import org.arlab.core.neural.ScheduledTrainer;
import org.arlab.core.neural.SeriesNetwork;
import org.arlab.core.neural.Trainer;
import org.arlab.core.neural.TrainingData;
import org.arlab.core.neural.TrainingPlan;
import org.arlab.core.neural.TrainingSnapshot;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.process.ExposureBias;
import org.arlab.core.process.GaussianGenerator;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.session.NeuralSettings;

/**
 * One training run of the Neural AR lab: the data, the network, its trainer (and, under scheduled sampling, a
 * teacher-forced twin from the same seed) and the NLL history, epoch by epoch. Built lazily on the worker at its first
 * use; used only on the worker, except for the fan's place, horizon and size, which the FX thread may set at any time
 * (they change what the next snapshot shows, not the training). Plain Java, no screen: the headless export uses it too.
 */
final class NeuralRun {
    /** The most values trained on (a longer series is cut to its first ones). */
    static final int MAX_VALUES = NeuralSettings.MAX_LENGTH;
    /** Time a batch of epochs may take before the snapshot, ns. */
    private static final long BATCH_NANOS = 25_000_000L;
    /** How often the exposure-bias rollouts are redrawn while training runs, ns. */
    private static final long EXPOSURE_NANOS = 400_000_000L;
    /** Starts averaged in the error chart: every one for a window model, 60 for a recurrent net (O(n) each). */
    private static final int ERROR_STARTS = 60;
    private static final int WINDOW_ERROR_STARTS = 500;

    private final NeuralSettings settings;
    private final double[] source;
    private final String sourceName;
    private volatile double fanStart;
    private volatile int fanHorizon;
    private volatile int fanRollouts;
    private volatile long fanSeed;

    private double[] x;
    private final GaussianGenerator truth;
    private TrainingData data;
    private SeriesNetwork network;
    private Trainer trainer;
    private ScheduledTrainer scheduled;
    private ScheduledTrainer twin;
    private TrainingData.LinearBaseline baseline;
    private double[] linearOneStep;
    private double[] z;
    private double[] trainHist = new double[64];
    private double[] valHist = new double[64];
    private double[] gradEpochs = new double[0];
    private double[][] gradNorms;
    private String[] layers;
    private int[][] segments;
    private long lastExposure;
    private ExposureBias.Fan fan;
    private ExposureBias.Errors errors;
    private ExposureBias.Errors twinErrors;
    private double[] trueScores;
    private int exposureEpoch = -1;
    private double exposureKey = Double.NaN;

    /**
     * @param settings the lab's settings
     * @param series the Data lab's values (used when the source is the Data lab), or null
     * @param seriesName what the Data lab's series is
     */
    NeuralRun(NeuralSettings settings, double[] series, String seriesName) {
        this.settings = settings;
        this.source = series;
        this.sourceName = seriesName;
        this.fanStart = settings.start();
        this.fanHorizon = settings.horizon();
        this.fanRollouts = settings.rollouts();
        this.fanSeed = settings.seed();
        this.truth = settings.source().generator();
    }

    NeuralSettings settings() {
        return settings;
    }

    /** Sets the fan's start (fraction of the validation part), horizon and rollouts: from any thread. */
    void fan(double start, int horizon, int rollouts) {
        this.fanStart = start;
        this.fanHorizon = horizon;
        this.fanRollouts = rollouts;
    }

    /** @return the series the run trains on: the Data lab's, or generated from the settings */
    static double[] series(NeuralSettings s, double[] dataLab) {
        GaussianGenerator g = s.source().generator();
        if (g == null) {
            if (dataLab == null) {
                throw new IllegalArgumentException("The Data lab has no series yet.");
            }
            return dataLab.length > MAX_VALUES ? Arrays.copyOf(dataLab, MAX_VALUES) : dataLab.clone();
        }
        return g.sample(s.length(), RandomStreams.of(s.dataSeed()));
    }

    private void build() {
        if (data != null) {
            return;
        }
        NeuralSettings s = settings;
        x = series(s, source);
        int p = s.order();
        HeadSpec head = s.learnSigma() ? HeadSpec.gaussian() : HeadSpec.gaussian(s.fixedSigma());
        double eta = Math.pow(10, s.logRate());
        TrainingPlan plan = new TrainingPlan(s.adam() ? Optimizer.adam(eta) : Optimizer.gradientAscent(eta), s.batch(),
                0);
        data = TrainingData.of(x, p, s.validation());
        if (data.validationTargets() < 2 || data.trainTargets() < Math.max(10, 2 * p)) {
            throw new IllegalArgumentException("The series is too short for p = " + p + " and a "
                    + Math.round(100 * s.validation()) + "% validation part: " + x.length + " values.");
        }
        if (s.architecture() == NeuralSettings.Architecture.MLP) {
            int[] hidden = s.depth() == 1 ? new int[] {s.hidden()} : new int[] {s.hidden(), s.hidden()};
            WindowModel w = WindowModel.of(p, hidden, s.activation(), head);
            network = w;
            scheduled = ScheduledTrainer.of(w, data, plan, s.schedule(), s.seed());
            if (s.schedule().kind() != Schedule.Kind.TEACHER_FORCING) {
                twin = ScheduledTrainer.of(WindowModel.of(p, hidden, s.activation(), head), data, plan,
                        Schedule.TEACHER_FORCING, s.seed());
            }
            Dense[] d = w.layers();
            layers = new String[d.length + 1];
            segments = new int[d.length + 1][];
            for (int l = 0; l < d.length; l++) {
                layers[l] = "layer " + (l + 1) + " (" + d[l].units() + " units)";
                segments[l] = new int[] {d[l].offset(), d[l].offset() + d[l].size()};
            }
            layers[d.length] = "output head";
            segments[d.length] = new int[] {w.head().offset(), w.head().offset() + w.head().size()};
        } else {
            RecurrentModel r = RecurrentModel.of(s.architecture() == NeuralSettings.Architecture.GRU
                    ? RecurrentModel.Cell.GRU : RecurrentModel.Cell.RNN, s.hidden(), p, head);
            network = r;
            trainer = Trainer.of(r, data, plan, s.seed());
            layers = new String[] {s.architecture() + " cell", "output head"};
            segments = new int[][] {{0, r.cell().size()}, {r.head().offset(), r.head().offset() + r.head().size()}};
        }
        baseline = data.linearBaseline(p);
        double[] pred = baseline.fit().predictions(x); // ŷ_t for t = p..n−1
        linearOneStep = Arrays.copyOfRange(pred, 0, x.length - p);
        z = data.standardised();
        gradNorms = new double[layers.length][0];
        record();
    }

    private TrainingSnapshot latest() {
        return scheduled != null ? scheduled.latest() : trainer.latest();
    }

    /** @return epochs done (0 before the run is built) */
    int epoch() {
        return data == null ? 0 : scheduled != null ? scheduled.epoch() : trainer.epoch();
    }

    /** Up to n epochs, for about 25 ms at most, stopping when cancelled. */
    void advance(long n, BooleanSupplier cancelled) {
        build();
        long until = System.nanoTime() + BATCH_NANOS;
        for (long k = 0; k < n && epoch() < settings.maxEpochs() && !cancelled.getAsBoolean(); k++) {
            stepOne();
            if (System.nanoTime() > until) {
                break;
            }
        }
    }

    /** Exactly one epoch (Step), unless the budget is spent. */
    void step() {
        build();
        if (epoch() < settings.maxEpochs()) {
            stepOne();
        }
    }

    /** Trains to the given epoch (a session's), however long it takes. */
    void trainTo(int epochs, BooleanSupplier cancelled) {
        build();
        while (epoch() < Math.min(epochs, settings.maxEpochs()) && !cancelled.getAsBoolean()) {
            stepOne();
        }
    }

    private void stepOne() {
        if (scheduled != null) {
            scheduled.step();
            if (twin != null) {
                twin.step();
            }
        } else {
            trainer.step();
        }
        record();
    }

    private void record() {
        int e = epoch();
        if (e >= trainHist.length) {
            trainHist = Arrays.copyOf(trainHist, 2 * trainHist.length);
            valHist = Arrays.copyOf(valHist, 2 * valHist.length);
        }
        TrainingSnapshot t = latest();
        trainHist[e] = t.trainNll();
        valHist[e] = t.validationNll();
    }

    /** @return the trained weights now */
    double[] weights() {
        build();
        return latest().model().parameters();
    }

    /**
     * The snapshot (on the worker).
     *
     * @param forceExposure redraw the rollouts even if they were drawn less than 0.4 s ago
     */
    NeuralSnapshot snapshot(boolean forceExposure) {
        build();
        int e = epoch();
        TrainingSnapshot t = latest();
        var model = t.model();
        int first = data.first();
        Predictive[] one = model.teacherForced(x, first, x.length);
        double[] oneStep = new double[one.length];
        double mse = 0;
        for (int i = 0; i < one.length; i++) {
            oneStep[i] = one[i].mean();
            if (first + i < data.trainEnd()) {
                double r = x[first + i] - oneStep[i];
                mse += r * r / data.trainTargets();
            }
        }
        gradientNorms(e, model.parameters());
        long now = System.nanoTime();
        int horizon = fanHorizon;
        int v = x.length - data.trainEnd();
        int h = Math.max(1, Math.min(horizon, v));
        double key = fanStart * 1e6 + h * 1e3 + fanRollouts;
        if (forceExposure || fan == null || (e != exposureEpoch && now - lastExposure > EXPOSURE_NANOS)
                || key != exposureKey) {
            int start = data.trainEnd() + (int) Math.round(fanStart * (v - h));
            fan = ExposureBias.fan(model, x, start, h, fanRollouts, fanSeed);
            int starts = trainer == null ? WINDOW_ERROR_STARTS : ERROR_STARTS;
            errors = ExposureBias.errors(model, x, data.trainEnd(), x.length, h, starts);
            twinErrors = twin == null ? null : ExposureBias.errors(twin.latest().model(), x, data.trainEnd(),
                    x.length, h, starts);
            trueScores = truth == null || start < truth.firstConditional() ? null
                    : ExposureBias.trueScores(truth, x, fan);
            lastExposure = now;
            exposureEpoch = e;
            exposureKey = key;
        }
        double[][] norms = new double[gradNorms.length][];
        for (int l = 0; l < norms.length; l++) {
            norms[l] = gradNorms[l].clone();
        }
        return new NeuralSnapshot(e, settings.maxEpochs(), Arrays.copyOf(trainHist, e + 1),
                Arrays.copyOf(valHist, e + 1), baseline.trainNll(), baseline.validationNll(), model,
                network.describe(), network.parameterCount(), x, first, data.trainEnd(), oneStep, linearOneStep,
                one[0].sds()[0], mse, gradEpochs.clone(), norms, layers.clone(), Math.pow(10, settings.logRate()),
                fan, errors, twinErrors, trueScores, scheduled != null && twin != null ? scheduled.fedBackFraction()
                        : Double.NaN, truth != null ? truth.name() : sourceName);
    }

    /** Appends ‖∇‖ per layer at the weights now (one full-batch gradient over the training targets). */
    private void gradientNorms(int e, double[] theta) {
        if (gradEpochs.length > 0 && gradEpochs[gradEpochs.length - 1] == e) {
            return;
        }
        double[] g = new double[theta.length];
        network.gradient(theta, z, data.first(), data.trainEnd(), 1.0 / data.trainTargets(), g);
        gradEpochs = Arrays.copyOf(gradEpochs, gradEpochs.length + 1);
        gradEpochs[gradEpochs.length - 1] = e;
        for (int l = 0; l < segments.length; l++) {
            double sum = 0;
            for (int i = segments[l][0]; i < segments[l][1]; i++) {
                sum += g[i] * g[i];
            }
            gradNorms[l] = Arrays.copyOf(gradNorms[l], gradNorms[l].length + 1);
            gradNorms[l][gradNorms[l].length - 1] = Math.sqrt(sum);
        }
    }

    /** @return the known generator, or null for the Data lab's series */
    GaussianGenerator truth() {
        return truth;
    }

    /** @return the series (after build) */
    double[] values() {
        build();
        return x;
    }
}
