package org.arlab.app.lab.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.arlab.chart.Format;
import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.LjungBox;
import org.arlab.core.ar.OrderSelection;

/**
 * The Fit lab's words and numbers: the rows of the table of estimates and the diagnostics under it, built from a
 * {@link FitResult}. Plain Java, so the sentences are unit-tested without a window; {@link FitView} only shows them.
 */
public final class FitPresenter {
    /** Below this Ljung–Box p-value the residuals count as still autocorrelated. */
    static final double LJUNG_BOX_LEVEL = 0.05;

    /**
     * A row of the results table.
     *
     * @param name the parameter or statistic, e.g. "φ₁"
     * @param estimate its estimate
     * @param se its standard error, or ""
     * @param truth the generating model's value, or "" when there is none
     */
    public record Row(String name, String estimate, String se, String truth) {
    }

    private FitPresenter() {
    }

    /** @return the status line while a series of n values is fitted, e.g. "Burg on 500 values" */
    public static String task(ArFit.Method method, int n) {
        return method.label() + " on " + n + " values";
    }

    /**
     * @param r a fit
     * @return the table's rows: c (when estimated), φ₁..φₚ, σ² (named for what it is), the unbiased σ² (least
     *         squares), ℓ at the method's own estimates (named conditional or exact), AIC and BIC from that ℓ, N
     */
    public static List<Row> rows(FitResult r) {
        ArFit fit = r.fit();
        ArModel truth = r.truth();
        List<Row> rows = new ArrayList<>();
        if (fit.withIntercept()) {
            rows.add(new Row("c", Format.number(fit.intercept()), Format.number(fit.seIntercept()),
                    truth == null ? "" : Format.number(truth.intercept())));
        }
        double[] truePhi = truth == null ? null : truth.phi();
        for (int i = 0; i < fit.order(); i++) {
            String t = truePhi == null ? "" : Format.number(i < truePhi.length ? truePhi[i] : 0);
            rows.add(new Row("φ" + subscript(i + 1), Format.number(fit.phi()[i]), Format.number(fit.sePhi()[i]), t));
        }
        rows.add(new Row(sigma2Name(fit), Format.number(fit.sigma2()), "",
                truth == null ? "" : Format.number(truth.sigma() * truth.sigma())));
        if (fit.method() == ArFit.Method.OLS) {
            rows.add(new Row("σ² unbiased", Format.number(fit.sigma2Unbiased()), "", ""));
        }
        rows.add(new Row(logLikelihoodName(fit), Format.number(fit.logLikelihood()), "", ""));
        rows.add(new Row("AIC", Format.number(fit.aic()), "", ""));
        rows.add(new Row("BIC", Format.number(fit.bic()), "", ""));
        rows.add(new Row("N", Format.count(fit.nobs()), "", ""));
        return rows;
    }

    /**
     * @return the σ² row's name, saying what the method's σ̂² is: "σ² (MLE)" for least squares (SSR/N),
     *     "σ² (exact MLE)", "σ² (innovation var.)" for Yule–Walker and Burg
     */
    static String sigma2Name(ArFit fit) {
        if (fit.sigma2Kind() == ArFit.VarianceKind.INNOVATION) {
            return "σ² (innovation var.)";
        }
        return fit.method() == ArFit.Method.MLE ? "σ² (exact MLE)" : "σ² (MLE)";
    }

    /** @return the ℓ row's name, saying which likelihood it is: "ℓ conditional" or "ℓ exact" */
    static String logLikelihoodName(ArFit fit) {
        return "ℓ " + fit.logLikelihoodKind().key();
    }

    /**
     * @param r a fit
     * @return the criteria chart's subtitle: which sample every order is fitted on, e.g. "least squares for p = 0..8,
     *     all on t = 9..500 (N = 492)"
     */
    public static String criteriaSample(FitResult r) {
        OrderSelection sel = r.selection();
        int maxOrder = sel.fits().size() - 1;
        int n = r.values().length;
        return "least squares, all on t = " + (maxOrder + 1) + ".." + Format.count(n) + " (N = "
                + Format.count(sel.fits().get(0).nobs()) + ")";
    }

    /**
     * @param r a fit
     * @return why the chart's AIC at the fitted order differs from the table's: the chart compares every order on one
     *     sample, the table is this fit's own ℓ on its own sample
     */
    public static String criteriaNote(FitResult r) {
        ArFit fit = r.fit();
        OrderSelection sel = r.selection();
        String own = fit.logLikelihoodKind() == ArFit.LikelihoodKind.EXACT ? "n" : "N";
        String sentence = "The table's AIC (" + Format.number(fit.aic()) + ") is this fit's own, from its "
                + fit.logLikelihoodKind().key() + " ℓ on " + own + " = " + Format.count(fit.nobs()) + "; the "
                + "criteria chart fits every order by least squares on the same N = "
                + Format.count(sel.fits().get(0).nobs()) + " values, so that orders compare";
        if (fit.order() < sel.fits().size()) {
            sentence += " (its AIC at p = " + fit.order() + ": " + Format.number(sel.fits().get(fit.order()).aic())
                    + ")";
        }
        return sentence + ".";
    }

    /**
     * @param r a fit
     * @return the Ljung–Box verdict on the residuals (when there are enough of them), whether the fitted model is
     *         stationary, and the time taken, one per line
     */
    public static String diagnostics(FitResult r) {
        List<String> lines = new ArrayList<>(3);
        if (r.ljungBox() != null) {
            lines.add(ljungBox(r.ljungBox()));
        }
        lines.add(r.fit().model().isStationary() ? "The fitted model is stationary."
                : "The fitted model is not stationary.");
        lines.add(String.format(Locale.ROOT, "Fitted in %.1f ms.", r.nanos() / 1e6));
        return String.join("\n", lines);
    }

    /** @return the Ljung–Box line: the statistic, its p-value and what it says about the residuals */
    static String ljungBox(LjungBox lb) {
        return String.format(Locale.ROOT, "Ljung–Box on the residuals, %d lags (χ² on %d df): Q = %s, p-value %s%s",
                lb.lags(), lb.degreesOfFreedom(), Format.number(lb.statistic()), Format.number(lb.pValue()),
                lb.pValue() < LJUNG_BOX_LEVEL ? " — the residuals are still autocorrelated: try a higher order."
                        : " — no evidence of leftover autocorrelation.");
    }

    /** @return k in subscript digits, e.g. 12 → "₁₂" */
    static String subscript(int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(k).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }
}
