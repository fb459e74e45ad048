package org.arlab.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.neural.Predictive;

/**
 * The Mixture lab's mathematics (MATH.md, problem 3): the mixture density with the probe's numbers, the softmax and
 * exp that make π and σ, the head's count 3C(D + 1), the NLL by log-sum-exp and its gradients (PRML 5.155–5.157)
 * with the responsibilities γ_c at the observed value.
 */
public final class MixtureFormulas {
    private MixtureFormulas() {
    }

    /**
     * @param p the conditional at the probe
     * @param observed the value the gradients are taken at (the observed next value, or the mixture's mean)
     * @param components C
     * @param hidden D
     * @param total the network's parameters
     * @return the formulas
     */
    public static Formula of(Predictive p, double observed, int components, int hidden, int total) {
        int c = components;
        int head = 3 * c * (hidden + 1);
        double[] pi = p.weights();
        double[] mu = p.means();
        double[] sd = p.sds();
        StringBuilder terms = new StringBuilder();
        for (int j = 0; j < pi.length && j < 4; j++) {
            terms.append(j == 0 ? "" : " + ").append(Tex.num(pi[j])).append("\\,\\mathcal{N}(")
                    .append(Tex.num(mu[j])).append(",\\ ").append(Tex.num(sd[j])).append("^2)");
        }
        if (pi.length > 4) {
            terms.append(" + \\cdots");
        }
        Formula.Block density = Formula.equation(
                "p(x_i \\mid x_{<i}) = \\sum_{c=1}^{C} \\pi_i^c\\, \\mathcal{N}\\big(\\mu_i^c, (\\sigma_i^c)^2\\big)",
                "p(\\cdot) = " + terms);
        Formula.Block heads = Formula.equation(
                "\\pi_i = \\mathrm{softmax}(W h_i + b),\\quad \\mu_i^c = v_c^\\top h_i + b'_c,\\quad "
                        + "\\sigma_i^c = \\exp(u_c^\\top h_i + d_c)",
                "3C(D+1) = 3\\cdot " + c + "\\cdot(" + hidden + "+1) = " + head + "\\ \\text{head parameters, "
                        + total + " in the network}");
        double[] lp = new double[pi.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < pi.length; j++) {
            double r = (observed - mu[j]) / sd[j];
            lp[j] = Math.log(pi[j]) - 0.5 * Math.log(2 * Math.PI) - Math.log(sd[j]) - 0.5 * r * r;
            max = Math.max(max, lp[j]);
        }
        double sum = 0;
        for (double v : lp) {
            sum += Math.exp(v - max);
        }
        double nll = -(max + Math.log(sum));
        List<String> grads = new ArrayList<>();
        grads.add("\\gamma_c = \\frac{\\pi_c \\mathcal{N}_c}{\\sum_j \\pi_j \\mathcal{N}_j}:\\quad "
                + "\\frac{\\partial \\ell}{\\partial a_c} = \\gamma_c - \\pi_c,\\quad "
                + "\\frac{\\partial (-\\ell)}{\\partial \\mu_c} = \\gamma_c\\frac{\\mu_c - x}{\\sigma_c^2},\\quad "
                + "\\frac{\\partial (-\\ell)}{\\partial \\log\\sigma_c} = \\gamma_c\\Big(1 - "
                + "\\frac{(x - \\mu_c)^2}{\\sigma_c^2}\\Big)");
        StringBuilder g = new StringBuilder("x = " + Tex.num(observed) + ":\\ ");
        for (int j = 0; j < pi.length && j < 3; j++) {
            double gamma = Math.exp(lp[j] - max) / sum;
            double r = observed - mu[j];
            double inv = 1 / (sd[j] * sd[j]);
            g.append(j == 0 ? "" : ";\\ ").append("\\gamma_").append(j + 1).append(" = ").append(Tex.num(gamma))
                    .append(",\\ ").append(Tex.num(gamma - pi[j])).append(",\\ ").append(Tex.num(-gamma * r * inv))
                    .append(",\\ ").append(Tex.num(gamma * (1 - r * r * inv)));
        }
        grads.add(g.toString());
        Formula.Block nllBlock = Formula.equation(
                "-\\log p(x) = -\\Big(m + \\log\\sum_c e^{\\,l_c - m}\\Big),\\quad l_c = \\log\\pi_c + "
                        + "\\log\\mathcal{N}(x;\\mu_c,\\sigma_c^2),\\quad m = \\max_c l_c",
                "-\\log p(" + Tex.num(observed) + ") = " + Tex.num(nll));
        Formula.Block gradient = new Formula.Block(Formula.Kind.EQUATION, grads);
        return new Formula(List.of(density, heads, nllBlock, gradient));
    }
}
