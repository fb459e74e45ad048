package org.arlab.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.likelihood.SurfaceResult;

/**
 * The Likelihood lab's mathematics (MATH.md, problems 1 and 2A): the profile log-likelihood ℓ(φ) with σ² (and c)
 * concentrated out, and the gradient-ascent step with the full gradient
 * {@code ∇_θ ℓ = (1/σ²) Σ (y_t − f_θ) ∇_θ f_θ}, {@code ∂f/∂φ_j = y_{t−j}} — beside the common slip of dropping
 * {@code ∇_θ f_θ}. Conditional or exact, as the map is; for an AR(1) the map is over (φ₁, σ) and there is no climb.
 */
public final class LikelihoodFormulas {
    private LikelihoodFormulas() {
    }

    /**
     * @param r the surface on screen
     * @param eta the learning rate η
     * @param pathEnd the last point of the gradient-ascent path {x, y, ℓ}, or null when there is none
     * @return the formulas
     */
    public static Formula of(SurfaceResult r, double eta, double[] pathEnd) {
        List<Formula.Block> blocks = new ArrayList<>();
        boolean ar1 = r.i() < 0;
        String x = ar1 ? "\\varphi_1" : "\\varphi_{" + (r.i() + 1) + "}";
        String y = ar1 ? "\\sigma" : "\\varphi_{" + (r.j() + 1) + "}";
        List<String> l = new ArrayList<>(ar1 ? ar1Likelihood(r) : likelihood(r));
        String terms = r.exact() ? "n = " + Tex.count(r.nUsed()) : "N = n - p = " + Tex.count(r.gram().nobs());
        l.add(terms + ",\\quad \\hat\\ell = " + Tex.num(r.maxLogLik()) + "\\ \\text{at}\\ (" + x + ", " + y
                + ") = " + Tex.vector(r.mle()));
        blocks.add(new Formula.Block(Formula.Kind.EQUATION, l));
        if (ar1) {
            return new Formula(blocks); // no pair of coefficients to climb: no gradient ascent
        }
        List<String> g = new ArrayList<>();
        g.add("\\nabla_\\theta \\ell = \\frac{1}{\\sigma^2}\\sum_t \\big(y_t - f_\\theta(y_{<t})\\big)\\,"
                + "\\nabla_\\theta f_\\theta(y_{<t}),\\quad \\frac{\\partial f_\\theta}{\\partial \\varphi_j} = "
                + "y_{t-j}\\quad\\text{(on the conditional } \\ell\\text{)}");
        g.add("\\theta \\leftarrow \\theta + \\frac{\\eta}{\\lambda}\\,\\frac{\\nabla_\\theta \\ell}{N},\\quad "
                + "\\lambda = " + Tex.num(r.curvature()) + "\\ \\text{(curvature of } \\ell/N \\text{ at the top; } "
                + "\\eta < 2 \\text{ converges)}");
        g.add("\\eta = " + Tex.num(eta) + (pathEnd == null ? "" : ",\\quad (" + x + ", " + y + ") = "
                        + Tex.vector(new double[] {pathEnd[0], pathEnd[1]}) + ",\\ \\ell = " + Tex.num(pathEnd[2])));
        blocks.add(new Formula.Block(Formula.Kind.EQUATION, g));
        blocks.add(Formula.mistake(
                "\\text{Common mistake: dropping the factor } \\nabla_\\theta f_\\theta = y_{t-j} \\text{ leaves "
                        + "} \\textstyle\\sum_t (y_t - f_\\theta)\\text{, the sum of residuals:}",
                "\\text{the same for every } \\varphi_j \\text{ and not the gradient; each residual must be "
                        + "weighted by its regressor } y_{t-j}."));
        return new Formula(blocks);
    }

    /** ℓ over two coefficients, σ² (and c, or μ) concentrated out. */
    private static List<String> likelihood(SurfaceResult r) {
        String c = r.intercept() ? "\\hat c - " : "";
        if (!r.exact()) {
            return List.of("\\ell(\\varphi) = -\\frac{N}{2}\\Big(\\log\\big(2\\pi\\hat\\sigma^2(\\varphi)\\big) + "
                    + "1\\Big),\\quad \\hat\\sigma^2(\\varphi) = \\frac{1}{N}\\sum_{t=p+1}^{n}\\Big(y_t - " + c
                    + "\\sum_i \\varphi_i\\, y_{t-i}\\Big)^2\\quad\\text{(conditional)}");
        }
        return List.of("\\ell(\\varphi) = -\\frac{n}{2}\\Big(\\log\\big(2\\pi\\hat\\sigma^2(\\varphi)\\big) + "
                + "1\\Big) - \\frac{1}{2}\\log|V_p(\\varphi)|,\\quad \\hat\\sigma^2(\\varphi) = \\frac{S(\\varphi, "
                + "\\hat\\mu)}{n}\\quad\\text{(exact; } -\\infty \\text{ outside the stationarity region)}",
                "S = (y_{1:p} - \\hat\\mu\\mathbf{1})^\\top V_p^{-1}(y_{1:p} - \\hat\\mu\\mathbf{1}) + "
                        + "\\sum_{t=p+1}^{n}\\Big(y_t - \\hat\\mu - \\sum_i \\varphi_i (y_{t-i} - \\hat\\mu)\\Big)^2,"
                        + "\\quad \\hat\\mu = " + Tex.num(r.exactMean()));
    }

    /** ℓ over (φ₁, σ) of an AR(1): σ is an axis, only c (or μ) is concentrated out. */
    private static List<String> ar1Likelihood(SurfaceResult r) {
        if (!r.exact()) {
            return List.of("\\ell(\\varphi_1, \\sigma) = -\\frac{N}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}"
                    + "\\sum_{t=2}^{n}\\big(y_t - " + (r.intercept() ? "\\hat c - " : "") + "\\varphi_1 y_{t-1}\\big)^2"
                    + "\\quad\\text{(conditional on } y_1\\text{" + (r.intercept() ? "; } \\hat c \\text{ best at each "
                    + "} \\varphi_1\\text{" : "") + ")}");
        }
        return List.of("\\ell(\\varphi_1, \\sigma) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) + \\frac{1}{2}\\log(1 - "
                + "\\varphi_1^2) - \\frac{(1 - \\varphi_1^2)(y_1 - \\hat\\mu)^2 + \\sum_{t=2}^{n}\\big(y_t - \\hat\\mu - "
                + "\\varphi_1 (y_{t-1} - \\hat\\mu)\\big)^2}{2\\sigma^2}",
                "\\text{(exact: } y_1 \\sim \\mathcal{N}\\big(\\mu, \\sigma^2/(1 - \\varphi_1^2)\\big)\\text{; } "
                        + "-\\infty \\text{ for } |\\varphi_1| \\ge 1\\text{)},\\quad \\hat\\mu = " + Tex.num(r.exactMean()));
    }
}
