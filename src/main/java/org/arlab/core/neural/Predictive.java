package org.arlab.core.neural;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A one-step predictive distribution {@code p(x_t | x_<t) = Σ_c π_c N(μ_c, σ_c²)} (MATH.md, problems 2A and 3; one
 * component for a Gaussian head). Immutable; arrays are copied in and out.
 */
public final class Predictive {
    private final double[] weights;
    private final double[] means;
    private final double[] sds;

    private Predictive(double[] weights, double[] means, double[] sds) {
        this.weights = weights;
        this.means = means;
        this.sds = sds;
    }

    /** @return N(μ, σ²) */
    public static Predictive gaussian(double mean, double sd) {
        return mixture(new double[] {1}, new double[] {mean}, new double[] {sd});
    }

    /**
     * @param weights π_c ≥ 0, summing to 1 within 1e-9
     * @param means μ_c, finite
     * @param sds σ_c &gt; 0, finite
     * @throws IllegalArgumentException for arrays of different lengths or values out of range
     */
    public static Predictive mixture(double[] weights, double[] means, double[] sds) {
        int c = weights.length;
        if (c < 1 || means.length != c || sds.length != c) {
            throw new IllegalArgumentException("A mixture needs as many weights, means and standard deviations (at "
                    + "least one), not " + c + ", " + means.length + " and " + sds.length + ".");
        }
        double sum = 0;
        for (int j = 0; j < c; j++) {
            if (!(weights[j] >= 0) || !Double.isFinite(means[j]) || !(sds[j] > 0) || Double.isInfinite(sds[j])) {
                throw new IllegalArgumentException("Component " + (j + 1) + " of the mixture is not a distribution: "
                        + "π = " + weights[j] + ", μ = " + means[j] + ", σ = " + sds[j] + ".");
            }
            sum += weights[j];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("The mixture weights sum to " + sum + ", not 1.");
        }
        return new Predictive(weights.clone(), means.clone(), sds.clone());
    }

    /** @return C */
    public int components() {
        return weights.length;
    }

    /** @return π_1..π_C */
    public double[] weights() {
        return weights.clone();
    }

    /** @return μ_1..μ_C */
    public double[] means() {
        return means.clone();
    }

    /** @return σ_1..σ_C */
    public double[] sds() {
        return sds.clone();
    }

    /** @return the mean Σ_c π_c μ_c */
    public double mean() {
        double m = 0;
        for (int j = 0; j < weights.length; j++) {
            m += weights[j] * means[j];
        }
        return m;
    }

    /** @return the variance Σ_c π_c (σ_c² + (μ_c − mean)²) */
    public double variance() {
        double m = mean();
        double v = 0;
        for (int j = 0; j < weights.length; j++) {
            double d = means[j] - m;
            v += weights[j] * (sds[j] * sds[j] + d * d);
        }
        return v;
    }

    /** @return log p(x) = log Σ_c π_c N(x; μ_c, σ_c²), by log-sum-exp */
    public double logDensity(double x) {
        double[] terms = new double[weights.length];
        for (int j = 0; j < terms.length; j++) {
            double r = (x - means[j]) / sds[j];
            terms[j] = Math.log(weights[j]) - Head.HALF_LOG_2PI - Math.log(sds[j]) - 0.5 * r * r;
        }
        return MixtureHead.logSumExp(terms, 0, terms.length);
    }

    /**
     * A draw from the mixture given its randomness: the component is the first c with {@code u < π_1 + … + π_c}
     * (the last if rounding leaves u above the sum), the value {@code μ_c + σ_c z}.
     *
     * @param u uniform on [0, 1)
     * @param z standard normal
     */
    public double draw(double u, double z) {
        int c = weights.length - 1;
        double cum = 0;
        for (int j = 0; j < weights.length - 1; j++) {
            cum += weights[j];
            if (u < cum) {
                c = j;
                break;
            }
        }
        return means[c] + sds[c] * z;
    }

    /** @return a draw: u from {@code rng.nextDouble()}, then z from a ziggurat normal sampler on the same source */
    public double sample(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        return draw(u, ZigguratSampler.NormalizedGaussian.of(rng).sample());
    }

    /** @return the distribution of {@code m + s·X}, s &gt; 0 (back to data units from standardised ones) */
    public Predictive affine(double m, double s) {
        double[] mu = new double[means.length];
        double[] sd = new double[sds.length];
        for (int j = 0; j < mu.length; j++) {
            mu[j] = m + s * means[j];
            sd[j] = s * sds[j];
        }
        return new Predictive(weights.clone(), mu, sd);
    }

    @Override
    public String toString() {
        return "Predictive(π = " + Arrays.toString(weights) + ", μ = " + Arrays.toString(means) + ", σ = "
                + Arrays.toString(sds) + ")";
    }
}
