package org.arlab.core.mixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaRenderer;
import org.arlab.core.formula.Formula;
import org.arlab.core.formula.MixtureFormulas;
import org.arlab.core.neural.Predictive;

/** The Mixture lab's formula panel: today's numbers, the count 3C(D + 1), and every line typesets. */
class MixtureFormulasTest {
    @Test
    void theFormulasCarryTheNumbersAndTypeset() {
        Predictive p = Predictive.mixture(new double[] {0.25, 0.75}, new double[] {-1, 2}, new double[] {0.5, 1});
        Formula f = MixtureFormulas.of(p, 1.5, 2, 16, 134);
        String tex = f.latex();
        assertThat(tex).contains("3\\cdot 2\\cdot(16+1) = 102").contains("134 in the network")
                .contains("0.25\\,\\mathcal{N}(-1,\\ 0.5^2)");
        // −log p(1.5) by hand: 0.25 N(1.5; −1, 0.25) + 0.75 N(1.5; 2, 1)
        double d = 0.25 * Math.exp(-0.5 * 25) / (0.5 * Math.sqrt(2 * Math.PI))
                + 0.75 * Math.exp(-0.125) / Math.sqrt(2 * Math.PI);
        assertThat(-Math.log(d)).isCloseTo(-p.logDensity(1.5), offset(1e-12));
        assertThat(tex).contains("-\\log p(1.5) = " + org.arlab.core.formula.Tex.num(-Math.log(d)));
        FormulaRenderer r = new FormulaRenderer(64);
        for (Formula.Block b : f.blocks()) {
            for (String line : b.lines()) {
                assertThat(r.typeset(line, 15).getIconWidth()).as(line).isGreaterThan(20);
            }
            assertThat(r.block(b, ChartStyle.of(true, 1f)).getWidth()).isGreaterThan(20);
        }
    }
}
