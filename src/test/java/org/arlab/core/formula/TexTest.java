package org.arlab.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TexTest {
    @Test
    void roundsToAboutThreeSignificantDigits() {
        assertThat(Tex.num(0.51234)).isEqualTo("0.512");
        assertThat(Tex.num(-0.29876)).isEqualTo("-0.299");
        assertThat(Tex.num(0.98)).isEqualTo("0.98");
        assertThat(Tex.num(1.0)).isEqualTo("1");
        assertThat(Tex.num(12.345)).isEqualTo("12.3");
        assertThat(Tex.num(99.96)).isEqualTo("100");
        assertThat(Tex.num(-712.345)).isEqualTo("-712.3");
        assertThat(Tex.num(1430.7)).isEqualTo("1431");
    }

    @Test
    void neverWritesNegativeZeroNorJavaExponents() {
        assertThat(Tex.num(-0.0)).isEqualTo("0");
        assertThat(Tex.num(0.0)).isEqualTo("0");
        assertThat(Tex.num(-1e-300)).isEqualTo("-10^{-300}");
        assertThat(Tex.num(1.234e-4)).isEqualTo("1.23 \\times 10^{-4}");
        assertThat(Tex.num(-2.5e7)).isEqualTo("-2.5 \\times 10^{7}");
        assertThat(Tex.num(1e-4)).isEqualTo("10^{-4}");
        assertThat(Tex.num(Double.NaN)).isEqualTo("\\text{n/a}");
        assertThat(Tex.num(Double.NEGATIVE_INFINITY)).isEqualTo("-\\infty");
    }

    @Test
    void writesTermsCountsAndText() {
        assertThat(Tex.term(0.5, "y")).isEqualTo(" + 0.5\\,y");
        assertThat(Tex.term(-0.3, "y")).isEqualTo(" - 0.3\\,y");
        assertThat(Tex.term(1, "x")).isEqualTo(" + x");
        assertThat(Tex.term(0.0001, "x")).startsWith(" + 10^{-4}");
        assertThat(Tex.term(0, "x")).isEmpty();
        assertThat(Tex.count(100_000)).isEqualTo("100\\,000");
        assertThat(Tex.text("Yule–Walker 50% a_b")).isEqualTo("Yule-Walker 50\\% a\\_b");
        assertThat(Tex.vector(new double[] {0.5, -0.3})).isEqualTo("(0.5,\\ -0.3)");
    }
}
