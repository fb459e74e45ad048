package org.arlab.core.process;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import org.arlab.core.neural.Predictive;

/**
 * A bistable process: the Euler–Maruyama steps of the Langevin diffusion {@code dX = −V'(X) dt + s dW} in the
 * double-well potential {@code V(x) = x⁴/4 − x²/2} (wells at ±1, a barrier of ¼ at 0), one observation per step h:
 * {@code x_t = x_{t−1} + h (x_{t−1} − x_{t−1}³) + s √h ε_t}. The series dwells in one well and now and then jumps to
 * the other (Kramers: about {@code exp(−2ΔV/s²) = exp(−1/(2s²))} per unit time). The exact conditional is the Euler
 * step's Gaussian {@code N(x + h(x − x³), s² h)}; a sample starts at +1 after a burn-in of {@value #BURN_IN} steps;
 * conditionals are defined from t = 1.
 *
 * @param step h &gt; 0, at most 0.5 (beyond, the Euler map itself is unstable)
 * @param noise s &gt; 0
 */
public record DoubleWell(double step, double noise) implements FirstOrderProcess {
    /** Steps discarded before a sample. */
    public static final int BURN_IN = 200;

    /** The lab's default: h = 0.1, s = 0.6. */
    public static final DoubleWell DEFAULT = new DoubleWell(0.1, 0.6);

    /** Validates. */
    public DoubleWell {
        if (!(step > 0 && step <= 0.5) || !(noise > 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("A double well needs a step h in (0, 0.5] and a noise s > 0, not h = "
                    + step + ", s = " + noise + ".");
        }
    }

    /** @return p(x_t | x_{t−1} = previous) */
    @Override
    public Predictive conditional(double previous) {
        return Predictive.gaussian(previous + step * (previous - previous * previous * previous),
                noise * Math.sqrt(step));
    }

    @Override
    public String name() {
        return "double well";
    }

    @Override
    public double[] sample(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double sd = noise * Math.sqrt(step);
        double x = 1;
        double[] out = new double[n];
        for (int t = -BURN_IN; t < n; t++) {
            x = x + step * (x - x * x * x) + sd * gauss.sample();
            if (!Double.isFinite(x) || Math.abs(x) > 1e6) {
                throw new ArithmeticException("The double well left every bound (lower the noise or the step).");
            }
            if (t >= 0) {
                out[t] = x;
            }
        }
        return out;
    }
}
