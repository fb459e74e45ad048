package org.arlab.core.process;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A sine with AR(1) noise: {@code x_t = A sin(2πt/P) + u_t}, {@code u_t = φ u_{t−1} + σε_t}, t = 0, 1, … So
 * {@code x_t | x_<t ~ N(s_t + φ(x_{t−1} − s_{t−1}), σ²)} with {@code s_t = A sin(2πt/P)}: exact, and dependent on the
 * time index, which a window model on the last values can only infer from them. {@link #sample} draws u_0 from its
 * stationary law N(0, σ²/(1 − φ²)) (|φ| &lt; 1), with no burn-in, so that the phase starts at t = 0.
 */
public final class SineArNoise extends GaussianGenerator {
    private final double amplitude;
    private final double period;
    private final double phi;

    /**
     * @param amplitude A
     * @param period P &gt; 0 steps
     * @param phi φ, |φ| &lt; 1
     * @param sigma σ &gt; 0
     */
    public SineArNoise(double amplitude, double period, double phi, double sigma) {
        super(sigma);
        this.amplitude = finite("A", amplitude);
        if (!(period > 0) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("The period must be a positive number, not " + period + ".");
        }
        if (!(Math.abs(phi) < 1)) {
            throw new IllegalArgumentException("The noise's φ must be inside (−1, 1), not " + phi + ".");
        }
        this.period = period;
        this.phi = phi;
    }

    /** @return the lab's default: A = 1, P = 20, φ = 0.6, σ = 0.3 */
    public static SineArNoise standard() {
        return new SineArNoise(1, 20, 0.6, 0.3);
    }

    /** @return s_t = A sin(2πt/P) */
    public double signal(int t) {
        return amplitude * Math.sin(2 * Math.PI * t / period);
    }

    @Override
    public double mean(double[] x, int t) {
        return signal(t) + phi * (x[t - 1] - signal(t - 1));
    }

    @Override
    public double[] sample(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[n];
        x[0] = signal(0) + sigma() / Math.sqrt(1 - phi * phi) * gauss.sample();
        for (int t = 1; t < n; t++) {
            x[t] = mean(x, t) + sigma() * gauss.sample();
        }
        return x;
    }

    @Override
    public int firstConditional() {
        return 1;
    }

    @Override
    public String name() {
        return "sine + AR(1) noise";
    }
}
