package org.arlab.app.lab.montecarlo;

import java.util.Locale;

import org.arlab.chart.Format;
import org.arlab.core.montecarlo.GaussianPolynomial;

/**
 * The Monte Carlo lab's words and numbers: f and the law of x as a formula, the coefficients as typed, the block of
 * results, and the typing hint. Plain Java, so the sentences are unit-tested without a window; {@link McView} only
 * shows them.
 */
public final class McPresenter {
    /** The formula line while the parameters do not make a polynomial of a normal. */
    public static final String UNKNOWN_FORMULA = "f(x) = ?";
    /** The hint when the typed coefficients are not numbers. */
    public static final String TYPE_NUMBERS = "Type numbers separated by commas, e.g. 1, 1, 1 for x² + x + 1.";

    private static final String[] SUP = {"", "", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸"};

    private McPresenter() {
    }

    /** @return e.g. "f(x) = x² + x + 1,  x ~ N(0, 2)" */
    public static String formula(GaussianPolynomial f) {
        return "f(x) = " + polynomial(f.coefficients()) + ",  x ~ N(" + Format.number(f.mu()) + ", "
                + Format.number(f.varianceOfX()) + ")";
    }

    /** @return Σ a_k x^k from the highest power down, without zero terms or unit coefficients, e.g. "x² − 2.5" */
    public static String polynomial(double[] a) {
        StringBuilder sb = new StringBuilder();
        for (int k = a.length - 1; k >= 0; k--) {
            if (a[k] == 0) {
                continue;
            }
            double v = Math.abs(a[k]);
            sb.append(sb.length() == 0 ? (a[k] < 0 ? "−" : "") : (a[k] < 0 ? " − " : " + "));
            String mono = k == 0 ? "" : k == 1 ? "x" : "x" + SUP[k];
            sb.append(v == 1 && k > 0 ? "" : Format.number(v)).append(mono);
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    /** @return the coefficients a₀, a₁, … as they would be typed, e.g. "1, 1, 1" */
    public static String coefficients(double[] a) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < a.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(Format.number(a[k]));
        }
        return sb.toString();
    }

    /**
     * @param s the latest snapshot
     * @return M so far, E f exact and estimated with its standard error, Var f exact and in its two forms, and the
     *         ratio (M − 1)/M between them, one per line
     */
    public static String results(McSnapshot s) {
        long n = s.count();
        return String.format(Locale.ROOT,
                "M = %s of %s samples\nE f(x): exact %s, estimate %s ± %s (standard error)\n"
                        + "Var f(x): exact %s\n  biased (1/M) %s\n  unbiased (1/(M − 1)) %s\n  ratio (M − 1)/M = %s",
                Format.count(n), Format.count(s.maxSamples()), Format.number(s.exactMean()),
                Format.number(s.estimate().mean()), Format.number(s.estimate().stdError()),
                Format.number(s.exactVariance()), Format.number(s.biasedVariance()),
                Format.number(s.unbiasedVariance()), n < 2 ? "–" : Format.number((n - 1) / (double) n));
    }
}
