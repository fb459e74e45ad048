package org.arlab.core.process;

import java.util.Arrays;

import org.arlab.core.neural.Predictive;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.random.SequenceStreams;

/**
 * Exposure bias made visible (MATH.md, problem 2E): a model trained teacher-forced meets its own outputs only when it
 * generates. From a start s (the values x[0..s) observed) it compares, over the next H steps, free-running rollouts
 * (each value drawn and fed back), the free-running mean path (each predictive mean fed back), the teacher-forced
 * one-step predictions (each given the true history) and the true continuation. All in the series' units; rollout m
 * draws from {@code RandomStreams.perSequence(seed).stream(m)}, so a seed fixes the fan whatever else runs.
 */
public final class ExposureBias {
    private ExposureBias() {
    }

    /**
     * The fan from one start.
     *
     * @param start s, the first predicted index
     * @param paths M rollouts of H values, x'_s..x'_{s+H−1}
     * @param meanPath the free-running mean path
     * @param teacherForced the one-step predictive means of x_s..x_{s+H−1} given the true history
     * @param truth x_s..x_{s+H−1}
     */
    public record Fan(int start, double[][] paths, double[] meanPath, double[] teacherForced, double[] truth) {
    }

    /**
     * Squared error against the horizon h = 1..H, averaged over starts.
     *
     * @param freeRunning mean over starts of {@code (m_h − x_{s+h−1})²}, m the free-running mean path from s
     * @param teacherForced mean over the same starts of the one-step error at the same target {@code x_{s+h−1}}
     * @param starts how many starts were averaged
     */
    public record Errors(double[] freeRunning, double[] teacherForced, int starts) {
    }

    /**
     * @param model the trained model
     * @param x the series, in its units
     * @param start s, ≥ the model's first target, with s + H ≤ x.length
     * @param horizon H ≥ 1
     * @param rollouts M ≥ 0
     * @param seed the rollouts' seed
     */
    public static Fan fan(TrainedModel model, double[] x, int start, int horizon, int rollouts, long seed) {
        check(model, x, start, horizon);
        double[] prefix = Arrays.copyOf(x, start);
        SequenceStreams streams = RandomStreams.perSequence(seed);
        double[][] paths = new double[rollouts][];
        for (int m = 0; m < rollouts; m++) {
            paths[m] = model.sample(prefix, horizon, streams.stream(m));
        }
        double[] tf = new double[horizon];
        Predictive[] p = model.teacherForced(x, start, start + horizon);
        for (int h = 0; h < horizon; h++) {
            tf[h] = p[h].mean();
        }
        return new Fan(start, paths, model.meanPath(prefix, horizon), tf,
                Arrays.copyOfRange(x, start, start + horizon));
    }

    /**
     * The error against the horizon over starts evenly spread in [from, to − H] (at most {@code maxStarts} of them).
     *
     * @param from the first start (≥ the model's first target)
     * @param to one past the last target used
     */
    public static Errors errors(TrainedModel model, double[] x, int from, int to, int horizon, int maxStarts) {
        int last = to - horizon;
        check(model, x, from, horizon);
        if (last < from || to > x.length || maxStarts < 1) {
            throw new IllegalArgumentException("No start in " + from + ".." + last + " leaves " + horizon
                    + " steps before " + to + ".");
        }
        int count = Math.min(maxStarts, last - from + 1);
        double[] free = new double[horizon];
        double[] tf = new double[horizon];
        Predictive[] one = model.teacherForced(x, from, to);
        for (int k = 0; k < count; k++) {
            int s = count == 1 ? from : from + (int) Math.round((double) k * (last - from) / (count - 1));
            double[] path = model.meanPath(Arrays.copyOf(x, s), horizon);
            for (int h = 0; h < horizon; h++) {
                double e = path[h] - x[s + h];
                free[h] += e * e / count;
                double r = one[s + h - from].mean() - x[s + h];
                tf[h] += r * r / count;
            }
        }
        return new Errors(free, tf, count);
    }

    /**
     * Each rollout scored by a known process's exact log-likelihood: the mean of {@code log p_true(x'_t | x'_<t)}
     * over its H steps, the history before s being the data; the last entry is the true continuation's score.
     *
     * @param truth the process the data came from
     * @param x the series
     * @param fan the rollouts
     * @return M + 1 mean log-likelihoods per step, the rollouts then the truth
     */
    public static double[] trueScores(SequenceModel truth, double[] x, Fan fan) {
        int s = fan.start();
        int h = fan.truth().length;
        if (s < truth.firstConditional()) {
            throw new IllegalArgumentException("The true process's first conditional is at t = "
                    + truth.firstConditional() + ", after the start " + s + ".");
        }
        double[] out = new double[fan.paths().length + 1];
        double[] joined = Arrays.copyOf(x, s + h);
        for (int m = 0; m <= fan.paths().length; m++) {
            double[] path = m < fan.paths().length ? fan.paths()[m] : fan.truth();
            System.arraycopy(path, 0, joined, s, h);
            double sum = 0;
            Predictive[] c = truth.conditionals(joined, s, s + h);
            for (int k = 0; k < h; k++) {
                sum += c[k].logDensity(joined[s + k]);
            }
            out[m] = sum / h;
        }
        return out;
    }

    private static void check(TrainedModel model, double[] x, int start, int horizon) {
        int first = Math.max(1, model.network().first());
        if (horizon < 1 || start < first || start + horizon > x.length) {
            throw new IllegalArgumentException("A horizon of " + horizon + " steps from t = " + start
                    + " needs t ≥ " + first + " and the series to go on to t = " + (start + horizon - 1) + ".");
        }
    }
}
