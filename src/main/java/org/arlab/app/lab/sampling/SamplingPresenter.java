package org.arlab.app.lab.sampling;

import java.util.Locale;

import org.arlab.chart.Format;
import org.arlab.core.replicate.DickeyFuller;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.arlab.core.replicate.MethodSummary;
import org.arlab.core.replicate.ReplicationDesign;

/**
 * The Sampling lab's words and numbers: the table of each method's sd, bias and coverage against the asymptotic sd,
 * the progress line, the Dickey–Fuller comparison and the warnings. Plain Java, unit-tested without a window.
 */
public final class SamplingPresenter {
    /** What a cell shows before there are numbers. */
    static final String BLANK = "–";
    private static final String[] HEADINGS = {"φ̂ᵢ", "sd", "bias", "coverage"};
    private static final String[] SHORT = {"LS", "MLE", "YW", "Burg"};

    /**
     * One method's row of the table, for one coefficient.
     *
     * @param method the method's short name (LS, MLE, YW, Burg)
     * @param sd its sd over the replications
     * @param bias mean − φᵢ
     * @param rmse √mean (φ̂ᵢ − φᵢ)²
     * @param coverage the share of 95% intervals covering φᵢ
     */
    public record Row(String method, String sd, String bias, String rmse, String coverage) {
    }

    private SamplingPresenter() {
    }

    /** @return the table's headings */
    static String[] headings() {
        return HEADINGS.clone();
    }

    /** @return the row of one method for φᵢ (i from 1) */
    public static Row row(MethodSummary s, int coefficient) {
        int i = coefficient - 1;
        if (s.count() < 2) {
            return new Row(SHORT[s.method().ordinal()], BLANK, BLANK, BLANK, BLANK);
        }
        return new Row(SHORT[s.method().ordinal()], Format.number(s.sd()[i]),
                signed(s.bias()[i]), Format.number(s.rmse()[i]), String.format(Locale.ROOT, "%.3f",
                        s.coverage95()[i]));
    }

    private static String signed(double v) {
        String t = Format.number(v);
        return v > 0 ? "+" + t : t;
    }

    /**
     * @param s the latest snapshot
     * @param coefficient which φᵢ
     * @return how many replications are done, the asymptotic sd to compare the table's sd with, and the failures
     */
    // the sentences below go into wrapped labels: no combining hat (U+0302), which makes JavaFX wrap a label's
    // text wider than the label, so that its lines run past the column's edge (seen at 1280 × 720)
    public static String summary(ExperimentSnapshot s, int coefficient) {
        int i = Math.max(1, Math.min(coefficient, s.design().order())) - 1;
        long main = s.summaries().length == 0 ? 0 : s.summaries()[0].count() + s.summaries()[0].failures();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "R = %s of %s replications at n = %s",
                Format.count(main), Format.count(s.replications()), Format.count(s.design().n())));
        if (main >= s.replications() && s.count() < s.total()) {
            sb.append("; now the other lengths for the curves (").append(Format.count(s.count() - main)).append(" of ")
                    .append(Format.count(s.total() - s.replications())).append(")");
        }
        sb.append('.');
        double a = s.asymptoticSd()[i];
        if (Double.isFinite(a)) {
            sb.append(" Asymptotic sd of the fitted φ").append(sub(i + 1)).append(": ").append(Format.number(a));
            if (s.design().order() == 1) {
                sb.append(" = √((1 − φ²)/n)");
            }
            sb.append('.');
        }
        for (MethodSummary m : s.summaries()) {
            if (m.failures() > 0) {
                sb.append(' ').append(m.method().label()).append(" failed in ").append(Format.count(m.failures()))
                        .append(" replications (left out).");
            }
        }
        return sb.toString();
    }

    /**
     * @return for an AR(1) at φ = 1, the measured 5% point of n(φ̂ − 1) of each method beside Fuller's; "" otherwise
     */
    public static String unitRoot(ExperimentSnapshot s) {
        if (s.design().order() != 1 || s.design().truth().phi(1) != 1) {
            return "";
        }
        int n = s.design().n();
        int row = DickeyFuller.row(n);
        StringBuilder sb = new StringBuilder("At φ = 1 the normal law fails: n·(fitted φ − 1) follows Dickey–Fuller. "
                + "5% point, Fuller's table (n = " + (row == Integer.MAX_VALUE ? "∞" : Integer.toString(row))
                + (s.design().withIntercept() ? ", mean estimated" : ", no intercept") + "): "
                + Format.number(DickeyFuller.percent5(n, s.design().withIntercept())) + "; measured:");
        for (int m = 0; m < s.summaries().length; m++) {
            double q = s.unitRootQuantile05()[m];
            sb.append(' ').append(s.summaries()[m].method().label()).append(' ')
                    .append(Double.isFinite(q) ? Format.number(q) : BLANK).append(m + 1 < s.summaries().length ? ","
                            : ".");
        }
        return sb.toString();
    }

    /** @return a warning that R was capped, or "" */
    public static String warning(ReplicationDesign d, int asked, int effective) {
        if (effective < asked) {
            return "R is limited to " + Format.count(effective) + " at n = " + Format.count(d.n()) + " with "
                    + d.methods().size() + " methods (at most 10⁹ values × methods per experiment).";
        }
        return "";
    }

    /** @return ₁, ₂, ₃ */
    static String sub(int i) {
        return String.valueOf((char) ('₀' + i));
    }
}
