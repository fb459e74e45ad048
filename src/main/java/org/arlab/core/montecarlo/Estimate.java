package org.arlab.core.montecarlo;

/**
 * A Monte Carlo estimate.
 *
 * @param mean the sample mean
 * @param stdError its standard error sd/√M (NaN below two samples)
 * @param sd the sample standard deviation (1/(M − 1) form)
 * @param count M, the number of samples
 */
public record Estimate(double mean, double stdError, double sd, long count) {
    /** @return the lower end of the 95% interval mean − 1.96·se */
    public double lower() {
        return mean - 1.96 * stdError;
    }

    /** @return the upper end of the 95% interval mean + 1.96·se */
    public double upper() {
        return mean + 1.96 * stdError;
    }
}
