package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainNumberFormatTest {
    @Test
    void ticksReadPlainly() {
        assertThat(PlainNumberFormat.tick(10_000)).isEqualTo("10\u2009000");
        assertThat(PlainNumberFormat.tick(1)).isEqualTo("1");
        assertThat(PlainNumberFormat.tick(0.01)).isEqualTo("0.01");
        assertThat(PlainNumberFormat.tick(1e-5)).isEqualTo("1e−5");
        assertThat(PlainNumberFormat.tick(2.5e-7)).isEqualTo("2.5e−7");
        assertThat(PlainNumberFormat.tick(-300)).isEqualTo("−300");
        assertThat(PlainNumberFormat.tick(0.5)).isEqualTo("0.5");
    }
}
