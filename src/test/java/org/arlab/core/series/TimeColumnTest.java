package org.arlab.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 17: which of two columns is the time (t,value files). */
class TimeColumnTest {
    @Test
    void theRisingColumnIsTheTimeAndTheOtherTheValues() {
        double[] years = {1871, 1872, 1873, 1874};
        double[] flow = {1120, 1160, 963, 1210};
        assertThat(TimeColumn.of(List.of(years, flow))).isEqualTo(new TimeColumn.Choice(1, 0, 1871));
        assertThat(TimeColumn.of(List.of(flow, years))).isEqualTo(new TimeColumn.Choice(0, 1, 1871));
        // months: the time is recognised, the chart counts 1, 2, …
        double[] months = {1920, 1920 + 1 / 12.0, 1920 + 2 / 12.0, 1920 + 3 / 12.0};
        assertThat(TimeColumn.of(List.of(months, flow))).isEqualTo(new TimeColumn.Choice(1, 0, 1));
        // both rising, neither rising, a tie in the time, or not two columns: the user chooses
        assertThat(TimeColumn.of(List.of(years, years.clone()))).isNull();
        assertThat(TimeColumn.of(List.of(flow, flow.clone()))).isNull();
        assertThat(TimeColumn.of(List.of(new double[] {1, 2, 2, 3}, flow))).isNull();
        assertThat(TimeColumn.of(List.of(years, flow, flow))).isNull();
        assertThat(TimeColumn.of(List.of(years, new double[] {1, 2, 3}))).isNull();
    }
}
