package org.arlab.core.mixture;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import org.arlab.core.neural.Activation;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.MixtureRegression;
import org.arlab.core.neural.Optimizer;
import org.arlab.core.neural.Predictive;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.neural.RegressionTrainer;
import org.arlab.core.neural.SeriesNetwork;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.neural.Trainer;
import org.arlab.core.neural.TrainingData;
import org.arlab.core.neural.TrainingPlan;
import org.arlab.core.neural.TrainingSnapshot;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.process.DoubleWell;
import org.arlab.core.process.InvertedSinusoid;
import org.arlab.core.process.RegimeSwitchingAr;
import org.arlab.core.process.SequenceModel;
import org.arlab.core.process.ThresholdAr;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.session.MixtureSettings;

/**
 * The Mixture lab's experiment (MATH.md, problem 3): a network with a mixture head of C Gaussians trained beside the
 * same network with one Gaussian (C = 1), full batch, Adam, epoch by epoch. Part 1 is Bishop's inverted sinusoid
 * ({@value #PAIRS} training and as many validation pairs; a {@link MixtureRegression}); part 2 a series of
 * {@value #SERIES_LENGTH} values (its last {@value #VALIDATION_PERCENT}% for validation) from a known generator, whose
 * exact conditional NLL is the floor, or the Data lab's series; an MLP on a window of p values or a GRU with a
 * warm-up of p. The seed fixes the data (its own stream) and both networks' initial weights. Mutable, for one worker
 * thread; {@link #frame()} makes an immutable picture.
 */
public final class MixtureExperiment {
    /** Training pairs of part 1 (and as many for validation). */
    public static final int PAIRS = 1000;
    /** Values of a generated series. */
    public static final int SERIES_LENGTH = 3000;
    /** The validation share of part 2's targets, percent. */
    public static final int VALIDATION_PERCENT = 30;
    /** Targets shown on part 2's heat map: the last ones of the series. */
    public static final int WINDOW = 250;
    /** Rows and (part 1) columns of the heat map. */
    public static final int GRID = 120;
    /** Where training stops. */
    public static final int MAX_EPOCHS = 3000;
    /** Values drawn step by step. */
    public static final int SAMPLED_STEPS = 150;
    /** Draws of the true next value for the histogram. */
    public static final int HISTOGRAM_DRAWS = 4000;
    /** Bins of the histogram. */
    public static final int BINS = 40;

    private final MixtureSettings settings;
    private final Optimizer optimizer;
    // part 1
    private RegressionTrainer pairs;
    private RegressionTrainer pairsOne;
    private double[][] train;
    private double[][] histogramPairs;
    // part 2
    private Trainer series;
    private Trainer seriesOne;
    private SequenceModel truth;
    private double[] x;
    private double exactNll = Double.NaN;
    private double[] epochs = new double[64];
    private double[] nllC = new double[64];
    private double[] nllOne = new double[64];
    private int rows;
    private double probe;

    /**
     * @param settings the lab's settings
     * @param loaded the Data lab's series, for {@link MixtureSettings.Source#LOADED} (otherwise unused; may be null)
     * @throws IllegalArgumentException when the loaded series is missing or too short for the network
     */
    public MixtureExperiment(MixtureSettings settings, double[] loaded) {
        this.settings = settings;
        this.optimizer = Optimizer.adam(settings.rate());
        this.probe = settings.probe();
        UniformRandomProvider data = RandomStreams.perSequence(settings.seed()).stream(1);
        if (settings.part() == MixtureSettings.Part.SINUSOID) {
            train = InvertedSinusoid.sample(PAIRS, data);
            double[][] valid = InvertedSinusoid.sample(PAIRS, data);
            histogramPairs = InvertedSinusoid.sample(40 * PAIRS, data);
            int c = settings.components();
            pairs = RegressionTrainer.of(MixtureRegression.of(settings.hidden(), c), train, valid, optimizer,
                    settings.seed());
            pairsOne = c == 1 ? pairs : RegressionTrainer.of(MixtureRegression.of(settings.hidden(), 1), train, valid,
                    optimizer, settings.seed());
        } else {
            truth = truth(settings.source());
            if (truth == null) {
                if (loaded == null) {
                    throw new IllegalArgumentException("The Data lab has no series yet: generate or load one there.");
                }
                x = loaded.clone();
            } else {
                x = truth.sample(SERIES_LENGTH, data);
            }
            SeriesNetwork net = network(settings.components());
            if (x.length < net.first() + 20) {
                throw new IllegalArgumentException("The series has " + x.length + " values; the network needs at "
                        + "least " + (net.first() + 20) + ".");
            }
            TrainingData d = TrainingData.of(x, net.first(), VALIDATION_PERCENT / 100.0);
            TrainingPlan plan = TrainingPlan.fullBatch(optimizer);
            series = Trainer.of(net, d, plan, settings.seed());
            seriesOne = settings.components() == 1 ? series : Trainer.of(network(1), d, plan, settings.seed());
            if (truth != null) {
                int from = Math.max(d.trainEnd(), truth.firstConditional());
                Predictive[] ps = truth.conditionals(x, from, x.length);
                double s = 0;
                for (int t = from; t < x.length; t++) {
                    s -= ps[t - from].logDensity(x[t]);
                }
                exactNll = s / (x.length - from);
            }
        }
        record();
    }

