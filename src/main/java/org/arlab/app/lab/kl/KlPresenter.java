package org.arlab.app.lab.kl;

import java.util.Locale;

import org.arlab.chart.Format;
import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlExact;
import org.arlab.core.montecarlo.Estimate;

/**
 * The KL lab's words and numbers: the exact values, the table of estimates, the summary comparing the two
 * estimators, and the warnings. Plain Java, so the sentences are unit-tested without a window; {@link KlView} and
 * {@link KlController} only show them.
 */
public final class KlPresenter {
    /** What a table cell shows before the first batch. */
    static final String BLANK = "–";

    private static final String[] ESTIMATORS = {"log-ratio", "conditional"};
    private static final String[] HEADINGS = {"estimator", "estimate", "std. error", "sd per sequence"};

    /**
     * The numbers of one estimator's row of the table.
     *
     * @param estimate the mean over the sequences so far
     * @param stdError its standard error
     * @param sd the standard deviation of one sequence's value
     */
    public record Cells(String estimate, String stdError, String sd) {
    }

    private KlPresenter() {
    }

    /** @return the estimators' names, log-ratio first: the table's rows and the charts' series */
    static String[] estimators() {
        return ESTIMATORS.clone();
    }

    /** @return the table's column headings */
    static String[] headings() {
        return HEADINGS.clone();
    }

    /** @return one estimator's row of the table */
    public static Cells cells(Estimate e) {
        return new Cells(Format.number(e.mean()), Format.number(e.stdError()), Format.number(e.sd()));
    }

    /**
     * @param s the latest snapshot
     * @return M so far out of the budget and, once both standard errors are known, how much more precise the
     *         conditional estimator is
     */
    public static String summary(KlSnapshot s) {
        double ratio = s.logRatio().stdError() / s.conditional().stdError();
        String comparison;
        if (!Double.isFinite(ratio) || ratio <= 0 || ratio == 1) {
            comparison = "";
        } else if (ratio > 1) {
            comparison = " The conditional estimator's standard error is " + Format.number(ratio)
                    + "× smaller: the log-ratio estimator would need " + Format.number(ratio * ratio)
                    + "× as many sequences to match it.";
        } else {
            comparison = " So far the log-ratio estimator's standard error is " + Format.number(1 / ratio)
                    + "× smaller, by chance: conditioning never increases the variance.";
        }
        return String.format(Locale.ROOT, "M = %s of %s sequences.%s", Format.count(s.count()),
                Format.count(s.maxSamples()), comparison);
    }

    /** @return KL_T both ways and the rates κ, or why a rate is undefined (κ(p‖q) needs p stationary, κ(q‖p) q) */
    public static String exact(KlExact x) {
        StringBuilder sb = new StringBuilder();
        sb.append("Exact, T = ").append(x.horizon()).append(":\n  KL_T(p‖q) = ").append(value(x.forwardAtHorizon()))
                .append("\n  KL_T(q‖p) = ").append(value(x.reverseAtHorizon())).append("\nRate κ = lim KL_T/T:\n  ");
        if (Double.isNaN(x.rate())) {
            sb.append("κ(p‖q) undefined: p is not stationary");
        } else {
            sb.append("κ(p‖q) = ").append(Format.number(x.rate())).append(" (closed form), ")
                    .append(Double.isNaN(x.rateSpectral()) ? "no spectral integral (q has a unit root)"
                            : Format.number(x.rateSpectral()) + " (spectral integral)");
        }
        sb.append("\n  κ(q‖p) ").append(Double.isNaN(x.reverseRate()) ? "undefined: q is not stationary"
                : "= " + Format.number(x.reverseRate()));
        return sb.toString();
    }

    private static String value(double v) {
        return Double.isNaN(v) ? "overflows" : Format.number(v);
    }

    /** @return the warning for a non-stationary p or q, or "" when both are stationary */
    public static String stationarity(ArModel p, ArModel q) {
        if (!p.isStationary()) {
            return "p is not stationary: KL_T still holds over T, but the rate κ(p‖q) = lim KL_T/T is undefined"
                    + (q.isStationary() ? "." : ", and so is κ(q‖p).");
        }
        return q.isStationary() ? "" : "q is not stationary: κ(p‖q) is still defined (it needs only p stationary), "
                + "but κ(q‖p) is not.";
    }

