package org.arlab.core.formula;

import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.GaussianPolynomial;

/**
 * The Monte Carlo lab's mathematics (MATH.md, problem 4): the estimate (1/M) Σ f(x_m) with its standard error
 * sd(f)/√M against the exact value from the Gaussian moments, and the variance in its biased 1/M form, whose
 * expectation carries the factor (M − 1)/M, beside the corrected one.
 */
public final class MonteCarloFormulas {
    private MonteCarloFormulas() {
    }

    /**
     * @param f the polynomial and the law of x
     * @param estimate the running estimate, or null before the first batch
     * @param biasedVariance the 1/M variance of f so far (NaN before)
     * @param unbiasedVariance the 1/(M − 1) variance so far (NaN before)
     * @return the formulas
     */
    public static Formula of(GaussianPolynomial f, Estimate estimate, double biasedVariance,
            double unbiasedVariance) {
        String m = estimate == null ? "M" : Tex.count(estimate.count());
        Formula.Block mean = Formula.equation(
                "\\mathbb{E} f(x) \\approx \\hat\\mu_M = \\frac{1}{M}\\sum_{m=1}^{M} f(x_m),\\quad "
                        + "\\mathrm{SE} = \\frac{\\mathrm{sd}(f)}{\\sqrt{M}}",
                "f(x) = " + polynomial(f.coefficients()) + ",\\quad x \\sim \\mathcal{N}(" + Tex.num(f.mu()) + ",\\ "
                        + Tex.num(f.varianceOfX()) + ")",
                "M = " + m + ",\\quad \\hat\\mu_M = " + (estimate == null ? "\\ldots"
                        : Tex.num(estimate.mean()) + " \\pm " + Tex.num(estimate.stdError()))
                        + ",\\quad \\text{exact } \\mathbb{E} f(x) = " + Tex.num(f.mean()));
        Formula.Block variance = Formula.equation(
                "\\hat v_M = \\frac{1}{M}\\sum_m f(x_m)^2 - \\hat\\mu_M^2,\\quad \\mathbb{E}\\,\\hat v_M = "
                        + "\\frac{M-1}{M}\\,\\mathrm{Var} f,\\quad \\frac{M}{M-1}\\,\\hat v_M \\text{ is unbiased}",
                "\\hat v_M = " + Tex.num(biasedVariance) + ",\\quad \\frac{M}{M-1}\\hat v_M = "
                        + Tex.num(unbiasedVariance) + ",\\quad \\text{exact } \\mathrm{Var} f = "
                        + Tex.num(f.variance())
                        + (estimate == null || estimate.count() < 2 ? "" : ",\\quad \\frac{M-1}{M} = 1 - "
                                + Tex.num(1.0 / estimate.count())));
        return new Formula(java.util.List.of(mean, variance));
    }

    /** @return Σ a_k x^k with numbers, highest power first, e.g. x^{2} + x + 1 */
    static String polynomial(double[] a) {
        StringBuilder sb = new StringBuilder();
        for (int k = a.length - 1; k >= 0; k--) {
            String symbol = k == 0 ? "" : k == 1 ? "x" : "x^{" + k + "}";
            String t = k == 0 ? constant(a[k]) : Tex.term(a[k], symbol);
            if (sb.length() == 0 && !t.isEmpty()) {
                t = t.startsWith(" - ") ? "-" + t.substring(3) : t.substring(3);
            }
            sb.append(t);
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    private static String constant(double c) {
        String n = Tex.num(Math.abs(c));
        return "0".equals(n) ? "" : (c < 0 ? " - " : " + ") + n;
    }
}
