package org.arlab.core.process;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Bishop's toy problem for mixture density networks (PRML §5.6; MATH.md, problem 3): {@code x ~ U(0, 1)},
 * {@code t = x + 0.3 sin(2πx) + U(−0.1, 0.1)}, then the roles swapped: the input is t and the target x. For inputs
 * near 0.5 the target has three branches, so a single Gaussian's mean falls between them.
 * <p>
 * Its exact conditional density {@code p(target | input)} follows from Bayes: with {@code g(x) = x + 0.3 sin(2πx)},
 * {@code p(x | t) ∝ 1[|t − g(x)| ≤ 0.1]} on (0, 1); {@link #conditionalDensity} integrates the normaliser on a grid.
 */
public final class InvertedSinusoid {
    /** The amplitude of the sine. */
    public static final double AMPLITUDE = 0.3;
    /** The half-width of the uniform noise. */
    public static final double NOISE = 0.1;

    private InvertedSinusoid() {
    }

    /** @return g(x) = x + 0.3 sin(2πx) */
    public static double forward(double x) {
        return x + AMPLITUDE * Math.sin(2 * Math.PI * x);
    }

    /**
     * n pairs, each from two {@code nextDouble()} calls (x, then the noise).
     *
     * @return {inputs, targets}: inputs t_i, targets x_i
     */
    public static double[][] sample(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one pair, not " + n + ".");
        }
        double[] in = new double[n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double x = rng.nextDouble();
            double u = rng.nextDouble();
            in[i] = forward(x) + NOISE * (2 * u - 1);
            out[i] = x;
        }
        return new double[][] {in, out};
    }

    /**
     * The exact density of the target at {@code x} given the input {@code t}: {@code 1[|t − g(x)| ≤ 0.1] / Z(t)} with
     * {@code Z(t) = ∫₀¹ 1[|t − g(u)| ≤ 0.1] du} by the midpoint rule on {@code grid} cells (the indicator's edges
     * make the error about 1/grid).
     *
     * @return the density, 0 off the branches or where no x reaches t
     */
    public static double conditionalDensity(double x, double t, int grid) {
        return conditionalDensity(x, t, normaliser(t, grid));
    }

    /** @return the density at x given t with the normaliser Z(t) already computed ({@link #normaliser}) */
    public static double conditionalDensity(double x, double t, double normaliser) {
        if (!(x > 0 && x < 1) || Math.abs(t - forward(x)) > NOISE || !(normaliser > 0)) {
            return 0;
        }
        return 1 / normaliser;
    }

    /** @return Z(t) = ∫₀¹ 1[|t − g(u)| ≤ 0.1] du by the midpoint rule on {@code grid} cells */
    public static double normaliser(double t, int grid) {
        int inside = 0;
        for (int i = 0; i < grid; i++) {
            double u = (i + 0.5) / grid;
            if (Math.abs(t - forward(u)) <= NOISE) {
                inside++;
            }
        }
        return inside / (double) grid;
    }
}
