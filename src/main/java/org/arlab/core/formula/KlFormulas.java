package org.arlab.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlExact;
import org.arlab.core.montecarlo.Estimate;

/**
 * The KL lab's mathematics (MATH.md, problem 2C): the chain rule, the Gaussian KL lemma, the two Monte Carlo
 * estimators with their standard errors sd/√M, and the rate κ, with the current p, q, T and estimates.
 */
public final class KlFormulas {
    private KlFormulas() {
    }

    /**
     * @param exact the exact values for the current p, q and T
     * @param logRatio the log-ratio estimate so far, or null before the first batch
     * @param conditional the conditional estimate so far, or null
     * @return the formulas
     */
    public static Formula of(KlExact exact, Estimate logRatio, Estimate conditional) {
        ArModel p = exact.p();
        ArModel q = exact.q();
        int t = exact.horizon();
        List<Formula.Block> blocks = new ArrayList<>();
        blocks.add(Formula.equation(
                "\\mathrm{KL}_T(p\\,\\|\\,q) = \\sum_{k=1}^{T} \\mathbb{E}_{x_{<k}\\sim p}\\Big[\\mathrm{KL}\\big("
                        + "p(x_k\\mid x_{<k})\\,\\|\\,q(x_k\\mid x_{<k})\\big)\\Big]",
                "\\varphi_p = " + Tex.vector(p.phi()) + ",\\ \\sigma_p = " + Tex.num(p.sigma()) + ";\\ \\varphi_q = "
                        + Tex.vector(q.phi()) + ",\\ \\sigma_q = " + Tex.num(q.sigma()),
                "T = " + Tex.count(t) + ",\\quad \\mathrm{KL}_T(p\\,\\|\\,q) = " + Tex.num(exact.forwardAtHorizon())
                        + ",\\quad \\mathrm{KL}_T(q\\,\\|\\,p) = " + Tex.num(exact.reverseAtHorizon())));
        blocks.add(Formula.equation(
                "\\mathrm{KL}\\big(\\mathcal{N}(a, s^2)\\,\\|\\,\\mathcal{N}(b, r^2)\\big) = \\log\\frac{r}{s} + "
                        + "\\frac{s^2 + (a-b)^2}{2r^2} - \\frac{1}{2}",
                "s = \\sigma_p = " + Tex.num(p.sigma()) + ",\\ r = \\sigma_q = " + Tex.num(q.sigma())
                        + ",\\quad a - b = f_k - g_k = d^\\top s_k"));
        String m = logRatio == null ? "M" : Tex.count(logRatio.count());
        blocks.add(Formula.equation(
                "\\hat K_1 = \\frac{1}{M}\\sum_{m=1}^{M}\\big[\\log p(x^m) - \\log q(x^m)\\big]"
                        + (logRatio == null ? "" : " = " + estimate(logRatio)),
                "\\hat K_2 = \\frac{1}{M}\\sum_{m=1}^{M}\\sum_{k=1}^{T}\\mathrm{KL}\\big(p(\\cdot\\mid x^m_{<k})\\,\\|"
                        + "\\,q(\\cdot\\mid x^m_{<k})\\big)" + (conditional == null ? "" : " = " + estimate(conditional)),
                "\\pm\\ \\mathrm{SE} = \\frac{\\mathrm{sd}}{\\sqrt{M}},\\quad M = " + m));
        double[] d = difference(p.phi(), q.phi());
        blocks.add(Formula.equation(
                "\\kappa = \\log\\frac{\\sigma_q}{\\sigma_p} + \\frac{\\sigma_p^2 + d^\\top\\Gamma_p\\, d}{2\\sigma_q^2}"
                        + " - \\frac{1}{2} = \\lim_{T\\to\\infty}\\frac{\\mathrm{KL}_T}{T}",
                "d = \\varphi_p - \\varphi_q = " + Tex.vector(d) + ",\\quad \\kappa = " + rate(exact)));
        return new Formula(blocks);
    }

    /** @return κ and its spectral check, or why κ is undefined (it needs only p stationary) */
    private static String rate(KlExact exact) {
        if (Double.isNaN(exact.rate())) {
            return "\\text{undefined: } p \\text{ is not stationary}";
        }
        return Tex.num(exact.rate()) + (Double.isNaN(exact.rateSpectral()) ? ""
                : ",\\ \\text{spectral } " + Tex.num(exact.rateSpectral()));
    }

