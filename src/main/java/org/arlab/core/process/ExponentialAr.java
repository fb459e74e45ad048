package org.arlab.core.process;

/**
 * The exponential AR(1) of Haggan &amp; Ozaki (1981): {@code x_t = (φ + π e^{−γ x²_{t−1}}) x_{t−1} + σε_t}. Near 0 the
 * coefficient is φ + π, far from 0 it is φ: the dynamics change smoothly with the amplitude, which a linear AR
 * averages away.
 */
public final class ExponentialAr extends GaussianGenerator {
    private final double phi;
    private final double pi;
    private final double gamma;

    /**
     * @param phi φ, the coefficient far from 0
     * @param pi π, added near 0
     * @param gamma γ ≥ 0, how fast the coefficient moves from φ + π to φ
     * @param sigma σ &gt; 0
     */
    public ExponentialAr(double phi, double pi, double gamma, double sigma) {
        super(sigma);
        this.phi = finite("φ", phi);
        this.pi = finite("π", pi);
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("γ must be a finite number ≥ 0, not " + gamma + ".");
        }
        this.gamma = gamma;
    }

    /** @return the lab's default: φ = −0.5, π = 1.4, γ = 1, σ = 0.5 (0.9 near 0, −0.5 far from it) */
    public static ExponentialAr standard() {
        return new ExponentialAr(-0.5, 1.4, 1, 0.5);
    }

    @Override
    public double mean(double[] x, int t) {
        double prev = x[t - 1];
        return (phi + pi * Math.exp(-gamma * prev * prev)) * prev;
    }

    @Override
    public int firstConditional() {
        return 1;
    }

    @Override
    public String name() {
        return "exponential AR(1)";
    }
}
