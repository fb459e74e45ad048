package org.arlab.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.horizon.HorizonExperiment;
import org.arlab.core.kl.KlExact;
import org.arlab.core.likelihood.SurfaceResult;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.GaussianPolynomial;
import org.junit.jupiter.api.Test;

/** Each lab's formula builder writes the current numbers into the equations of MATH.md. */
class LabFormulasTest {
    @Test
    void dataShowsPhiSigmaInterceptAndRoots() {
        ArModel m = FormulaSamples.MODEL;
        CharacteristicRoots roots = CharacteristicRoots.of(m);
        String tex = DataFormulas.of(m, roots).latex();
        assertThat(tex).contains("\\varphi = (0.5,\\ -0.3)", "\\sigma = 1.2", "c = 0.25",
                "y_t = 0.25 + 0.5\\,y_{t-1} - 0.3\\,y_{t-2}", Tex.num(roots.modulus(0)), "\\text{stationary}",
                "\\varphi_2 < 1 - \\varphi_1");
        ArModel moved = ArModel.of(0.25, new double[] {0.75, -0.3}, 1.2);
        String tex2 = DataFormulas.of(moved, CharacteristicRoots.of(moved)).latex();
        assertThat(tex2).isNotEqualTo(tex).contains("0.75\\,y_{t-1}");
        ArModel explosive = ArModel.of(new double[] {1.2}, 1);
        assertThat(DataFormulas.of(explosive, CharacteristicRoots.of(explosive)).latex())
                .contains("\\text{not stationary}").contains("y_t = 1.2\\,y_{t-1}");
        // issue 15: white noise has no roots (it said "1 = 0, |z| = none > 1 ⇒ stationary")
        ArModel noise = ArModel.of(new double[] {0, 0}, 1);
        String white = DataFormulas.of(noise, CharacteristicRoots.of(noise)).latex();
        assertThat(white).contains("\\text{white noise; } 1 - \\sum_{i} \\varphi_i z^i = 1 \\text{ has no roots}"
                + " \\;\\Rightarrow\\; \\text{stationary}").doesNotContain("1 = 0").doesNotContain("none");
        // p = 3 with φ₃ = 0: two roots of modulus √(1/0.3) = 1.83, not a third at 4.8·10¹⁶
        ArModel trimmed = ArModel.of(new double[] {0.5, -0.3, 0}, 1);
        assertThat(DataFormulas.of(trimmed, CharacteristicRoots.of(trimmed)).latex())
                .contains("|z| = 1.83,\\ 1.83\\ >\\ 1").doesNotContain("10^{16}");
    }

