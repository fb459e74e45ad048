package org.arlab.core.process;

/**
 * The logistic map with dynamical noise: {@code x_t = r·u(1 − u) + σε_t} with {@code u = min(1, max(0, x_{t−1}))}
 * (the clamp keeps a value that the noise pushed outside [0, 1] from escaping to −∞; inside [0, 1] it is the map
 * itself). At r = 3.8 the map is chaotic: the lag plot is a parabola, the ACF nearly white, and a linear AR sees
 * almost nothing to predict.
 */
public final class LogisticMapNoise extends GaussianGenerator {
    private final double r;

    /**
     * @param r the map's parameter, 0..4
     * @param sigma σ &gt; 0
     */
    public LogisticMapNoise(double r, double sigma) {
        super(sigma);
        if (!(r >= 0 && r <= 4)) {
            throw new IllegalArgumentException("r must be in [0, 4], not " + r + ".");
        }
        this.r = r;
    }

    /** @return the lab's default: r = 3.8, σ = 0.02 */
    public static LogisticMapNoise standard() {
        return new LogisticMapNoise(3.8, 0.02);
    }

    @Override
    public double mean(double[] x, int t) {
        double u = Math.min(1, Math.max(0, x[t - 1]));
        return r * u * (1 - u);
    }

    @Override
    public double[] sample(int n, org.apache.commons.rng.UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        // start inside the map's interval (from 0 the map would stay near its fixed point 0 for a while)
        org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian gauss =
                org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[BURN_IN + n];
        x[0] = 0.5;
        for (int t = 1; t < x.length; t++) {
            x[t] = mean(x, t) + sigma() * gauss.sample();
        }
        return java.util.Arrays.copyOfRange(x, BURN_IN, x.length);
    }

    @Override
    public int firstConditional() {
        return 1;
    }

    @Override
    public String name() {
        return "logistic map + noise";
    }
}
