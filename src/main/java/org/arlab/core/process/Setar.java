package org.arlab.core.process;

/**
 * A self-exciting threshold AR of order 1 with two regimes, SETAR(2; 1, 1) (Tong &amp; Lim 1980):
 * {@code x_t = c₁ + φ₁ x_{t−1} + σε_t} when {@code x_{t−1} ≤ r}, else {@code x_t = c₂ + φ₂ x_{t−1} + σε_t}. Its mean
 * function is piecewise linear with a jump or kink at r: no single line (a linear AR) fits both pieces.
 */
public final class Setar extends GaussianGenerator {
    private final double threshold;
    private final double c1;
    private final double phi1;
    private final double c2;
    private final double phi2;

    /**
     * @param threshold r
     * @param c1 the intercept below or at r
     * @param phi1 the slope below or at r
     * @param c2 the intercept above r
     * @param phi2 the slope above r
     * @param sigma σ &gt; 0
     */
    public Setar(double threshold, double c1, double phi1, double c2, double phi2, double sigma) {
        super(sigma);
        this.threshold = finite("r", threshold);
        this.c1 = finite("c₁", c1);
        this.phi1 = finite("φ₁", phi1);
        this.c2 = finite("c₂", c2);
        this.phi2 = finite("φ₂", phi2);
    }

    /** @return the lab's default: r = 0, below 1 + 0.7x, above −0.5x, σ = 0.5 */
    public static Setar standard() {
        return new Setar(0, 1, 0.7, 0, -0.5, 0.5);
    }

    @Override
    public double mean(double[] x, int t) {
        double prev = x[t - 1];
        return prev <= threshold ? c1 + phi1 * prev : c2 + phi2 * prev;
    }

    @Override
    public int firstConditional() {
        return 1;
    }

    @Override
    public String name() {
        return "SETAR(2; 1, 1)";
    }
}
