package org.arlab.core.horizon;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;

/**
 * Runs M free-running rollouts of an AR(p) model for H steps from one state, all rollouts advancing together one
 * step at a time, so memory is O(M·p) whatever H is; each step's values are summarised (mean, variance, quantiles)
 * before the next. Values are held within ±{@link ArSimulator#LIMIT} so an explosive model stays finite.
 */
public final class Rollouts {
    /** The quantiles of the fan chart: 95%, 80% and 50% bands and the median. */
    public static final double[] FAN_PROBS = {0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975};

    private Rollouts() {
    }

    /**
     * @param model the model that generates
     * @param state the last p values before the first step, oldest first (null for zeros)
     * @param horizon H, 1 to 100 000
     * @param rollouts M, 2 to 10⁶
     * @param keepPaths how many whole rollouts to return (at most M)
     * @param rng the random source
     * @throws IllegalArgumentException for arguments out of range
     */
    public static RolloutSummary run(ArModel model, double[] state, int horizon, int rollouts, int keepPaths,
            UniformRandomProvider rng) {
        return run(model, state, horizon, rollouts, keepPaths, rng, null);
    }

    /**
     * As {@link #run(ArModel, double[], int, int, int, UniformRandomProvider)}, telling the share of steps done.
     *
     * @param progress told h/H after each step (null for nothing); the draws do not depend on it
     */
    public static RolloutSummary run(ArModel model, double[] state, int horizon, int rollouts, int keepPaths,
            UniformRandomProvider rng, java.util.function.DoubleConsumer progress) {
        return run(model, state, horizon, rollouts, keepPaths, rng, progress, true);
    }

    /**
     * As {@link #run(ArModel, double[], int, int, int, UniformRandomProvider, java.util.function.DoubleConsumer)};
     * without quantiles (their arrays stay NaN) when only the mean and variance are wanted: the draws are the same.
     */
    static RolloutSummary run(ArModel model, double[] state, int horizon, int rollouts, int keepPaths,
            UniformRandomProvider rng, java.util.function.DoubleConsumer progress, boolean withQuantiles) {
        int p = model.order();
        if (horizon < 1 || horizon > 100_000) {
            throw new IllegalArgumentException("The horizon must be 1 to 100 000 steps, not " + horizon + ".");
        }
        if (rollouts < 2 || rollouts > 1_000_000) {
            throw new IllegalArgumentException("The number of rollouts must be 2 to 1 000 000, not " + rollouts + ".");
        }
        if (state != null && state.length != p) {
            throw new IllegalArgumentException("An AR(" + p + ") rollout starts from " + p + " values, not "
                    + state.length + ".");
        }
        int keep = Math.max(0, Math.min(keepPaths, rollouts));
        double[] phi = model.phi();
        double c = model.intercept();
        double sigma = model.sigma();
        // lags[i][m] = y_{t-1-i} of rollout m
        double[][] lags = new double[Math.max(p, 1)][rollouts];
        for (int i = 0; i < p; i++) {
            java.util.Arrays.fill(lags[i], state == null ? 0 : state[p - 1 - i]);
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] mean = new double[horizon];
        double[] variance = new double[horizon];
        double[][] quantiles = new double[FAN_PROBS.length][horizon];
        double[][] paths = new double[keep][horizon];
        double[] scratch = new double[rollouts];
        int[] bins = new int[4096];
        int heldFrom = 0;
        for (int h = 0; h < horizon; h++) {
            double[] next = p > 0 ? lags[p - 1] : lags[0];
            double sum = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            if (p == 2) {
                // the usual AR(2): the same additions in the same order, without the loop over the lags
                double a1 = phi[0];
                double a2 = phi[1];
                double[] l1 = lags[0];
                double[] l2 = lags[1];
                for (int m = 0; m < rollouts; m++) {
                    double y = c + sigma * gauss.sample();
                    y += a1 * l1[m];
                    y += a2 * l2[m];
                    if (!(Math.abs(y) < ArSimulator.LIMIT)) {
                        y = y > 0 ? ArSimulator.LIMIT : -ArSimulator.LIMIT; // NaN (∞ − ∞) too
                        if (heldFrom == 0) {
                            heldFrom = h + 1;
                        }
                    }
                    scratch[m] = y;
                    sum += y;
                    if (y < lo) {
                        lo = y;
                    }
                    if (y > hi) {
                        hi = y;
                    }
                }
            } else {
                for (int m = 0; m < rollouts; m++) {
                    double y = c + sigma * gauss.sample();
                    for (int i = 0; i < p; i++) {
                        y += phi[i] * lags[i][m];
                    }
                    if (!(Math.abs(y) < ArSimulator.LIMIT)) {
                        y = y > 0 ? ArSimulator.LIMIT : -ArSimulator.LIMIT; // NaN (∞ − ∞) too
                        if (heldFrom == 0) {
                            heldFrom = h + 1;
                        }
                    }
                    scratch[m] = y;
                    sum += y;
                    if (y < lo) {
                        lo = y;
                    }
                    if (y > hi) {
                        hi = y;
                    }
                }
            }
            // rotate: the oldest lag array becomes the newest
            for (int i = p - 1; i > 0; i--) {
                lags[i] = lags[i - 1];
            }
            if (p > 0) {
                System.arraycopy(scratch, 0, next, 0, rollouts);
                lags[0] = next;
            }
            double mu = sum / rollouts;
            double ss = 0;
            for (int m = 0; m < rollouts; m++) {
                double d = scratch[m] - mu;
                ss += d * d;
            }
            mean[h] = mu;
            variance[h] = ss / (rollouts - 1);
            for (int r = 0; r < keep; r++) {
                paths[r][h] = scratch[r];
            }
            if (withQuantiles) {
                // quantiles to within (max − min)/4096: far below their sampling error, and 10× faster than exact
                double[] q = Quantiles.approximate(scratch, FAN_PROBS, bins, lo, hi);
                for (int k = 0; k < q.length; k++) {
                    quantiles[k][h] = q[k];
                }
            } else {
                for (double[] row : quantiles) {
                    row[h] = Double.NaN;
                }
            }
            if (progress != null) {
                progress.accept((h + 1.0) / horizon);
            }
        }
        return new RolloutSummary(FAN_PROBS.clone(), mean, variance, quantiles, paths, rollouts, heldFrom);
    }
}
