package org.arlab.core.neural;

/**
 * A Gaussian head's weights as a one-component mixture head's (MATH.md, problem 3: "with C = 1 it is the Gaussian NLL
 * of problem 2"): the mean block takes w and b, the softmax block is zero (one component: π = 1 whatever it holds), and
 * the log σ block has zero weights and the bias λ/2, since the Gaussian head learns {@code λ = log σ²} as one number.
 * The layers before the head are copied as they are.
 */
public final class MixtureOfOne {
    private MixtureOfOne() {
    }

    /**
     * @param gaussian a network ending in a Gaussian head with σ learned
     * @param mixture the same network ending in a mixture head of one component
     * @param theta the Gaussian network's parameters
     * @return the mixture network's parameters, giving the same conditionals
     * @throws IllegalArgumentException when the networks differ before their heads or their heads are not these
     */
    public static double[] fromGaussian(SeriesNetwork gaussian, SeriesNetwork mixture, double[] theta) {
        if (!(gaussian.head() instanceof GaussianHead g) || !g.learnsSigma()
                || !(mixture.head() instanceof MixtureHead m) || m.components() != 1 || g.inputs() != m.inputs()
                || g.offset() != m.offset() || theta.length != gaussian.parameterCount()) {
            throw new IllegalArgumentException("Only a Gaussian head with σ learned maps to a one-component mixture "
                    + "head on the same layers.");
        }
        int d = g.inputs();
        int o = g.offset();
        double[] out = new double[mixture.parameterCount()];
        System.arraycopy(theta, 0, out, 0, o);
        int block = d + 1;
        System.arraycopy(theta, o, out, o + block, d + 1); // w and b → the mean block
        out[o + 3 * block - 1] = 0.5 * g.logVariance(theta); // d = log σ = λ/2
        return out;
    }
}
