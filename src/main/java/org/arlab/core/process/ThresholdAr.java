package org.arlab.core.process;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import org.arlab.core.neural.Predictive;

/**
 * A threshold AR(1) whose noise differs by regime (a SETAR(2; 1, 1), Tong 1978): {@code x_t = c_k + φ_k x_{t−1} +
 * σ_k ε_t} with k = 1 when {@code x_{t−1} ≤ r} and k = 2 above. The regime is a function of the past, so the exact
 * conditional {@code p(x_t | x_<t)} is one Gaussian whose mean and spread jump at the threshold. A sample starts at
 * r and discards a burn-in of {@value #BURN_IN} steps; conditionals are defined from t = 1.
 *
 * @param c the intercepts below and above the threshold
 * @param phi the slopes below and above
 * @param sigma the noise below and above, &gt; 0
 * @param threshold r
 */
public record ThresholdAr(double[] c, double[] phi, double[] sigma, double threshold) implements FirstOrderProcess {
    /** Steps discarded before a sample. */
    public static final int BURN_IN = 200;

    /** The lab's default: calm below 0 (σ = 0.3), loud above (σ = 1.2), pushed back across the threshold. */
    public static final ThresholdAr DEFAULT = new ThresholdAr(new double[] {0.8, -0.5}, new double[] {0.7, 0.3},
            new double[] {0.3, 1.2}, 0);

    /** Validates and copies. */
    public ThresholdAr {
        if (c == null || phi == null || sigma == null || c.length != 2 || phi.length != 2 || sigma.length != 2) {
            throw new IllegalArgumentException("A threshold AR needs c, φ and σ for each of two regimes.");
        }
        for (int k = 0; k < 2; k++) {
            if (!Double.isFinite(c[k]) || !(Math.abs(phi[k]) < 1) || !(sigma[k] > 0) || Double.isInfinite(sigma[k])) {
                throw new IllegalArgumentException("Regime " + (k + 1) + " needs a finite c, |φ| < 1 and σ > 0.");
            }
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("The threshold must be a finite number.");
        }
        c = c.clone();
        phi = phi.clone();
        sigma = sigma.clone();
    }

    @Override
    public double[] c() {
        return c.clone();
    }

    @Override
    public double[] phi() {
        return phi.clone();
    }

    @Override
    public double[] sigma() {
        return sigma.clone();
    }

    /** @return the regime (0 below or at the threshold, 1 above) that x_t follows, given x_{t−1} */
    public int regime(double previous) {
        return previous <= threshold ? 0 : 1;
    }

    /** @return p(x_t | x_{t−1} = previous) */
    @Override
    public Predictive conditional(double previous) {
        int k = regime(previous);
        return Predictive.gaussian(c[k] + phi[k] * previous, sigma[k]);
    }

    @Override
    public String name() {
        return "threshold AR(1)";
    }

    @Override
    public double[] sample(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double x = threshold;
        double[] out = new double[n];
        for (int t = -BURN_IN; t < n; t++) {
            int k = regime(x);
            x = c[k] + phi[k] * x + sigma[k] * gauss.sample();
            if (t >= 0) {
                out[t] = x;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThresholdAr r && java.util.Arrays.equals(r.c, c) && java.util.Arrays.equals(r.phi, phi)
                && java.util.Arrays.equals(r.sigma, sigma) && Double.compare(r.threshold, threshold) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(c) * 31 + java.util.Arrays.hashCode(sigma);
    }
}
