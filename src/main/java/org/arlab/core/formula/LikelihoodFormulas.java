package org.arlab.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.likelihood.SurfaceResult;

/**
 * The Likelihood lab's mathematics (MATH.md, problems 1 and 2A): the profile log-likelihood ℓ(φ) with σ² (and c)
 * concentrated out, and the gradient-ascent step with the full gradient
 * {@code ∇_θ ℓ = (1/σ²) Σ (y_t − f_θ) ∇_θ f_θ}, {@code ∂f/∂φ_j = y_{t−j}} — beside the worked solution's slip.
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
        int n = r.gram().nobs();
        boolean ar1 = r.i() < 0;
        String x = ar1 ? "\\varphi_1" : "\\varphi_{" + (r.i() + 1) + "}";
        String y = ar1 ? "\\sigma" : "\\varphi_{" + (r.j() + 1) + "}";
        List<String> l = new ArrayList<>();
        l.add("\\ell(\\varphi) = -\\frac{N}{2}\\Big(\\log\\big(2\\pi\\hat\\sigma^2(\\varphi)\\big) + 1\\Big),\\quad "
                + "\\hat\\sigma^2(\\varphi) = \\frac{1}{N}\\sum_t\\Big(y_t - " + (r.intercept() ? "\\hat c - " : "")
                + "\\sum_i \\varphi_i\\, y_{t-i}\\Big)^2");
        if (r.exact()) {
            l.add("\\text{exact: } \\ell + \\log \\mathcal{N}\\big(y_{1..p};\\ \\mu\\mathbf{1},\\ \\Gamma_p\\big)");
        }
        l.add("N = " + Tex.count(n) + ",\\quad \\hat\\ell = " + Tex.num(r.maxLogLik()) + "\\ \\text{at}\\ (" + x + ", "
                + y + ") = " + Tex.vector(r.mle()));
        blocks.add(new Formula.Block(Formula.Kind.EQUATION, l));
        List<String> g = new ArrayList<>();
        g.add("\\nabla_\\theta \\ell = \\frac{1}{\\sigma^2}\\sum_t \\big(y_t - f_\\theta(y_{<t})\\big)\\,"
                + "\\nabla_\\theta f_\\theta(y_{<t}),\\quad \\frac{\\partial f_\\theta}{\\partial \\varphi_j} = y_{t-j}");
        g.add("\\theta \\leftarrow \\theta + \\eta\\,\\frac{\\nabla_\\theta \\ell}{N},\\quad \\eta = " + Tex.num(eta)
                + (pathEnd == null ? "" : ",\\quad (" + x + ", " + y + ") = "
                        + Tex.vector(new double[] {pathEnd[0], pathEnd[1]}) + ",\\ \\ell = " + Tex.num(pathEnd[2])));
        blocks.add(new Formula.Block(Formula.Kind.EQUATION, g));
        blocks.add(Formula.mistake(
                "\\text{Common mistake: the worked solution drops the factor } \\nabla_\\theta f_\\theta;",
                "\\text{without it, the sum of residuals } \\textstyle\\sum_t (y_t - f_\\theta) "
                        + "\\text{ is not the gradient.}"));
        return new Formula(blocks);
    }
}
