package org.arlab.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;

/**
 * The Data lab's mathematics (MATH.md, notation and "Stationarity"): the AR(p) equation with the current c, φ and σ,
 * and the stationarity condition with the roots of 1 − φ₁z − … − φ_p z^p (for AR(2) also the triangle).
 */
public final class DataFormulas {
    private DataFormulas() {
    }

    /** @return the formulas for this model and the roots of its characteristic polynomial */
    public static Formula of(ArModel model, CharacteristicRoots roots) {
        List<Formula.Block> blocks = new ArrayList<>();
        blocks.add(Formula.equation(
                "y_t = c + \\sum_{i=1}^{p} \\varphi_i\\, y_{t-i} + \\varepsilon_t,\\quad "
                        + "\\varepsilon_t \\sim \\mathcal{N}(0, \\sigma^2)",
                "p = " + model.order() + ",\\ c = " + Tex.num(model.intercept()) + ",\\ \\varphi = "
                        + Tex.vector(model.phi()) + ",\\ \\sigma = " + Tex.num(model.sigma()),
                "y_t = " + equation(model) + " + \\varepsilon_t,\\quad \\varepsilon_t \\sim \\mathcal{N}(0,\\ "
                        + Tex.num(model.sigma() * model.sigma()) + ")"));
        blocks.add(stationarity(model, roots));
        return new Formula(blocks);
    }

    /** @return the right-hand side c + Σ φ_i y_{t−i} with numbers */
    static String equation(ArModel m) {
        StringBuilder sb = new StringBuilder();
        String c = Tex.num(m.intercept());
        boolean empty = "0".equals(c);
        if (!empty) {
            sb.append(c);
        }
        for (int i = 1; i <= m.order(); i++) {
            String t = Tex.term(m.phi(i), "y_{t-" + i + "}");
            if (empty && !t.isEmpty()) {
                t = t.startsWith(" - ") ? "-" + t.substring(3) : t.substring(3);
                empty = false;
            }
            sb.append(t);
        }
        return empty ? "0" : sb.toString();
    }

    private static Formula.Block stationarity(ArModel m, CharacteristicRoots roots) {
        StringBuilder poly = new StringBuilder("1");
        for (int i = 1; i <= m.order(); i++) {
            poly.append(Tex.term(-m.phi(i), i == 1 ? "z" : "z^{" + i + "}"));
        }
        StringBuilder moduli = new StringBuilder();
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < roots.size(); i++) {
            moduli.append(i == 0 ? "" : ",\\ ").append(Tex.num(roots.modulus(i)));
            smallest = Math.min(smallest, roots.modulus(i));
        }
        boolean stationary = m.isStationary();
        List<String> lines = new ArrayList<>();
        lines.add("\\text{stationary} \\iff \\text{every root of } 1 - \\sum_{i=1}^{p} \\varphi_i z^i "
                + "\\text{ has } |z| > 1");
        if (roots.size() == 0) {
            // every φ is 0: 1 − Σ φ_i z^i is the constant 1, which has no roots at all
            lines.add("\\varphi = 0:\\ \\text{white noise; } 1 - \\sum_{i} \\varphi_i z^i = 1 \\text{ has no roots}"
                    + " \\;\\Rightarrow\\; \\text{stationary}");
        } else {
            lines.add(poly + " = 0,\\quad |z| = " + moduli
                    + (stationary ? "\\ >\\ 1 \\;\\Rightarrow\\; \\text{stationary}"
                            : "\\;\\Rightarrow\\; \\text{not stationary}"));
        }
        if (m.order() == 2) {
            double p1 = m.phi(1);
            double p2 = m.phi(2);
            lines.add("\\varphi_2 > -1,\\ \\varphi_2 < 1 - \\varphi_1,\\ \\varphi_2 < 1 + \\varphi_1,\\quad "
                    + Tex.num(p2) + (p2 > -1 ? " > " : " \\le ") + "-1,\\ " + Tex.num(p2)
                    + (p2 < 1 - p1 ? " < " : " \\ge ") + Tex.num(1 - p1) + ",\\ " + Tex.num(p2)
                    + (p2 < 1 + p1 ? " < " : " \\ge ") + Tex.num(1 + p1));
        }
        return new Formula.Block(Formula.Kind.EQUATION, lines);
    }
}