    private static String estimate(Estimate e) {
        return Tex.num(e.mean()) + (Double.isNaN(e.stdError()) ? "" : " \\pm " + Tex.num(e.stdError()));
    }

    /** @return φ_p − φ_q, the shorter padded with zeros */
    static double[] difference(double[] a, double[] b) {
        double[] d = new double[Math.max(a.length, b.length)];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i < a.length ? a[i] : 0) - (i < b.length ? b[i] : 0);
        }
        return d;
    }

    /**
     * The mathematics of a pair with no closed form (MATH.md 2C and 3): the chain rule, the log-ratio estimator, the
     * conditional estimator (Gaussian steps) or its nested form (mixtures), and why the validation NLL gap and
     * KL(true‖trained) per step agree in expectation.
     *
     * @param horizon T
     * @param nested whether a conditional is a mixture
     * @param logRatio the log-ratio estimate so far, or null
     * @param conditional the conditional (or nested) estimate so far, or null
     * @param reference a stored long run's value, NaN for none
     * @return the formulas
     */
    public static Formula models(int horizon, boolean nested, Estimate logRatio, Estimate conditional,
            double reference) {
        List<Formula.Block> blocks = new ArrayList<>();
        blocks.add(Formula.equation(
                "\\mathrm{KL}_T(p\\,\\|\\,q) = \\sum_{k} \\mathbb{E}_{x_{<k}\\sim p}\\Big[\\mathrm{KL}\\big("
                        + "p(x_k\\mid x_{<k})\\,\\|\\,q(x_k\\mid x_{<k})\\big)\\Big]",
                "T = " + Tex.count(horizon) + "\\text{ steps after the common start; no closed form: the expectation "
                        + "over } x_{<k} \\text{ is by Monte Carlo}"
                        + (Double.isNaN(reference) ? "" : ",\\quad \\text{reference } " + Tex.num(reference))));
        String m = logRatio == null ? "M" : Tex.count(logRatio.count());
        String second = nested
                ? "\\hat K_2 = \\frac{1}{M}\\sum_{m}\\sum_{k}\\frac{1}{J}\\sum_{j=1}^{J}\\big[\\log p(y_j\\mid "
                        + "x^m_{<k}) - \\log q(y_j\\mid x^m_{<k})\\big],\\ y_j \\sim p(\\cdot\\mid x^m_{<k}),\\ J = "
                        + org.arlab.core.kl.ProcessKl.INNER
                : "\\hat K_2 = \\frac{1}{M}\\sum_{m}\\sum_{k}\\mathrm{KL}\\big(\\mathcal{N}(\\mu_p, \\sigma_p^2)\\,\\|"
                        + "\\,\\mathcal{N}(\\mu_q, \\sigma_q^2)\\big)\\ \\text{at } x^m_{<k}";
        blocks.add(Formula.equation(
                "\\hat K_1 = \\frac{1}{M}\\sum_{m=1}^{M}\\big[\\log p(x^m) - \\log q(x^m)\\big]"
                        + (logRatio == null ? "" : " = " + estimate(logRatio)),
                second + (conditional == null ? "" : " = " + estimate(conditional)),
                "\\pm\\ \\mathrm{SE} = \\frac{\\mathrm{sd}}{\\sqrt{M}},\\quad M = " + m));
        blocks.add(Formula.equation(
                "\\mathbb{E}_{x\\sim p}\\big[-\\log q(x_k\\mid x_{<k}) + \\log p(x_k\\mid x_{<k})\\big] = "
                        + "\\mathbb{E}_{x_{<k}\\sim p}\\,\\mathrm{KL}\\big(p(\\cdot\\mid x_{<k})\\,\\|\\,q(\\cdot\\mid "
                        + "x_{<k})\\big)",
                "\\text{p the truth, q the trained model: the validation NLL gap estimates KL(true}\\,\\|\\,"
                        + "\\text{trained) per step; they agree in expectation}"));
        return new Formula(blocks);
    }
}
