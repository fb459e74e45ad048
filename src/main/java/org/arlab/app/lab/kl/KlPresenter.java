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

    /** @return the warning that KL overflowed before T, or "" when every KL_t up to T is finite */
    public static String overflow(KlExact x) {
        return x.forward().length < x.horizon() ? "A model is explosive: KL overflows double precision after T = "
                + x.forward().length + " steps; shorten the horizon." : "";
    }
}
