package org.arlab.core.montecarlo;

/** Mean and variance of a stream by Welford's update, stable over 10⁶ and more samples. */
public final class RunningMean {
    private long count;
    private double mean;
    private double m2;

    /** Adds one sample. */
    public void add(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
    }

    /** @return M */
    public long count() {
        return count;
    }

    /** @return the sample mean (NaN when empty) */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** @return the variance in its biased form (1/M) Σ (x − x̄)² */
    public double biasedVariance() {
        return count == 0 ? Double.NaN : m2 / count;
    }

    /** @return the variance in its unbiased form 1/(M − 1) Σ (x − x̄)² (NaN below two samples) */
    public double unbiasedVariance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    /** @return the estimate of the mean with its standard error */
    public Estimate estimate() {
        double sd = Math.sqrt(unbiasedVariance());
        return new Estimate(mean(), sd / Math.sqrt(count), sd, count);
    }
}
