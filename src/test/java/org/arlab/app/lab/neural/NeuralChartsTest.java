package org.arlab.app.lab.neural;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.chart.ChartStyle;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

class NeuralChartsTest {
    /** At epoch 0 the NLL and gradient charts have one point each: the epoch axis read −5×10⁻⁹ … 5×10⁻⁹. */
    @Test
    void atEpochZeroTheEpochAxisSpansAtLeastOneEpoch() {
        NeuralCharts charts = new NeuralCharts(ChartStyle.of(false, 1f));
        charts.nll.set(0, new double[] {0}, new double[] {1.15});
        charts.gradient.set(0, new double[] {0}, new double[] {0.3});
        for (org.arlab.chart.XyFigure f : new org.arlab.chart.XyFigure[] {charts.nll, charts.gradient}) {
            Range r = f.chart().getXYPlot().getDomainAxis().getRange();
            assertThat(r.getLength()).isGreaterThanOrEqualTo(1);
            assertThat(r.contains(0)).isTrue();
        }
    }
}
