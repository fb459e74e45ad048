package org.arlab.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.ar.ArFit;

/**
 * The Fit lab's mathematics (MATH.md, problem 1), each method its own: least squares shows the conditional
 * likelihood and its normal equations; the exact MLE the exact likelihood with the density of the first p values;
 * Yule–Walker the sample autocovariances and the Yule–Walker equations; Burg the reflection coefficients and the
 * Levinson recursion. Then σ̂² as the method defines it, ℓ at the estimates (named conditional or exact, with the
 * number of terms it sums) and AIC/BIC from that ℓ, with the fitted numbers.
 */
public final class FitFormulas {
    private FitFormulas() {
    }

    /** @return the formulas for this fit */
    public static Formula of(ArFit fit) {
        List<Formula.Block> blocks = new ArrayList<>();
        switch (fit.method()) {
            case OLS -> leastSquares(fit, blocks);
            case MLE -> exact(fit, blocks);
            case YULE_WALKER -> yuleWalker(fit, blocks);
            case BURG -> burg(fit, blocks);
        }
        blocks.add(Formula.equation(variance(fit), likelihood(fit)));
        blocks.add(criteria(fit));
        return new Formula(blocks);
    }

    /** The length n of the series the fit was made on: N = n − p terms for the conditional ℓ, n for the exact. */
    private static int length(ArFit fit) {
        return fit.logLikelihoodKind() == ArFit.LikelihoodKind.EXACT ? fit.nobs() : fit.nobs() + fit.order();
    }

    private static String estimates(ArFit fit) {
        return (fit.withIntercept() ? "\\hat c = " + Tex.num(fit.intercept()) + ",\\quad " : "")
                + "\\hat\\varphi = " + Tex.vector(fit.phi());
    }

    private static String orderLine(ArFit fit, String terms) {
        return terms + ",\\quad p = " + fit.order()
                + (fit.withIntercept() ? "" : ",\\quad c = 0 \\text{ (zero mean)}");
    }

    private static void leastSquares(ArFit fit, List<Formula.Block> blocks) {
        blocks.add(Formula.equation(
                "\\ell(c, \\varphi, \\sigma^2) = -\\frac{N}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}"
                        + "\\sum_{t=p+1}^{n}\\Big(y_t - c - \\sum_{i=1}^{p}\\varphi_i\\, y_{t-i}\\Big)^2"
                        + "\\quad\\text{(conditional on } y_1..y_p\\text{)}",
                orderLine(fit, "N = n - p = " + Tex.count(length(fit)) + " - " + fit.order() + " = "
                        + Tex.count(fit.nobs()))));
        blocks.add(Formula.equation(
                "\\frac{\\partial \\ell}{\\partial \\varphi_j} = \\frac{1}{\\sigma^2}\\sum_t y_{t-j}\\Big(y_t - c - "
                        + "\\sum_{i}\\varphi_i\\, y_{t-i}\\Big) = 0,\\ \\ j = 1..p"
                        + "\\quad\\Longleftrightarrow\\quad X^\\top X\\,\\hat\\beta = X^\\top y",
                estimates(fit)));
        blocks.add(Formula.mistake(
                "\\text{Common mistake: dropping the factor } y_{t-j} \\text{ (the chain rule's inner derivative)}"
                        + " \\text{ gives } \\textstyle\\sum_t \\big(y_t - c - \\sum_i \\varphi_i y_{t-i}\\big) = 0",
                "\\text{for every } j \\text{: one equation } p \\text{ times, not the normal equations. Each keeps "
                        + "the regressor } y_{t-j} \\text{ times the residual.}"));
    }

    private static void exact(ArFit fit, List<Formula.Block> blocks) {
        blocks.add(Formula.equation(
                "\\ell(c, \\varphi, \\sigma^2) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2}\\log|V_p"
                        + "| - \\frac{S(c, \\varphi)}{2\\sigma^2}\\quad\\text{(exact: } y_1..y_p \\sim "
                        + "\\mathcal{N}(\\mu\\mathbf{1}, \\sigma^2 V_p)\\text{)}",
                "S = (y_{1:p} - \\mu\\mathbf{1})^\\top V_p^{-1}(y_{1:p} - \\mu\\mathbf{1}) + \\sum_{t=p+1}^{n}"
                        + "\\Big(y_t - c - \\sum_{i=1}^{p}\\varphi_i\\, y_{t-i}\\Big)^2,\\quad \\mu = "
                        + "\\frac{c}{1 - \\sum_i\\varphi_i}",
                orderLine(fit, "n = " + Tex.count(fit.nobs()) + " \\text{ terms}")));
        blocks.add(Formula.equation(
                "\\hat\\sigma^2(c, \\varphi) = \\frac{S(c, \\varphi)}{n};\\quad V_p \\text{ depends on } \\varphi"
                        + "\\text{: no normal equations, } \\ell \\text{ is maximised numerically}",
                estimates(fit) + "\\quad \\text{(s.e. from the observed information)}"));
        blocks.add(Formula.mistake(
                "\\text{Common mistake: treating } y_1..y_p \\text{ as fixed. That is the conditional likelihood;}",
                "\\text{the exact one also scores the first } p \\text{ values under the stationary law, so it is "
                        + "} -\\infty \\text{ outside the stationarity region.}"));
    }