    /** @return the known generator of a source, null for the Data lab's series */
    public static SequenceModel truth(MixtureSettings.Source source) {
        return switch (source) {
            case REGIME -> RegimeSwitchingAr.DEFAULT;
            case THRESHOLD -> ThresholdAr.DEFAULT;
            case DOUBLE_WELL -> DoubleWell.DEFAULT;
            case LOADED -> null;
        };
    }

    /** @return the number of parameters of the network these settings train (head included), without building it */
    public static int parameterCount(MixtureSettings s) {
        if (s.part() == MixtureSettings.Part.SINUSOID) {
            return MixtureRegression.of(s.hidden(), s.components()).parameterCount();
        }
        HeadSpec head = HeadSpec.mixture(s.components());
        return (s.network() == MixtureSettings.Network.GRU
                ? RecurrentModel.of(RecurrentModel.Cell.GRU, s.hidden(), s.order(), head)
                : WindowModel.of(s.order(), new int[] {s.hidden()}, Activation.TANH, head)).parameterCount();
    }

    private SeriesNetwork network(int c) {
        HeadSpec head = HeadSpec.mixture(c);
        return settings.network() == MixtureSettings.Network.GRU
                ? RecurrentModel.of(RecurrentModel.Cell.GRU, settings.hidden(), settings.order(), head)
                : WindowModel.of(settings.order(), new int[] {settings.hidden()}, Activation.TANH, head);
    }

    /** @return the settings */
    public MixtureSettings settings() {
        return settings;
    }

