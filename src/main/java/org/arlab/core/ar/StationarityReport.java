package org.arlab.core.ar;

import java.util.Locale;

/**
 * Whether a model is stationary, and why, in words a student can check (MATH.md, "Stationarity"): every root of
 * {@code 1 − φ_1 z − … − φ_p z^p} must lie outside the unit circle; for AR(2) that is the triangle
 * {@code φ_2 > −1, φ_2 < 1 − φ_1, φ_2 < 1 + φ_1}, with pseudo-cycles when {@code φ_1² + 4φ_2 < 0}.
 *
 * @param stationary whether the model is stationary
 * @param smallestRootModulus the smallest |z| among the roots (∞ for white noise)
 * @param reason one or two sentences for the user
 */
public record StationarityReport(boolean stationary, double smallestRootModulus, String reason) {

    /** Explains the stationarity of a model. */
    public static StationarityReport of(ArModel model) {
        double radius = model.spectralRadius();
        double smallest = radius == 0 ? Double.POSITIVE_INFINITY : 1 / radius;
        boolean stationary = radius < 1;
        int p = model.order();
        String reason;
        if (p == 0 || radius == 0) {
            reason = "Stationary: no feedback from the past, the series is white noise around its mean.";
        } else if (p == 1) {
            double phi = model.phi(1);
            reason = stationary
                    ? fmt("Stationary: |φ₁| = %s < 1, the root z = 1/φ₁ = %s lies outside the unit circle.",
                            Math.abs(phi), 1 / phi)
                    : fmt("Not stationary: |φ₁| = %s ≥ 1, so the root z = 1/φ₁ = %s lies %s the unit circle.",
                            Math.abs(phi), 1 / phi, Math.abs(phi) == 1 ? "on" : "inside");
        } else if (p == 2) {
            reason = ar2(model.phi(1), model.phi(2), stationary);
        } else {
            reason = stationary
                    ? fmt("Stationary: every root lies outside the unit circle (smallest |z| = %s).", smallest)
                    : fmt("Not stationary: a root lies %s the unit circle (|z| = %s).",
                            smallest == 1 ? "on" : "inside", smallest);
        }
        return new StationarityReport(stationary, smallest, reason);
    }

    private static String ar2(double p1, double p2, boolean stationary) {
        StringBuilder sb = new StringBuilder();
        if (stationary) {
            sb.append("Stationary: (φ₁, φ₂) lies inside the triangle φ₂ > −1, φ₂ < 1 − φ₁, φ₂ < 1 + φ₁.");
        } else {
            sb.append("Not stationary: (φ₁, φ₂) is outside the triangle:");
            if (p2 <= -1) {
                sb.append(fmt(" φ₂ = %s ≤ −1 (bottom edge: complex roots on or inside the unit circle).", p2));
            }
            if (p2 >= 1 - p1) {
                sb.append(fmt(" φ₁ + φ₂ = %s ≥ 1 (right edge: a real root at or inside z = 1).", p1 + p2));
            }
            if (p2 >= 1 + p1) {
                sb.append(fmt(" φ₂ − φ₁ = %s ≥ 1 (left edge: a real root at or inside z = −1).", p2 - p1));
            }
        }
        double disc = p1 * p1 + 4 * p2;
        if (disc < 0) {
            double period = 2 * Math.PI / Math.acos(p1 / (2 * Math.sqrt(-p2)));
            sb.append(fmt(" Complex roots (φ₁² + 4φ₂ = %s < 0): pseudo-cycles of period %s.", disc, period));
        } else {
            sb.append(fmt(" Real roots (φ₁² + 4φ₂ = %s ≥ 0).", disc));
        }
        return sb.toString();
    }

    private static String fmt(String pattern, Object... values) {
        Object[] args = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] instanceof Double d)) {
                args[i] = values[i];
                continue;
            }
            String v = String.format(Locale.ROOT, "%.4g", d);
            if (v.contains(".") && !v.contains("e")) {
                v = v.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            args[i] = v.replace('-', '−');
        }
        return String.format(Locale.ROOT, pattern, args);
    }
}
