package org.arlab.core.session;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;

/**
 * The Sampling lab's parameters (issue 23).
 *
 * @param truth the true model (order 1 to 3, three φ sliders)
 * @param intercept the true intercept c
 * @param estimateIntercept whether the fits estimate an intercept
 * @param logLength log10 n, 20 to 10⁵
 * @param logReplications log10 R, 10 to 10⁵
 * @param leastSquares whether least squares is compared
 * @param exactMle whether the exact MLE is
 * @param yuleWalker whether Yule–Walker is
 * @param burg whether Burg is
 * @param seed the seed
 */
public record ReplicateSettings(ArSettings truth, double intercept, boolean estimateIntercept, double logLength,
        double logReplications, boolean leastSquares, boolean exactMle, boolean yuleWalker, boolean burg, long seed) {
    /** The lab's start: AR(1), φ = 0.5, σ = 1, c = 0, intercept estimated; n = 100, R = 2000, all methods, seed 1. */
    public static final ReplicateSettings DEFAULT = new ReplicateSettings(
            new ArSettings(1, new double[] {0.5, 0, 0}, 1), 0, true, 2, Math.log10(2000), true, true, true, true, 1);

    /** The Sampling lab's place in a session file: {@code labs.sampling}. */
    public static final LabSlot<ReplicateSettings> SLOT = new LabSlot<>("sampling", ReplicateSettings.class, DEFAULT);

    /**
     * @throws IllegalArgumentException for a missing model, more than three φ, a non-finite intercept or a slider
     *     value off its scale
     */
    public ReplicateSettings {
        if (truth == null) {
            throw new IllegalArgumentException("the Sampling lab needs its true model.");
        }
        if (truth.phi().length != 3) {
            throw new IllegalArgumentException("the Sampling lab's true model has three φ sliders, not "
                    + truth.phi().length + ".");
        }
        if (!Double.isFinite(intercept) || Math.abs(intercept) > 1e6) {
            throw new IllegalArgumentException("the true intercept must be a number within ±10⁶, not " + intercept
                    + ".");
        }
        HorizonSettings.range("log10 n", logLength, Math.log10(20), 5);
        HorizonSettings.range("log10 R", logReplications, 1, 5);
    }

    /** @return the true model with its intercept */
    public ArModel model() {
        ArModel m = truth.model();
        return ArModel.of(intercept, m.phi(), m.sigma());
    }

    /** @return n */
    public int length() {
        return (int) Math.round(Math.pow(10, logLength));
    }

    /** @return R */
    public int replications() {
        return (int) Math.round(Math.pow(10, logReplications));
    }

    /** @return the methods ticked, in {@link ArFit.Method} order (possibly none) */
    public List<ArFit.Method> methods() {
        List<ArFit.Method> out = new ArrayList<>();
        boolean[] on = {leastSquares, exactMle, yuleWalker, burg};
        for (int i = 0; i < on.length; i++) {
            if (on[i]) {
                out.add(ArFit.Method.values()[i]);
            }
        }
        return out;
    }
}
