package org.arlab.core.formula;

import java.util.Arrays;

import org.arlab.core.ar.PsiWeights;
import org.arlab.core.horizon.HorizonExperiment;

/**
 * The Horizon lab's mathematics (MATH.md, problem 2E): the h-step error variance σ² Σ_{j&lt;h} ψ_j² with the ψ
 * recursion, at the current true model, and the fitted model's extra squared bias.
 */
public final class HorizonFormulas {
    private static final int SHOWN_WEIGHTS = 5;

    private HorizonFormulas() {
    }

    /** @return the formulas for this experiment */
    public static Formula of(HorizonExperiment e) {
        double[] phi = e.truth().phi();
        double s2 = e.truth().sigma() * e.truth().sigma();
        int h = e.fan().horizon();
        double[] psi = PsiWeights.of(phi, SHOWN_WEIGHTS);
        String psiList = Tex.vector(psi);
        psiList = psiList.substring(0, psiList.length() - 1) + ",\\ \\ldots)";
        Formula.Block variance = Formula.equation(
                "\\mathbb{E}\\big(y_{t+h} - m_h\\big)^2 = \\sigma^2 \\sum_{j<h} \\psi_j^2,\\quad \\psi_0 = 1,\\ "
                        + "\\psi_j = \\sum_{i=1}^{\\min(j,p)} \\varphi_i\\, \\psi_{j-i}",
                "\\varphi = " + Tex.vector(phi) + ",\\ \\sigma^2 = " + Tex.num(s2) + ",\\quad (\\psi_0, \\psi_1, "
                        + "\\ldots) = " + psiList,
                "h = 1:\\ \\sigma^2 = " + Tex.num(s2) + ",\\quad h = " + h + ":\\ \\sigma^2\\sum_{j<" + h
                        + "}\\psi_j^2 = " + Tex.num(e.theoryVariance()[h - 1]));
        double[] fitted = e.fitted().phi();
        Formula.Block bias = Formula.equation(
                "\\mathrm{MSE}_h(\\hat\\varphi) = \\sigma^2\\sum_{j<h}\\psi_j^2 + (\\hat m_h - m_h)^2",
                "n_{\\text{train}} = " + Tex.count(e.nTrain()) + ":\\ \\hat\\varphi = "
                        + Tex.vector(Arrays.copyOf(fitted, fitted.length)) + ",\\quad \\mathrm{MSE}_{" + h
                        + "} = " + Tex.num(e.mseFittedModel()[h - 1]) + ",\\ \\text{bias}^2 = "
                        + Tex.num(e.squaredBias()[h - 1]));
        return new Formula(java.util.List.of(variance, bias));
    }
}
