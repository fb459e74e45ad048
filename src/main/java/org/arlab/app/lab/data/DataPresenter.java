package org.arlab.app.lab.data;

import org.arlab.core.series.CurrentSeries;
import java.util.Locale;

import org.arlab.chart.Format;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.SequentialSampler;

/**
 * The Data lab's words and numbers: the line under the series' facts, where a loaded series comes from, the ACF
 * legend, the step-by-step explanation, and the status and error lines. Plain Java, so the sentences are unit-tested
 * without a window; {@link DataView}, its panes and {@link DataController} only show them.
 */
public final class DataPresenter {
    private DataPresenter() {
    }

    /** More values than this: more than a chart has pixel columns, so the chart draws each column's min and max. */
    static final int DECIMATED_FROM = 2000;

    /** @return how many values (and how a long series is drawn), the time taken, and the result's note below */
    public static String info(CurrentSeries r) {
        int n = r.values().length;
        return String.format(Locale.ROOT, "%s values%s, computed in %.1f ms", Format.count(n),
                n > DECIMATED_FROM ? " (drawn as each pixel column's min and max)" : "", r.nanos() / 1e6)
                + (r.note().isEmpty() ? "" : "\n" + r.note());
    }

    /** @return for a loaded series, which one is shown and what its charts show; "" for a generated one */
    public static String source(CurrentSeries r) {
        return r.generated() ? "" : "Showing the loaded series " + r.title() + ". The charts show its sample "
                + "ACF and PACF and the roots of the model fitted to it.";
    }

    /** @return the legend of the theoretical ACF: the generating model's, or the model fitted to a loaded series */
    public static String acfLegend(CurrentSeries r) {
        return "ρ(k) of the " + (r.generated() ? "model" : "fitted model");
    }

    /**
     * The step-by-step explanation (MATH.md, problem 2B).
     *
     * @param sampler the sampler, after its latest draw
     * @param last the latest draw, or null before the first
     * @param initial the initial values the sampler started from, oldest first
     * @return the latest draw and its distribution, then the next value's distribution with its mean worked out
     */
    public static String step(SequentialSampler sampler, SequentialSampler.Draw last, double[] initial) {
        ArModel ar = sampler.model();
        StringBuilder sb = new StringBuilder();
        if (last != null) {
            sb.append(String.format(Locale.ROOT, "Drew x%s = %s from N(%s, %s²).  ", subscript(last.k()),
                    Format.number(last.value()), Format.number(last.mean()), Format.number(last.sd())));
        }
        sb.append("Next: x").append(subscript(sampler.count() + 1)).append(" ~ N(f, σ²) with f = ");
        double[] past = sampler.drawn();
        StringBuilder terms = new StringBuilder();
        if (ar.intercept() != 0) {
            terms.append(Format.number(ar.intercept()));
        }
        for (int i = 1; i <= ar.order(); i++) {
            int idx = past.length - i;
            double v = idx >= 0 ? past[idx] : initial[initial.length + idx];
            double phi = ar.phi(i);
            if (terms.length() == 0) {
                terms.append(Format.number(phi));
            } else {
                terms.append(phi < 0 ? " − " : " + ").append(Format.number(Math.abs(phi)));
            }
            terms.append("·(").append(Format.number(v)).append(')');
        }
        sb.append(terms.length() == 0 ? "0" : terms.toString()).append(" = ").append(Format.number(sampler.nextMean()))
                .append(", σ = ").append(Format.number(ar.sigma()))
                .append(".  Each value needs all the earlier ones: sampling is a loop over k.");
        return sb.toString();
    }

    /** @return the status line while a series is simulated */
    public static String simulating(ArModel ar, int n) {
        return "simulating AR(" + ar.order() + "), n = " + Format.count(n);
    }

    /** @return the status line while a model is fitted to a loaded series */
    public static String fitting(String name) {
        return "fitting the model of " + name;
    }

    /** @return the error when no model can be fitted to a loaded series */
    public static String cannotFit(String name, String why) {
        return "Cannot fit a model to " + name + ": " + why;
    }

    /** @return why a series of n equal values is refused */
    public static String constant(String name, int n, double value) {
        return (n == 1 ? name + " holds a single value, " + Format.number(value)
                : "All " + Format.count(n) + " values of " + name + " equal " + Format.number(value))
                + ": a constant series has no variation, so it has no autocorrelation and no AR model to fit. "
                + "The series on screen stays.";
    }

    /** @return the error when a simulation fails */
    public static String simulationFailed(String why) {
        return "Simulation failed: " + why;
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
