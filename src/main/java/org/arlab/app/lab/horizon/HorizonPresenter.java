package org.arlab.app.lab.horizon;

import org.arlab.chart.Format;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.horizon.HorizonExperiment;

/**
 * The Horizon lab's words and numbers: what was fitted and how well it predicts, why a fitted model explodes, and
 * the status and warning lines. Plain Java, so the sentences are unit-tested without a window; {@link HorizonView}
 * and {@link HorizonController} only show them.
 */
public final class HorizonPresenter {
    /** The warning when the true model cannot generate a stationary series. */
    public static final String TRUTH_NOT_STATIONARY = "The true model is not stationary: choose φ inside the "
            + "stationarity region (the fitted model may still come out explosive).";

    private HorizonPresenter() {
    }

    /** @return the fan's title while its first pass is shown: "Fitted model generating alone: 500 of 10 000 … */
    public static String refining(int shown, int asked, int horizon) {
        return "Fitted model generating alone: " + Format.count(shown) + " of " + Format.count(asked)
                + " rollouts of " + horizon + " steps, refining…";
    }

    /** @return the status line of a run: M rollouts of H steps */
    public static String task(int rollouts, int horizon) {
        return "rolling out " + Format.count(rollouts) + " × " + horizon + " steps";
    }

    /**
     * @param e an experiment
     * @return the fitted φ̂, ĉ and σ̂², then the teacher-forced one-step error against σ² and the fitted model's
     *         error at the last horizon
     */
    public static String fitted(HorizonExperiment e) {
        int h = e.fan().horizon();
        StringBuilder sb = new StringBuilder("Fitted to ").append(Format.count(e.nTrain())).append(" values: φ = (");
        double[] phi = e.fitted().phi();
        for (int i = 0; i < phi.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Format.number(phi[i]));
        }
        // no combining hat (φ̂, σ̂): in a wrapped label JavaFX wraps such a text wider than the label (it ran past the
        // column's edge at 1280 × 720); "Fitted to … values:" says these are the estimates
        sb.append("), c = ").append(Format.number(e.fitted().intercept())).append(", σ² = ")
                .append(Format.number(e.fitted().sigma() * e.fitted().sigma())).append(".\nTeacher-forced one-step MSE ")
                .append(Format.number(e.oneStepMse())).append(" against the true σ² = ")
                .append(Format.number(e.truth().sigma() * e.truth().sigma())).append("; at h = ").append(h)
                .append(mse(e.mseFittedModel()[h - 1]));
        return sb.toString();
    }

    /** @return " the fitted model's MSE is …", or that it overflows: never ∞ or NaN on screen (issue 15) */
    private static String mse(double v) {
        return Double.isFinite(v) ? " the fitted model's MSE is " + Format.number(v) + "."
                : " the fitted model's MSE overflows double precision: its errors grow without bound.";
    }

    /** @return whether the fitted model is explosive and which root makes it so, or "" when it is stationary */
    public static String explain(ArModel fitted) {
        if (fitted.isStationary()) {
            return "";
        }
        CharacteristicRoots r = CharacteristicRoots.of(fitted);
        int worst = 0;
        for (int i = 1; i < r.size(); i++) {
            if (r.modulus(i) < r.modulus(worst)) {
                worst = i;
            }
        }
        double mod = r.modulus(worst);
        String root = Format.number(r.re()[worst]) + (r.im()[worst] == 0 ? ""
                : (r.im()[worst] > 0 ? " + " : " − ") + Format.number(Math.abs(r.im()[worst])) + "i");
        return "The fitted model is " + (mod < 1 ? "explosive" : "on the edge of stationarity") + ": its root z = "
                + root + " has |z| = " + Format.number(mod) + (mod < 1 ? " < 1, so free-running errors grow like "
                + Format.number(1 / mod) + "^h." : ".");
    }
}
