package org.arlab.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.ar.ArFit;

/**
 * The Fit lab's mathematics (MATH.md, problem 1): the conditional log-likelihood, the normal equations (with the
 * worked solution's mistake beside them), σ̂² = SSR/N, ℓ_max and AIC/BIC, with the fitted numbers.
 */
public final class FitFormulas {
    private FitFormulas() {
    }

    /** @return the formulas for this fit */
    public static Formula of(ArFit fit) {
        List<Formula.Block> blocks = new ArrayList<>();
        int n = fit.nobs();
        blocks.add(Formula.equation(
                "\\ell(c, \\varphi, \\sigma^2) = -\\frac{N}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}"
                        + "\\sum_{t=p+1}^{n}\\Big(y_t - c - \\sum_{i=1}^{p}\\varphi_i\\, y_{t-i}\\Big)^2",
                "N = n - p = " + Tex.count(n) + ",\\quad p = " + fit.order()
                        + (fit.withIntercept() ? "" : ",\\quad c = 0 \\text{ (zero mean)}")));
        blocks.add(Formula.equation(
                "\\frac{\\partial \\ell}{\\partial \\varphi_j} = \\frac{1}{\\sigma^2}\\sum_t y_{t-j}\\Big(y_t - c - "
                        + "\\sum_{i}\\varphi_i\\, y_{t-i}\\Big) = 0,\\ \\ j = 1..p"
                        + "\\quad\\Longleftrightarrow\\quad X^\\top X\\,\\hat\\beta = X^\\top y",
                (fit.withIntercept() ? "\\hat c = " + Tex.num(fit.intercept()) + ",\\quad " : "")
                        + "\\hat\\varphi = " + Tex.vector(fit.phi())
                        + (fit.method() == ArFit.Method.OLS ? ""
                                : "\\quad \\text{(" + Tex.text(fit.method().label()) + ")}")));
        blocks.add(Formula.mistake(
                "\\text{Common mistake: the worked solution's derivative with respect to } \\varphi_j"
                        + " \\text{ is wrong.}",
                "\\text{Each equation keeps the regressor } y_{t-j} \\text{ times the residual, "
                        + "so these are the normal equations.}"));
        String s2 = switch (fit.method()) {
            case OLS -> "\\hat\\sigma^2 = \\frac{\\mathrm{SSR}}{N} = ";
            case MLE -> "\\hat\\sigma^2 = \\frac{S}{n} \\text{ (exact MLE)} = ";
            case YULE_WALKER -> "\\hat\\sigma^2 = \\hat\\gamma(0) - \\hat\\varphi^\\top\\hat\\gamma"
                    + " \\text{ (innovation variance)} = ";
            case BURG -> "\\hat\\sigma^2 = \\hat\\gamma(0)\\prod_m (1 - k_m^2) \\text{ (innovation variance)} = ";
        } + Tex.num(fit.sigma2());
        if (fit.method() == ArFit.Method.OLS) {
            s2 += ",\\quad \\text{unbiased } \\frac{\\mathrm{SSR}}{N - k} = " + Tex.num(fit.sigma2Unbiased());
        }
        String lmax = fit.method() == ArFit.Method.OLS
                ? "\\ell_{\\max} = -\\frac{N}{2}\\big(\\log(2\\pi\\hat\\sigma^2) + 1\\big) = "
                        + Tex.num(fit.logLikelihood())
                : (fit.method() == ArFit.Method.MLE ? "\\ell_{\\text{exact}}(\\hat\\theta) = "
                        : "\\ell_{\\text{cond}}(\\hat c, \\hat\\varphi, \\hat\\sigma^2) = ")
                        + Tex.num(fit.logLikelihood());
        blocks.add(Formula.equation(s2, lmax));
        blocks.add(Formula.equation(
                "\\mathrm{AIC} = -2\\ell + 2k = " + Tex.num(fit.aic()) + ",\\quad \\mathrm{BIC} = -2\\ell + k\\log N = "
                        + Tex.num(fit.bic()),
                "k = p" + (fit.withIntercept() ? " + 1" : "") + " + 1 = " + fit.parameters()
                        + "\\ \\text{(}\\sigma^2 \\text{ counts)}"));
        return new Formula(blocks);
    }
}
