package org.arlab.app.lab.montecarlo;

import org.arlab.core.random.RandomStreams;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.chart.Format;
import org.arlab.core.montecarlo.GaussianPolynomial;
import org.arlab.core.montecarlo.PolynomialMonteCarlo;
import org.junit.jupiter.api.Test;

/** The Monte Carlo lab's sentences, from estimates the core computes, without a window. */
class McPresenterTest {
    /** MATH.md problem 4: f(x) = x² + x + 1, x ~ N(0, 2), so E f = 3 and Var f = 2s⁴ + s² = 10. */
    private static final GaussianPolynomial PROBLEM_4 = new GaussianPolynomial(new double[] {1, 1, 1}, 0, 2);

    /** The snapshot the controller would publish after M samples. */
    private static McSnapshot after(GaussianPolynomial f, long m, long max) {
        PolynomialMonteCarlo mc = new PolynomialMonteCarlo(f, RandomStreams.of(42));
        mc.advance(m, () -> false);
        return new McSnapshot(mc.polynomial(), mc.polynomial().mean(), mc.polynomial().variance(), mc.estimate(),
                mc.biasedVariance(), mc.unbiasedVariance(), mc.trace(), mc.histogram(), mc.histogramRange(), max);
    }

    @Test
    void polynomialsReadAsOnPaper() {
        assertThat(McPresenter.polynomial(new double[] {1, 1, 1})).isEqualTo("x² + x + 1");
        assertThat(McPresenter.polynomial(new double[] {0, 0, 0, 1})).isEqualTo("x³");
        assertThat(McPresenter.polynomial(new double[] {-1, 0, -2.5})).isEqualTo("−2.5x² − 1");
        assertThat(McPresenter.polynomial(new double[] {0, -1})).isEqualTo("−x");
        assertThat(McPresenter.polynomial(new double[] {3})).isEqualTo("3");
        assertThat(McPresenter.polynomial(new double[] {0, 0})).isEqualTo("0");
        assertThat(McPresenter.polynomial(new double[] {1e-5, 0, 0, 0, 2e5})).isEqualTo("2.000e+05x⁴ + 1.000e−05");
    }

    @Test
    void theFormulaLineNamesTheLawOfX() {
        assertThat(McPresenter.formula(PROBLEM_4)).isEqualTo("f(x) = x² + x + 1,  x ~ N(0, 2)");
        assertThat(McPresenter.formula(new GaussianPolynomial(new double[] {0, 0, 0, -0.5}, -1.25, 0)))
                .isEqualTo("f(x) = −0.5x³,  x ~ N(−1.25, 0)");
        assertThat(McPresenter.UNKNOWN_FORMULA).isEqualTo("f(x) = ?");
    }

    @Test
    void coefficientsAreWrittenAsTheyAreTyped() {
        assertThat(McPresenter.coefficients(new double[] {1, 1, 1})).isEqualTo("1, 1, 1");
        assertThat(McPresenter.coefficients(new double[] {-0.5, 2, 0})).isEqualTo("−0.5, 2, 0");
        assertThat(McPresenter.TYPE_NUMBERS).isEqualTo("Type numbers separated by commas, e.g. 1, 1, 1 for x² + x "
                + "+ 1.");
    }

    @Test
    void beforeAnySampleOnlyTheExactValuesAreKnown() {
        assertThat(McPresenter.results(after(PROBLEM_4, 0, 1000))).isEqualTo("M = 0 of 1\u2009000 samples\n"
                + "E f(x): exact 3, estimate — ± — (standard error)\nVar f(x): exact 10\n  biased (1/M) —\n"
                + "  unbiased (1/(M − 1)) —\n  ratio (M − 1)/M = –");
    }

    @Test
    void oneSampleHasABiasedVarianceOfZeroAndNoUnbiasedOne() {
        McSnapshot s = after(PROBLEM_4, 1, 1000);
        assertThat(McPresenter.results(s)).isEqualTo("M = 1 of 1\u2009000 samples\nE f(x): exact 3, estimate "
                + Format.number(s.estimate().mean()) + " ± — (standard error)\nVar f(x): exact 10\n  biased (1/M) 0\n"
                + "  unbiased (1/(M − 1)) —\n  ratio (M − 1)/M = –");
    }

    @Test
    void aRealRunReportsItsEstimatesAndTheRatioBetweenTheVariances() {
        McSnapshot s = after(PROBLEM_4, 4, 1_000_000);
        assertThat(s.unbiasedVariance() * 3 / 4).isCloseTo(s.biasedVariance(), org.assertj.core.data.Offset.offset(
                1e-12));
        assertThat(McPresenter.results(s)).isEqualTo("M = 4 of 1\u2009000\u2009000 samples\nE f(x): exact 3, "
                + "estimate " + Format.number(s.estimate().mean()) + " ± " + Format.number(s.estimate().stdError())
                + " (standard error)\nVar f(x): exact 10\n  biased (1/M) " + Format.number(s.biasedVariance())
                + "\n  unbiased (1/(M − 1)) " + Format.number(s.unbiasedVariance()) + "\n  ratio (M − 1)/M = 0.75");
    }

    @Test
    void withoutSpreadEverySampleIsExact() {
        // s² = 0: every x is μ = 1, f(1) = 3
        McSnapshot s = after(new GaussianPolynomial(new double[] {1, 1, 1}, 1, 0), 10, 10);
        assertThat(McPresenter.results(s)).isEqualTo("M = 10 of 10 samples\nE f(x): exact 3, estimate 3 ± 0 "
                + "(standard error)\nVar f(x): exact 0\n  biased (1/M) 0\n  unbiased (1/(M − 1)) 0\n"
                + "  ratio (M − 1)/M = 0.9");
    }

    @Test
    void aHeavyTailedPolynomialHasHugeMomentsInScientificNotation() {
        // f(x) = 3x⁴, x ~ N(0, 5): E f = 3·3s⁴ = 225, Var f = 9(E x⁸ − (E x⁴)²) = 9(105 − 9)s⁸ = 864·625 = 540 000
        McSnapshot s = after(new GaussianPolynomial(new double[] {0, 0, 0, 0, 3}, 0, 5), 0, 100_000);
        assertThat(McPresenter.results(s)).startsWith("M = 0 of 100\u2009000 samples\nE f(x): exact 225, ")
                .contains("\nVar f(x): exact 5.400e+05\n");
    }
}