    @Test
    void fitShowsTheNormalEquationsTheMistakeAndTheFittedNumbers() {
        ArFit fit = FormulaSamples.fit();
        Formula f = FitFormulas.of(fit);
        String tex = f.latex();
        assertThat(tex).contains("\\sum_t y_{t-j}\\Big(y_t - c - ", Tex.vector(fit.phi()), Tex.num(fit.intercept()),
                "= " + Tex.num(fit.sigma2()), Tex.num(fit.logLikelihood()), Tex.num(fit.aic()), Tex.num(fit.bic()),
                "N = n - p = " + Tex.count(fit.nobs() + 2) + " - 2 = " + Tex.count(fit.nobs()));
        assertThat(f.blocks()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Formula.Kind.MISTAKE);
            // says what the mistake is, not that "the worked solution" (which the user has not got) makes it
            assertThat(String.join(" ", b.lines())).contains("dropping the factor } y_{t-j}")
                    .doesNotContain("worked solution");
        });
        ArFit other = ConditionalMle.fit(FormulaSamples.series(200), 1, false);
        assertThat(FitFormulas.of(other).latex()).isNotEqualTo(tex).contains(Tex.vector(other.phi()))
                .contains("c = 0 \\text{ (zero mean)}");
    }

    /** Issue 17, item 5: every method showed the conditional likelihood, its normal equations and N = n − p. */
    @Test
    void fitShowsEachMethodsOwnMathematics() {
        double[] y = FormulaSamples.series(500);
        String exact = FitFormulas.of(ArFit.Method.MLE.fit(y, 2, true)).latex();
        assertThat(exact).contains("\\log|V_p|", "n = 500 \\text{ terms}", "maximised numerically")
                .doesNotContain("N = n - p", "X^\\top X", "\\sum_t y_{t-j}");
        String yw = FitFormulas.of(ArFit.Method.YULE_WALKER.fit(y, 2, true)).latex();
        assertThat(yw).contains("\\hat\\gamma(k) = \\frac{1}{n}", "\\hat\\Gamma_p\\,\\hat\\varphi = "
                + "\\hat\\gamma_p", "N = n - p = 498 \\text{ terms}").doesNotContain("X^\\top X");
        String burg = FitFormulas.of(ArFit.Method.BURG.fit(y, 2, true)).latex();
        assertThat(burg).contains("k_m = \\frac{2\\sum_t f_{m-1}(t)", "\\varphi_{m,m} = k_m")
                .doesNotContain("X^\\top X", "\\hat\\Gamma_p");
        String ls = FitFormulas.of(ArFit.Method.OLS.fit(y, 2, true)).latex();
        assertThat(ls).contains("N = n - p = 500 - 2 = 498", "X^\\top X").doesNotContain("V_p");
    }

    @Test
    void fitNamesEachMethodsVarianceAndLikelihood() {
        double[] y = FormulaSamples.series(300);
        assertThat(FitFormulas.of(ArFit.Method.MLE.fit(y, 2, true)).latex())
                .contains("\\frac{S}{n} \\text{ (exact MLE)}", "\\ell_{\\text{exact}}").doesNotContain("SSR");
        for (ArFit.Method m : new ArFit.Method[] {ArFit.Method.YULE_WALKER, ArFit.Method.BURG}) {
            ArFit fit = m.fit(y, 2, true);
            assertThat(FitFormulas.of(fit).latex()).as(m.label())
                    .contains("\\text{ (innovation variance)} = " + Tex.num(fit.sigma2()), "\\ell_{\\text{cond}}",
                            Tex.num(fit.logLikelihood()))
                    .doesNotContain("\\frac{\\mathrm{SSR}}{N}");
        }
    }

    @Test
    void likelihoodShowsTheFullGradientAndItsMistake() {
        SurfaceResult r = FormulaSamples.surface();
        Formula f = LikelihoodFormulas.of(r, 0.3, null);
        assertThat(f.latex()).contains("\\nabla_\\theta f_\\theta(y_{<t})", "\\frac{\\partial f_\\theta}{\\partial "
                + "\\varphi_j} = y_{t-j}", "\\eta = 0.3", Tex.num(r.maxLogLik()), Tex.vector(r.mle()));
        assertThat(f.blocks()).anySatisfy(b -> assertThat(b.kind()).isEqualTo(Formula.Kind.MISTAKE));
        assertThat(LikelihoodFormulas.of(r, 0.01, new double[] {0.25, -0.125, -500.25}).latex())
                .contains("\\eta = 0.01", "(0.25,\\ -0.125)", "\\ell = -500.2");
    }

    @Test
    void horizonShowsPsiWeightsAndTheVarianceAtH() {
        HorizonExperiment e = FormulaSamples.horizon();
        String tex = HorizonFormulas.of(e).latex();
        int h = e.fan().horizon();
        assertThat(tex).contains("(1,\\ 0.9,\\ 0.61,", "h = " + h, Tex.num(e.theoryVariance()[h - 1]),
                Tex.vector(e.fitted().phi()), Tex.num(e.mseFittedModel()[h - 1]));
    }

    @Test
    void klShowsBothEstimatorsWithStandardErrorsAndTheRate() {
        KlExact x = FormulaSamples.kl();
        Estimate a = new Estimate(38.2, 0.456, 14.4, 1000);
        Estimate b = new Estimate(38.06, 0.0789, 2.5, 1000);
        String tex = KlFormulas.of(x, a, b).latex();
        assertThat(tex).contains("38.2 \\pm 0.456", "38.1 \\pm 0.0789", "M = 1\\,000", "\\frac{\\mathrm{sd}}"
                + "{\\sqrt{M}}", Tex.num(x.rate()), Tex.num(x.forwardAtHorizon()), "T = 200",
                "d = \\varphi_p - \\varphi_q = (-0.1,\\ -0.5)", "\\log\\frac{r}{s}");
        assertThat(KlFormulas.of(x, null, null).latex()).contains("M = M").doesNotContain("\\pm 0.456");
    }

    @Test
    void monteCarloShowsTheEstimateTheBiasedVarianceAndTheExactValue() {
        GaussianPolynomial f = new GaussianPolynomial(new double[] {1, 1, 1}, 0, 2);
        String tex = MonteCarloFormulas.of(f, new Estimate(3.012, 0.0123, 3.9, 100_000), 15.94, 16.0).latex();
        assertThat(tex).contains("f(x) = x^{2} + x + 1", "\\mathcal{N}(0,\\ 2)", "3.01 \\pm 0.0123",
                "\\text{exact } \\mathbb{E} f(x) = 3", "\\frac{M-1}{M}", "\\hat v_M = 15.9"
                , "\\mathrm{Var} f = " + Tex.num(f.variance()), "M = 100\\,000");
        GaussianPolynomial g = new GaussianPolynomial(new double[] {0, -2, 0, 0.5}, 1, 0.5);
        assertThat(MonteCarloFormulas.of(g, null, Double.NaN, Double.NaN).latex())
                .contains("f(x) = 0.5\\,x^{3} - 2\\,x", "\\mathcal{N}(1,\\ 0.5)");
    }
}
