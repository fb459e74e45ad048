package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void fourSignificantDigitsWithTrueMinusSign() {
        assertThat(Format.number(0.5)).isEqualTo("0.5");
        assertThat(Format.number(-0.3)).isEqualTo("−0.3");
        assertThat(Format.number(1.82574185)).isEqualTo("1.826");
        assertThat(Format.number(1234567)).isEqualTo("1.235e+06");
        assertThat(Format.number(Double.NaN)).isEqualTo("—");
        assertThat(Format.count(1_000_000)).isEqualTo("1\u2009000\u2009000");
        assertThat(Format.countUnbroken(1_000_000)).isEqualTo("1\u00A0000\u00A0000");
        assertThat(Format.countUnbroken(999)).isEqualTo("999");
    }
}
