package org.arlab.core.kl;

import java.util.OptionalDouble;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.ar.TheoreticalAcf;

/**
 * The KL rate {@code κ = lim KL_T / T} (MATH.md, problem 2C, "KL rate"), in closed form
 * {@code log(σ_q/σ_p) + (σ_p² + dᵀ Γ_p d + (Δc + dᵀ1 μ_p)²)/(2σ_q²) − 1/2} and as the spectral (Whittle,
 * Itakura–Saito) integral {@code (1/4π) ∫ [S_p/S_q − 1 − log(S_p/S_q)] dω}.
 * <p>
 * Only p has to be stationary: the k-th term of the chain rule is
 * {@code log(σ_q/σ_p) + (σ_p² + E_p[(f_k − g_k)²])/(2σ_q²) − 1/2}, and under a stationary p the state's law, hence
 * {@code E_p[(f_k − g_k)²]}, settles whatever q's coefficients are. When q is explosive the spectral integral is not
 * κ: by Jensen's formula {@code (1/2π) ∫ log|1 − Σφ_j e^{−ijω}| dω = Σ log(1/|z_i|)} over q's roots inside the unit
 * circle, where a stationary q has none, so κ = integral + Σ_{|z_i| &lt; 1} log(1/|z_i|) ({@link #spectral} adds it).
 */
public final class KlRate {
    private KlRate() {
    }

    /** @return κ in closed form, or empty when p is not stationary (the rate is then undefined) */
    public static OptionalDouble closedForm(ArModel p, ArModel q) {
        if (!p.isStationary()) {
            return OptionalDouble.empty();
        }
        int r = Math.max(1, Math.max(p.order(), q.order()));
        double[] d = KlClosedForm.pad(p.phi(), r);
        double[] phiQ = KlClosedForm.pad(q.phi(), r);
        for (int i = 0; i < r; i++) {
            d[i] -= phiQ[i];
        }
        double[] gamma = TheoreticalAcf.autocovariance(p, r);
        double quad = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                quad += d[i] * gamma[Math.abs(i - j)] * d[j];
            }
        }
        double dc = p.intercept() - q.intercept() + dot(d, p.mean());
        double sp = p.sigma();
        double sq = q.sigma();
        return OptionalDouble.of(Math.log(sq / sp) + (sp * sp + quad + dc * dc) / (2 * sq * sq) - 0.5);
    }

    private static double dot(double[] d, double mean) {
        double s = 0;
        for (double v : d) {
            s += v * mean;
        }
        return s;
    }

    /**
     * The spectral integral by the trapezoidal rule on a uniform grid, doubled until it settles (the integrand is
     * smooth and periodic, so the rule converges geometrically), plus Jensen's term {@code Σ log(1/|z_i|)} over q's
     * roots inside the unit circle (zero for a stationary q). Means are taken to be equal (no intercepts).
     *
     * @return κ, or empty when p is not stationary or q has a root on the unit circle (where S_q is infinite)
     */
    public static OptionalDouble spectral(ArModel p, ArModel q) {
        if (!p.isStationary()) {
            return OptionalDouble.empty();
        }
        double jensen = 0;
        CharacteristicRoots roots = CharacteristicRoots.of(q);
        for (int i = 0; i < roots.size(); i++) {
            double m = roots.modulus(i);
            if (Math.abs(m - 1) <= 1e-9) {
                return OptionalDouble.empty();
            }
            if (m < 1) {
                jensen -= Math.log(m);
            }
        }
        double previous = Double.NaN;
        for (int n = 64; n <= 1 << 22; n *= 2) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                double w = -Math.PI + 2 * Math.PI * k / n;
                double ratio = spectrum(p, w) / spectrum(q, w);
                s += ratio - 1 - Math.log(ratio);
            }
            double value = s * (2 * Math.PI / n) / (4 * Math.PI) + jensen;
            if (Math.abs(value - previous) <= 1e-14 * Math.max(1, Math.abs(value))) {
                return OptionalDouble.of(value);
            }
            previous = value;
        }
        return OptionalDouble.of(previous);
    }

    /** @return the spectral density {@code S(ω) = σ² / |1 − Σ_j φ_j e^{−ijω}|²} */
    public static double spectrum(ArModel m, double omega) {
        double re = 1;
        double im = 0;
        double[] phi = m.phi();
        for (int j = 0; j < phi.length; j++) {
            re -= phi[j] * Math.cos((j + 1) * omega);
            im += phi[j] * Math.sin((j + 1) * omega);
        }
        return m.sigma() * m.sigma() / (re * re + im * im);
    }
}
