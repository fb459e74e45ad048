package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlClosedForm;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class KlCurveFigureTest {
    /** An explosive p (φ = 1.05) against q (φ = 0.5) over T = 200: KL_T spans many decades. */
    private static double[] explosive() {
        return KlClosedForm.cumulative(ArModel.of(new double[] {1.05}, 1), ArModel.of(new double[] {0.5}, 1), 200,
                null);
    }

    @Test
    void theLogScaleSpansTheDecadesOfAnExplosivePAndReadsInDecades() {
        double[] kl = explosive();
        double firstPositive = java.util.Arrays.stream(kl).filter(v -> v > 0).findFirst().orElseThrow();
        assertThat(kl[199] / firstPositive).isGreaterThan(1e6);
        KlCurveFigure f = new KlCurveFigure(ChartStyle.of(false, 1f));
        f.set(KlCurveFigure.Curve.FORWARD, kl);
        assertThat(f.chart().getXYPlot().getRangeAxis()).isInstanceOf(NumberAxis.class);
        f.setLog(true);
        assertThat(f.log()).isTrue();
        LogAxis axis = (LogAxis) f.chart().getXYPlot().getRangeAxis();
        assertThat(axis.getLowerBound()).isLessThanOrEqualTo(firstPositive).isPositive();
        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(kl[199]);
        BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        f.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 600, 400));
        var area = f.chart().getXYPlot().getRangeAxis().getRange();
        List<String> labels = new ArrayList<>();
        for (Object t : axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(),
                new java.awt.geom.Rectangle2D.Double(60, 30, 500, 320), RectangleEdge.LEFT)) {
            org.jfree.chart.axis.LogTick tick = (org.jfree.chart.axis.LogTick) t;
            String text = tick.getAttributedLabel() == null ? null : plain(tick.getAttributedLabel());
            if (text != null && !text.isEmpty()) {
                labels.add(text);
            }
        }
        assertThat(area.getLength()).isPositive();
        // whole decades, written as numbers a reader knows: 1, 100, 1×10⁶ … never 1E6, 1.000e+06 or a bare exponent
        assertThat(labels).isNotEmpty().allMatch(s -> s.matches("(0\\.0*1|10{0,2}(\u2009000)*|1×10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)"),
                "a decade label");
        assertThat(labels.size()).isBetween(3, 15);
        f.setLog(false);
        assertThat(f.chart().getXYPlot().getRangeAxis()).isNotInstanceOf(LogAxis.class);
    }

    private static String plain(java.text.AttributedString a) {
        StringBuilder sb = new StringBuilder();
        var it = a.getIterator();
        for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
            sb.append(c);
        }
        return sb.toString();
    }

    @Test
    void decadeLabelsAreReadable() {
        KlCurveFigure.DecadeFormat fmt = new KlCurveFigure.DecadeFormat();
        assertThat(fmt.format(1e40)).isEqualTo("1×10⁴⁰");
        assertThat(fmt.format(100)).isEqualTo("100");
        assertThat(fmt.format(0.01)).isEqualTo("0.01");
        assertThat(fmt.format(1e-6)).isEqualTo("1×10⁻⁶");
    }
}
