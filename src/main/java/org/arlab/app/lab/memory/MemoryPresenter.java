package org.arlab.app.lab.memory;

import java.util.Locale;

import org.arlab.chart.Format;
import org.arlab.core.neural.MemoryExperiment;
import org.arlab.core.neural.StateDiagnostics;

/**
 * The Memory lab's sentences and the numbers beside its charts (MATH.md, problem 2D). Plain Java, read by unit tests;
 * the view only shows them.
 */
public final class MemoryPresenter {
    private MemoryPresenter() {
    }

    /** @return the window MLP's parameters: (p + 2)·H + 2 (p·H + H in the layer, H + 2 in the Gaussian head) */
    public static int windowParameters(int p, int hidden) {
        return (p + 2) * hidden + 2;
    }

    /** @return the Elman RNN's parameters: H(H + 2) in the cell, H + 2 in the head */
    public static int rnnParameters(int hidden) {
        return hidden * (hidden + 2) + hidden + 2;
    }

    /** @return the GRU's parameters: 3H(H + 2) in the cell, H + 2 in the head */
    public static int gruParameters(int hidden) {
        return 3 * hidden * (hidden + 2) + hidden + 2;
    }

    /** @return epoch, speed, and each model's validation NLL beside the truth's */
    public static String status(MemorySnapshot s) {
        StringBuilder sb = new StringBuilder();
        sb.append("Epoch ").append(s.epoch()).append(" of ").append(s.maxEpochs());
        if (Double.isFinite(s.epochsPerSecond())) {
            sb.append(" (").append(Format.number(s.epochsPerSecond())).append(" epochs/s of all three)");
        }
        sb.append(". Validation NLL per step:");
        for (int m = 0; m < 3; m++) {
            double[] v = s.validation()[m];
            sb.append("\n  ").append(s.names()[m]).append(": ").append(nats(v[v.length - 1]));
        }
        if (Double.isFinite(s.truth())) {
            sb.append("\n  true process: ").append(nats(s.truth()));
        }
        return sb.toString();
    }

    /** @return how far each model is above the true NLL, or what a loaded series lacks */
    public static String gaps(MemorySnapshot s) {
        if (!Double.isFinite(s.truth())) {
            return "A loaded series has no true process: compare the three models with each other.";
        }
        StringBuilder sb = new StringBuilder("Above the truth:");
        for (int m = 0; m < 3; m++) {
            double[] v = s.validation()[m];
            sb.append(m == 0 ? " " : ", ").append(s.names()[m].split(",")[0]).append(' ')
                    .append(nats(v[v.length - 1] - s.truth()));
        }
        return sb.append('.').toString();
    }

    private static String nats(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f nats", v) : "not finite";
    }

    /** @return the warning when a model's NLL is no longer finite (training diverged), else "" */
    public static String warning(MemorySnapshot s) {
        for (int m = 0; m < 3; m++) {
            double[] v = s.validation()[m];
            if (!Double.isFinite(v[v.length - 1])) {
                return "The " + s.names()[m] + " diverged (its NLL is not finite): lower the learning rate or clip "
                        + "the gradients.";
            }
        }
        return "";
    }

    /** @return what the W = s·Q curve shows at T */
    public static String gradients(double s, MemoryExperiment e) {
        double[] n = e.jacobianNorms();
        int t = n.length;
        String at = String.format(Locale.ROOT, "‖∂h_%d/∂h₀‖₂ = %s, s^%d = %s", t, Format.number(n[t - 1]), t,
                Format.number(Math.pow(s, t)));
        if (s < 1) {
            return "s = " + Format.number(s) + " < 1: the gradient through T steps falls as sᵀ and vanishes ("
                    + at + ").";
        }
        if (s > 1) {
            return "s = " + Format.number(s) + " > 1: the gradient through T steps grows as sᵀ and explodes ("
                    + at + ").";
        }
        return "s = 1: W is orthogonal and the gradient keeps its norm 1 through every step (" + at + ").";
    }

    /** @return the trained RNN's σ_max and spectral radius, and what they imply */
    public static String trained(StateDiagnostics d) {
        double[] n = d.jacobianNorms();
        double[] sat = d.saturation();
        double mean = 0;
        for (double v : sat) {
            mean += v / sat.length;
        }
        String head = "Trained RNN: σ_max(W) = " + Format.number(d.largestSingularValue()) + ", spectral radius ρ(W) = "
                + Format.number(d.spectralRadius()) + "; ‖∂h_T/∂h₀‖₂ at T = " + n.length + ": "
                + Format.number(n[n.length - 1]) + "; on average " + Math.round(100 * mean)
                + "% of units saturated (|h| > 0.95). ";
        return head + (d.largestSingularValue() < 1
                ? "σ_max < 1: the gradient must vanish, at least as fast as σ_maxᵀ."
                : "σ_max ≥ 1: vanishing is not guaranteed by W alone; the saturated units' factor 1 − h² shrinks it.");
    }

    /** @return the "why" sentence: the window's parameters grow with p, the recurrent nets' do not */
    public static String why(int p, int lag, int hidden) {
        return "A window MLP of p = " + p + " has " + windowParameters(p, hidden) + " parameters; to see the value " + lag
                + " steps back it needs p = " + lag + " and " + windowParameters(lag, hidden) + ". The RNN has "
                + rnnParameters(hidden) + " and the GRU " + gruParameters(hidden)
                + " whatever the lag: the state carries the past.";
    }

    /** @return what clipping to norm 1 does to the W = s·Q gradient */
    public static String clipping(double s) {
        return s > 1 ? "Clipped to norm 1, the exploding gradient is capped at 1: the weights can no longer be thrown "
                + "far, though the direction still comes from the far past."
                : "Clipping caps only gradients longer than 1: it cannot bring back a vanishing one.";
    }
}
