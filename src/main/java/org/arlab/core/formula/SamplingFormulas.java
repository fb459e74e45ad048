package org.arlab.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.replicate.DickeyFuller;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.arlab.core.replicate.MethodSummary;

/**
 * The Sampling lab's mathematics (MATH.md, "Beyond the homework"): the asymptotic law √n(φ̂ − φ) → N(0, σ²Γ_p⁻¹)
 * with today's numbers, its AR(1) case (1 − φ²)/n, the measured sd, bias and coverage of the first method, and at a
 * unit root the Dickey–Fuller point.
 */
public final class SamplingFormulas {
    private SamplingFormulas() {
    }

    /** @return the formulas for this snapshot */
    public static Formula of(ExperimentSnapshot s) {
        int n = s.design().n();
        int p = s.design().order();
        double[] phi = s.design().truth().phi();
        List<Formula.Block> blocks = new ArrayList<>();
        String law = "\\sqrt{n}\\,(\\hat\\varphi - \\varphi) \\xrightarrow{d} N\\big(0,\\ \\sigma^2\\,\\Gamma_p^{-1}\\big),"
                + "\\quad \\Gamma_p = \\big(\\gamma(i - j)\\big)_{i,j=1}^{p}";
        if (s.asymptoticCovariance() == null) {
            blocks.add(Formula.equation(law, "\\varphi = " + Tex.vector(phi) + ":\\ \\text{not stationary, "
                    + "so the law does not apply}"));
        } else {
            blocks.add(Formula.equation(law, "\\varphi = " + Tex.vector(phi) + ",\\ n = " + Tex.count(n)
                    + ":\\quad \\sqrt{\\sigma^2[\\Gamma_p^{-1}]_{ii}/n} = " + Tex.vector(s.asymptoticSd())));
        }
        if (p == 1 && s.asymptoticCovariance() != null) {
            double f = phi[0];
            blocks.add(Formula.equation("p = 1:\\quad \\operatorname{Var}\\hat\\varphi \\approx \\frac{1 - \\varphi^2}{n}",
                    "\\frac{1 - " + Tex.num(f) + "^2}{" + Tex.count(n) + "} = " + Tex.num((1 - f * f) / n)
                            + ",\\quad \\sqrt{\\cdot} = " + Tex.num(Math.sqrt(Math.max(0, 1 - f * f) / n))));
        }
        MethodSummary[] all = s.summaries();
        if (all.length > 0 && all[0].count() >= 2) {
            List<String> lines = new ArrayList<>();
            lines.add("R = " + Tex.count(all[0].count()) + ":\\quad \\text{bias} = \\overline{\\hat\\varphi} - \\varphi,"
                    + "\\quad \\text{coverage} = \\tfrac{1}{R}\\#\\{|\\hat\\varphi - \\varphi| \\le 1.96\\,"
                    + "\\widehat{\\mathrm{se}}\\}");
            for (MethodSummary m : all) {
                if (m.count() >= 2) {
                    lines.add("\\text{" + Tex.text(m.method().label()) + "}:\\ \\mathrm{sd} = " + Tex.vector(m.sd())
                            + ",\\ \\text{bias} = " + Tex.vector(m.bias()) + ",\\ \\text{coverage} = "
                            + Tex.vector(m.coverage95()));
                }
            }
            blocks.add(Formula.equation(lines.toArray(new String[0])));
        }
        if (p == 1 && phi[0] == 1) {
            double q = s.unitRootQuantile05()[0];
            blocks.add(Formula.equation("\\varphi = 1:\\quad n(\\hat\\varphi - 1) \\not\\to N \\text{ (Dickey-Fuller); 5\\% "
                    + "point} \\approx " + Tex.num(DickeyFuller.percent5(n, s.design().withIntercept()))
                    + "\\text{ (Fuller, table 10.A.1)}", "\\text{measured (" + Tex.text(all[0].method().label())
                    + "): } " + Tex.num(q)));
        }
        blocks.add(Formula.mistake("\\text{A single fit's } \\widehat{\\mathrm{se}} \\text{ is itself an estimate: "
                + "the spread over replications is what it estimates.}"));
        return new Formula(blocks);
    }
}