    /** Moves the probe (a fraction 0..1 across the heat map's columns) for the next frames. */
    public void setProbe(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("The probe must lie in [0, 1], not " + fraction + ".");
        }
        probe = fraction;
    }

    /** @return the epochs done */
    public int epoch() {
        return pairs != null ? pairs.epoch() : series.epoch();
    }

    /** @return the true process of part 2, null for part 1 or the Data lab's series */
    public SequenceModel truthModel() {
        return truth;
    }

    /** @return part 2's series, null for part 1 */
    public double[] seriesValues() {
        return x == null ? null : x.clone();
    }

    /**
     * Trains both networks up to {@code n} more epochs (never past {@value #MAX_EPOCHS}), asking {@code cancelled}
     * before each.
     *
     * @throws ArithmeticException when an NLL stops being a finite number (the step is too large)
     */
    public void advance(long n, BooleanSupplier cancelled) {
        for (long k = 0; k < n && epoch() < MAX_EPOCHS && !cancelled.getAsBoolean(); k++) {
            if (pairs != null) {
                pairs.step();
                if (pairsOne != pairs) {
                    pairsOne.step();
                }
            } else {
                series.step();
                if (seriesOne != series) {
                    seriesOne.step();
                }
            }
            record();
        }
    }

    /** Back to the initial weights and epoch 0. */
    public void rewind() {
        if (pairs != null) {
            pairs.rewind();
            pairsOne.rewind();
        } else {
            series.rewind();
            seriesOne.rewind();
        }
        rows = 0;
        record();
    }

    /** @return {train C, validation C, train C = 1, validation C = 1} now */
    public double[] nll() {
        if (pairs != null) {
            RegressionTrainer.Snapshot a = pairs.latest();
            RegressionTrainer.Snapshot b = pairsOne.latest();
            return new double[] {a.trainNll(), a.validationNll(), b.trainNll(), b.validationNll()};
        }
        TrainingSnapshot a = series.latest();
        TrainingSnapshot b = seriesOne.latest();
        return new double[] {a.trainNll(), a.validationNll(), b.trainNll(), b.validationNll()};
    }

    /** @return the exact conditional NLL of the validation targets under the true process (NaN when unknown) */
    public double exactNll() {
        return exactNll;
    }

    private void record() {
        double[] v = nll();
        if (!Double.isFinite(v[0]) || !Double.isFinite(v[2])) {
            throw new ArithmeticException("Training diverged at epoch " + epoch() + " (the NLL is no longer a finite "
                    + "number): lower the learning rate.");
        }
        if (rows == epochs.length) {
            epochs = Arrays.copyOf(epochs, 2 * rows);
            nllC = Arrays.copyOf(nllC, 2 * rows);
            nllOne = Arrays.copyOf(nllOne, 2 * rows);
        }
        epochs[rows] = epoch();
        nllC[rows] = v[1];
        nllOne[rows] = v[3];
        rows++;
    }

    /** @return the picture now */
    public MixtureFrame frame() {
        return pairs != null ? sinusoidFrame() : seriesFrame();
    }

    private double[][] history() {
        return new double[][] {Arrays.copyOf(epochs, rows), Arrays.copyOf(nllC, rows), Arrays.copyOf(nllOne, rows)};
    }

    private int headParameters() {
        return 3 * settings.components() * (settings.hidden() + 1);
    }

    private static double[] grid(double lo, double hi, int n) {
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
            g[j] = lo + (hi - lo) * (j + 0.5) / n;
        }
        return g;
    }

    private int probeColumn(int columns) {
        return (int) Math.min(columns - 1, Math.floor(probe * columns));
    }

    /** Fills density, means and weights for column i from its conditional. */
    private static void column(Predictive p, double[] ys, int i, double[][] density, double[][] means,
            double[][] weights) {
        for (int j = 0; j < ys.length; j++) {
            density[i][j] = Math.exp(p.logDensity(ys[j]));
        }
        double[] mu = p.means();
        double[] w = p.weights();
        for (int c = 0; c < mu.length; c++) {
            means[c][i] = mu[c];
            weights[c][i] = w[c];
        }
    }

    private MixtureFrame sinusoidFrame() {
        RegressionTrainer.Snapshot s = pairs.latest();
        int c = settings.components();
        double[] xs = grid(-0.1, 1.1, GRID);
        double[] ys = grid(-0.1, 1.1, GRID);
        double[][] density = new double[GRID][GRID];
        double[][] means = new double[c][GRID];
        double[][] weights = new double[c][GRID];
        for (int i = 0; i < GRID; i++) {
            column(s.predictive(xs[i]), ys, i, density, means, weights);
        }
        int probe = probeColumn(GRID);
        double at = xs[probe];
        Predictive p = s.predictive(at);
        double[] exact = new double[GRID];
        double z = InvertedSinusoid.normaliser(at, 4000);
        for (int j = 0; j < GRID; j++) {
            exact[j] = InvertedSinusoid.conditionalDensity(ys[j], at, z);
        }
        double half = 0.6 / GRID * 4; // the pairs whose input lies within ±0.02 of the probe
        double[] hist = new double[BINS];
        int inside = 0;
        for (int k = 0; k < histogramPairs[0].length; k++) {
            if (Math.abs(histogramPairs[0][k] - at) <= half) {
                int b = (int) Math.floor((histogramPairs[1][k] + 0.1) / 1.2 * BINS);
                hist[Math.max(0, Math.min(BINS - 1, b))]++;
                inside++;
            }
        }
        normalise(hist, inside, 1.2 / BINS);
        UniformRandomProvider rng = RandomStreams.perSequence(settings.seed()).stream(2);
        double[] drawn = new double[SAMPLED_STEPS];
        int[] picked = new int[SAMPLED_STEPS];
        draw(p, rng, drawn, picked, 0, SAMPLED_STEPS);
        int total = pairs.network().parameterCount();
        int shown = Math.min(500, train[0].length);
        return new MixtureFrame(settings, pairs.network().describe(), s.epoch(), MAX_EPOCHS, headParameters(), total,
                history(), Double.NaN, nll(), xs, ys, density, means, weights, Arrays.copyOf(train[0], shown),
                Arrays.copyOf(train[1], shown), probe, p, exact, inside == 0 ? null : hist,
                new double[] {-0.1, 1.1}, Double.NaN, drawn, picked, null, null);
    }

    private static void normalise(double[] hist, int count, double width) {
        for (int b = 0; b < hist.length; b++) {
            hist[b] = count == 0 ? 0 : hist[b] / (count * width);
        }
    }

    /** Draws n values from p (one per step): a component by one uniform, then μ_c + σ_c z. */
    private static void draw(Predictive p, UniformRandomProvider rng, double[] out, int[] picked, int at, int n) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int k = at; k < at + n; k++) {
            double u = rng.nextDouble();
            picked[k] = component(p, u);
            out[k] = p.draw(u, gauss.sample());
        }
    }

    /** @return the component {@link Predictive#draw} picks for u */
    static int component(Predictive p, double u) {
        double[] w = p.weights();
        double cum = 0;
        for (int j = 0; j < w.length - 1; j++) {
            cum += w[j];
            if (u < cum) {
                return j;
            }
        }
        return w.length - 1;
    }

    private MixtureFrame seriesFrame() {
        TrainingSnapshot s = series.latest();
        TrainedModel model = s.model();
        int n = x.length;
        int from = Math.max(n - WINDOW, series.network().first());
        Predictive[] ps = model.teacherForced(x, from, n);
        int cols = n - from;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double pad = 0.15 * Math.max(hi - lo, 1e-9);
        double[] ys = grid(lo - pad, hi + pad, GRID);
        double[] ts = new double[cols];
        double[] values = new double[cols];
        int c = settings.components();
        double[][] density = new double[cols][GRID];
        double[][] means = new double[c][cols];
        double[][] weights = new double[c][cols];
        for (int i = 0; i < cols; i++) {
            ts[i] = from + i;
            values[i] = x[from + i];
            column(ps[i], ys, i, density, means, weights);
        }
        int probe = probeColumn(cols);
        int t = from + probe;
        Predictive p = ps[probe];
        double[] exact = null;
        double[] hist = null;
        double[] range = {ys[0], ys[GRID - 1]};
        if (truth != null && t >= truth.firstConditional()) {
            Predictive q = truth.conditionals(x, t, t + 1)[0];
            exact = new double[GRID];
            for (int j = 0; j < GRID; j++) {
                exact[j] = Math.exp(q.logDensity(ys[j]));
            }
            UniformRandomProvider rng = RandomStreams.perSequence(settings.seed()).stream(3);
            hist = new double[BINS];
            double width = (range[1] - range[0]) / BINS;
            int inside = 0;
            for (int k = 0; k < HISTOGRAM_DRAWS; k++) {
                double v = q.sample(rng);
                int b = (int) Math.floor((v - range[0]) / width);
                if (b >= 0 && b < BINS) {
                    hist[b]++;
                }
                inside++;
            }
            normalise(hist, inside, width);
        }
        // step by step from the mixtures: a free run after the series' training part, each step picking a component
        // (recorded) and then drawing, on the network's own standardised scale
        int start = series.data().trainEnd();
        UniformRandomProvider rng = RandomStreams.perSequence(settings.seed()).stream(2);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int[] picked = new int[SAMPLED_STEPS];
        int[] step = {0};
        double[] z = series.data().scaling().apply(Arrays.copyOf(x, start));
        double[] drawn = series.data().scaling().invert(model.network().rollout(model.parameters(), z,
                SAMPLED_STEPS, q -> {
                    double u = rng.nextDouble();
                    picked[step[0]++] = component(q, u);
                    return q.draw(u, gauss.sample());
                }));
        double[] prefix = Arrays.copyOfRange(x, 0, Math.max(series.network().first(), 1));
        return new MixtureFrame(settings, series.network().describe(), s.epoch(), MAX_EPOCHS, headParameters(),
                series.network().parameterCount(), history(), exactNll, nll(), ts, ys, density, means, weights, ts,
                values, probe, p, exact, hist, range, x[t], drawn, picked, model, prefix);
    }
}
