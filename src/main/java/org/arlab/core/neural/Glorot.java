package org.arlab.core.neural;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Glorot–Bengio (2010) uniform initialisation, {@code W ~ U(−a, a)} with {@code a = √(6/(fan_in + fan_out))}
 * (MATH.md, problem 2A: "initialise from a seed (Glorot uniform)"). Each weight takes one {@code nextDouble()} u and
 * becomes {@code a(2u − 1)}, in the order of the parameter layout, so a seed fixes every weight.
 */
final class Glorot {
    private Glorot() {
    }

    /** Fills θ[offset..offset+count) with U(−a, a) draws. */
    static void fill(double[] theta, int offset, int count, int fanIn, int fanOut, UniformRandomProvider rng) {
        double a = Math.sqrt(6.0 / (fanIn + fanOut));
        for (int i = offset; i < offset + count; i++) {
            theta[i] = a * (2 * rng.nextDouble() - 1);
        }
    }
}
