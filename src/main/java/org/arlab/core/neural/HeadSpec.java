package org.arlab.core.neural;

/**
 * Which head a model ends in, before its size and place are known: a Gaussian with σ learned as log σ² (its ML value
 * is the mean squared residual), a Gaussian with σ fixed (then maximum likelihood is least squares), or a mixture of
 * C Gaussians (MATH.md, problems 2A and 3). Sizes are in the standardised units the network works in.
 *
 * @param components C, 1 for a Gaussian head
 * @param mixture whether the head is a mixture-density head (even with C = 1)
 * @param fixedSigma σ of a Gaussian head with σ fixed, NaN when σ is learned or for a mixture
 */
public record HeadSpec(int components, boolean mixture, double fixedSigma) {
    /** The largest number of mixture components. */
    public static final int MAX_COMPONENTS = 64;

    /** Validates. */
    public HeadSpec {
        if (components < 1 || components > MAX_COMPONENTS) {
            throw new IllegalArgumentException("A mixture needs 1 to " + MAX_COMPONENTS + " components, not "
                    + components + ".");
        }
        if (!mixture && components != 1) {
            throw new IllegalArgumentException("A Gaussian head has one component.");
        }
        if (!Double.isNaN(fixedSigma) && (mixture || !(fixedSigma > 0) || Double.isInfinite(fixedSigma))) {
            throw new IllegalArgumentException("A fixed σ must be a positive number on a Gaussian head, not "
                    + fixedSigma + ".");
        }
    }

    /** @return a Gaussian head with σ learned as log σ² */
    public static HeadSpec gaussian() {
        return new HeadSpec(1, false, Double.NaN);
    }

    /** @return a Gaussian head with σ fixed (in standardised units) */
    public static HeadSpec gaussian(double sigma) {
        return new HeadSpec(1, false, sigma);
    }

    /** @return a mixture-density head of C components */
    public static HeadSpec mixture(int components) {
        return new HeadSpec(components, true, Double.NaN);
    }

    /** @return whether σ is learned (always, for a mixture) */
    public boolean learnsSigma() {
        return Double.isNaN(fixedSigma);
    }

    /** @return the head on D features with its parameters from {@code offset} */
    Head build(int inputs, int offset) {
        return mixture ? MixtureHead.of(inputs, components, offset)
                : learnsSigma() ? GaussianHead.learned(inputs, offset) : GaussianHead.fixed(inputs, fixedSigma, offset);
    }
}
