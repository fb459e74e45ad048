package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Issue 17: tick labels that never repeat, and readable notation for values that explode. */
class ReadableTicksTest {
    @Test
    void labelsHaveTheDigitsTheirUnitNeeds() {
        assertThat(ReadableTicks.label(-1273.4, 0.2)).isEqualTo("−1273.4");
        assertThat(ReadableTicks.label(-1273.45, 0.05)).isEqualTo("−1273.45");
        assertThat(ReadableTicks.label(0.5, 0.1)).isEqualTo("0.5");
        assertThat(ReadableTicks.label(1880, 20)).isEqualTo("1880");
        assertThat(ReadableTicks.label(12_000, 2000)).isEqualTo("12\u2009000");
        assertThat(ReadableTicks.label(-0.0, 0.5)).isEqualTo("0");
        assertThat(ReadableTicks.label(1e-17, 0.5)).isEqualTo("0");
    }

    @Test
    void explodingValuesReadAsPowersOfTenOneNotationPerAxis() {
        assertThat(ReadableTicks.label(7e42, 1e42)).isEqualTo("7×10⁴²");
        assertThat(ReadableTicks.label(0, 1e42)).isEqualTo("0");
        // the KL axis: 8×10¹¹ beside 2.4×10¹², never "800 000 000 000" beside "2.4e12"
        assertThat(ReadableTicks.label(8e11, 2e11)).isEqualTo("8×10¹¹");
        assertThat(ReadableTicks.label(2.4e12, 2e11)).isEqualTo("2.4×10¹²");
        assertThat(ReadableTicks.label(1e12, 2e11)).isEqualTo("1.0×10¹²");
        assertThat(ReadableTicks.label(-3e-5, 1e-5)).isEqualTo("−3×10⁻⁵");
        assertThat(ReadableTicks.label(1.2e-4, 2e-5)).isEqualTo("1.2×10⁻⁴");
    }

    @Test
    void unitsAreOneTwoOrFiveTimesAPowerOfTenAndWholeOnesAtLeastOne() {
        assertThat(ReadableTicks.decimal().getCeilingTickUnit(0.03).getSize()).isEqualTo(0.05);
        assertThat(ReadableTicks.decimal().getCeilingTickUnit(3e11).getSize()).isEqualTo(5e11);
        assertThat(ReadableTicks.decimal().getLargerTickUnit(ReadableTicks.decimal().getCeilingTickUnit(2))
                .getSize()).isEqualTo(5);
        assertThat(ReadableTicks.integer().getCeilingTickUnit(0.3).getSize()).isEqualTo(1);
    }

    /** Issue 17, item 8: the ℓ chart's y axis showed ~20 identical "−1273" labels. */
    @Test
    void theLikelihoodPerIterationChartNeverRepeatsALabel() {
        LineFigure f = new LineFigure("ℓ along the gradient-ascent path", "iteration", "ℓ", ChartStyle.of(false, 1f));
        double[] x = new double[30];
        double[] y = new double[30];
        for (int k = 0; k < x.length; k++) {
            x[k] = k;
            y[k] = -1273.9 + 0.7 * (1 - Math.exp(-k / 5.0));
        }
        f.show(x, y);
        List<String> labels = tickLabels(f, 300, 600);
        assertThat(labels).hasSizeGreaterThan(3).doesNotHaveDuplicates();
        assertThat(labels).allMatch(s -> s.startsWith("−1273."));
    }

    private static List<String> tickLabels(Figure f, int w, int h) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = f.chart().createBufferedImage(w, h, info);
        Graphics2D g2 = img.createGraphics();
        NumberAxis y = (NumberAxis) f.chart().getXYPlot().getRangeAxis();
        List<? extends Tick> ticks = y.refreshTicks(g2, new AxisState(), info.getPlotInfo().getDataArea(),
                RectangleEdge.LEFT);
        g2.dispose();
        return ticks.stream().map(Tick::getText).toList();
    }
}