    private static void yuleWalker(ArFit fit, List<Formula.Block> blocks) {
        blocks.add(Formula.equation(
                "\\hat\\gamma(k) = \\frac{1}{n}\\sum_{t=1}^{n-k}(y_t - \\bar y)(y_{t+k} - \\bar y),"
                        + "\\quad k = 0..p",
                orderLine(fit, "n = " + Tex.count(length(fit)))));
        blocks.add(Formula.equation(
                "\\sum_{i=1}^{p}\\hat\\varphi_i\\,\\hat\\gamma(|j - i|) = \\hat\\gamma(j),\\ \\ j = 1..p"
                        + "\\quad\\Longleftrightarrow\\quad \\hat\\Gamma_p\\,\\hat\\varphi = \\hat\\gamma_p"
                        + "\\quad\\text{(Levinson–Durbin)}",
                estimates(fit) + (fit.withIntercept() ? ",\\quad \\hat c = \\bar y\\,(1 - \\sum_i\\hat\\varphi_i)"
                        : "")));
        blocks.add(Formula.mistake(
                "\\text{Common mistake: dividing } \\hat\\gamma(k) \\text{ by } n - k \\text{ instead of } n"
                        + "\\text{: } \\hat\\Gamma_p \\text{ may then fail to be positive definite,}",
                "\\text{and the fitted model may not be stationary. With } 1/n \\text{ it always is.}"));
    }

    private static void burg(ArFit fit, List<Formula.Block> blocks) {
        blocks.add(Formula.equation(
                "k_m = \\frac{2\\sum_t f_{m-1}(t)\\, b_{m-1}(t-1)}{\\sum_t \\big(f_{m-1}(t)^2 + b_{m-1}(t-1)^2\\big)},"
                        + "\\quad f_m(t) = f_{m-1}(t) - k_m b_{m-1}(t-1),\\quad b_m(t) = b_{m-1}(t-1) - k_m "
                        + "f_{m-1}(t)",
                orderLine(fit, "f_0 = b_0 = y - \\bar y,\\quad n = " + Tex.count(length(fit)))));
        blocks.add(Formula.equation(
                "\\varphi_{m,m} = k_m,\\quad \\varphi_{m,i} = \\varphi_{m-1,i} - k_m\\,\\varphi_{m-1,m-i}"
                        + "\\quad\\text{(Levinson), } |k_m| < 1 \\text{: always stationary}",
                estimates(fit)));
    }

    private static String variance(ArFit fit) {
        String s2 = switch (fit.method()) {
            case OLS -> "\\hat\\sigma^2 = \\frac{\\mathrm{SSR}}{N} = ";
            case MLE -> "\\hat\\sigma^2 = \\frac{S}{n} \\text{ (exact MLE)} = ";
            case YULE_WALKER -> "\\hat\\sigma^2 = \\hat\\gamma(0) - \\hat\\varphi^\\top\\hat\\gamma_p"
                    + " \\text{ (innovation variance)} = ";
            case BURG -> "\\hat\\sigma^2 = \\hat\\gamma(0)\\prod_m (1 - k_m^2) \\text{ (innovation variance)} = ";
        } + Tex.num(fit.sigma2());
        if (fit.method() == ArFit.Method.OLS) {
            s2 += ",\\quad \\text{unbiased } \\frac{\\mathrm{SSR}}{N - k} = " + Tex.num(fit.sigma2Unbiased());
        }
        return s2;
    }

    private static String likelihood(ArFit fit) {
        return switch (fit.method()) {
            case OLS -> "\\ell_{\\max} = -\\frac{N}{2}\\big(\\log(2\\pi\\hat\\sigma^2) + 1\\big) = "
                    + Tex.num(fit.logLikelihood());
            case MLE -> "\\ell_{\\text{exact}}(\\hat\\theta) = " + Tex.num(fit.logLikelihood()) + "\\quad(n = "
                    + Tex.count(fit.nobs()) + " \\text{ terms})";
            case YULE_WALKER, BURG -> "\\ell_{\\text{cond}}(\\hat c, \\hat\\varphi, \\hat\\sigma^2) = "
                    + Tex.num(fit.logLikelihood()) + "\\quad(\\text{conditional, } N = n - p = "
                    + Tex.count(fit.nobs()) + " \\text{ terms})";
        };
    }

    private static Formula.Block criteria(ArFit fit) {
        String n = fit.logLikelihoodKind() == ArFit.LikelihoodKind.EXACT ? "n" : "N";
        return Formula.equation(
                "\\mathrm{AIC} = -2\\ell + 2k = " + Tex.num(fit.aic()) + ",\\quad \\mathrm{BIC} = -2\\ell + k\\log "
                        + n + " = " + Tex.num(fit.bic()),
                "k = p" + (fit.withIntercept() ? " + 1" : "") + " + 1 = " + fit.parameters()
                        + "\\ \\text{(}\\sigma^2 \\text{ counts)},\\quad " + n + " = " + Tex.count(fit.nobs()));
    }
}
