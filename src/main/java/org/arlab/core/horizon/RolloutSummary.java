package org.arlab.core.horizon;

/**
 * The spread of M free-running rollouts at each horizon h = 1..H (index h − 1).
 *
 * @param probs the probabilities of the quantiles
 * @param mean the sample mean per horizon
 * @param variance the sample variance per horizon (divisor M − 1)
 * @param quantiles quantiles[k][h − 1] at probs[k] (R's type 7, to within 1/4096 of the sample's range)
 * @param paths a few whole rollouts, paths[r][h − 1]
 * @param rollouts M
 * @param heldFrom the first horizon h at which a rollout overflowed and was held at ±{@code ArSimulator.LIMIT} (an
 *     explosive model; the spread from there on is not the model's), or 0 when none did
 */
public record RolloutSummary(double[] probs, double[] mean, double[] variance, double[][] quantiles, double[][] paths,
        int rollouts, int heldFrom) {
    /** @return H */
    public int horizon() {
        return mean.length;
    }
}
