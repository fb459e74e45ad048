package org.arlab.core.session;

import java.util.Arrays;

import org.arlab.core.ar.ArModel;

/**
 * An AR model as a lab's sliders hold it: the order, every φ slider's value (those above the order are kept, so a
 * session gives back the sliders exactly) and σ.
 *
 * @param order the order p, 1..phi.length
 * @param phi φ_1..φ_max, one per slider
 * @param sigma σ &gt; 0
 */
public record ArSettings(int order, double[] phi, double sigma) {
    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException for an order outside 1..phi.length, a non-finite φ or a σ that is not positive
     */
    public ArSettings {
        if (phi == null || phi.length == 0) {
            throw new IllegalArgumentException("a model needs at least one φ.");
        }
        if (order < 1 || order > phi.length) {
            throw new IllegalArgumentException("the order must be 1 to " + phi.length + ", not " + order + ".");
        }
        for (double v : phi) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("every φ must be a finite number.");
            }
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("σ must be a positive number, not " + sigma + ".");
        }
        phi = phi.clone();
    }

    /** @return the model of the current order (intercept 0) */
    public ArModel model() {
        return ArModel.of(Arrays.copyOf(phi, order), sigma);
    }

    @Override
    public double[] phi() {
        return phi.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArSettings a && a.order == order && Arrays.equals(a.phi, phi)
                && Double.compare(a.sigma, sigma) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(phi) * 31 + order;
    }

    @Override
    public String toString() {
        return "AR(" + order + ") φ=" + Arrays.toString(phi) + " σ=" + sigma;
    }
}