    /** What the one-click question says when no trained model is in the session. */
    static final String NO_TRAINED = "No trained model in this session yet: train one in the neural (or mixture) "
            + "lab, then ask again.";

    /** @return what p and q are, one line each */
    public static String pair(String p, String q) {
        return "p: " + p + "\nq: " + q;
    }

    /** @return the key a stored reference is filed under: both descriptions and T */
    public static String pairKey(String p, String q, int horizon) {
        return "p: " + p + " | q: " + q + " | T = " + horizon;
    }

    /** @return the names of the two estimators for this snapshot (the second is nested for mixtures) */
    public static String[] estimators(KlSnapshot s) {
        boolean nested = s.models() != null && s.models().method() == org.arlab.core.kl.ProcessKl.Method.NESTED;
        return new String[] {ESTIMATORS[0], nested ? "nested" : ESTIMATORS[1]};
    }

    /**
     * @return for a pair with no closed form: why, the estimator used, the starts, the speed and the reference
     */
    public static String models(KlSnapshot.Models m) {
        StringBuilder sb = new StringBuilder("No closed form: p or q is not a linear AR, so only Monte Carlo "
                + "estimates KL_T(p‖q).");
        sb.append(m.method() == org.arlab.core.kl.ProcessKl.Method.GAUSSIAN
                ? " Both conditionals are Gaussian: the conditional estimator uses the Gaussian KL at every step."
                : "");
        for (String n : m.notes()) {
            sb.append(' ').append(n);
        }
        String c = curve(m.curve());
        sb.append(c.isEmpty() ? "" : " " + c);
        if (Double.isFinite(m.secondsPer10k())) {
            sb.append(" About ").append(Format.number(m.secondsPer10k())).append(" s per 10⁴ sequences here.");
        }
        sb.append(Double.isNaN(m.reference()) ? " No reference yet: compute one for the error chart."
                : " Reference (long run): " + Format.number(m.reference()) + " ± " + Format.number(m.referenceSe())
                        + ".");
        return sb.toString();
    }

    /**
     * @return what the KL-over-T chart shows for a pair with no closed form: the Monte Carlo curve (chain rule, every
     *     t from the same sequences) and the rate κ̂ it gives; "" before the first sequence
     */
    public static String curve(org.arlab.core.kl.CumulativeKl c) {
        if (c == null || c.count() == 0) {
            return "";
        }
        int t = c.horizon();
        String rate = Double.isFinite(c.rateStdError())
                ? Format.number(c.rate()) + " ± " + Format.number(c.rateStdError())
                : Format.number(c.rate());
        return "The KL-over-T chart is Monte Carlo too: by the chain rule KL_t is the expected sum of the first t "
                + "per-step KLs, so the same sequences give KL_t for every t = 1.." + t + " at once (band: 95%, from "
                + "each t's per-sequence partial sums). Its slope over t = " + c.half() + ".." + t + ", " + rate
                + " nats per step, estimates the rate κ = lim KL_T/T once p and q have forgotten their start.";
    }

    /** @return the answer to "how far is the trained model from the truth?" */
    static String answer(TruthVersusTrained a) {
        double t = a.horizon();
        StringBuilder sb = new StringBuilder("How far is ").append(a.trained()).append(" from the truth? Per step, "
                + "over T = ").append(a.horizon()).append(", M = ").append(Format.count(a.forward().count()))
                .append(" each:\n  KL(true‖trained) = ").append(Format.number(a.forward().mean() / t)).append(" ± ")
                .append(Format.number(a.forward().stdError() / t)).append(" nats\n  KL(trained‖true) = ")
                .append(Format.number(a.reverse().mean() / t)).append(" ± ")
                .append(Format.number(a.reverse().stdError() / t)).append(" nats");
        if (!Double.isNaN(a.gap())) {
            sb.append("\n  validation NLL gap (last ").append(a.gapSteps()).append(" values of the series) = ")
                    .append(Format.number(a.gap())).append(" nats\nIn expectation the NLL gap is KL(true‖trained) "
                            + "per step: the truth's entropy cancels.");
        }
        return sb.toString();
    }

    /** @return the warning that KL overflowed before T, or "" when every KL_t up to T is finite */
    public static String overflow(KlExact x) {
        return x.forward().length < x.horizon() ? "A model is explosive: KL overflows double precision after T = "
                + x.forward().length + " steps; shorten the horizon." : "";
    }
}
