package org.arlab.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: in presentation mode at 1280 × 720 the Fit lab's three small charts share about 1 100 pixels; their
 * titles ("Information criteria by order", "Normal QQ plot of residuals") took two lines at the presentation font
 * and the criteria's sample note two more, on top of the plot. Each title now fits on one line in a third of that.
 */
class SmallChartTitlesTest {
    @Test
    void theFitLabsSmallChartsHaveTitlesThatFitAThirdOfAProjector() {
        ChartStyle presentation = ChartStyle.of(false, 1.5f);
        CriterionFigure criterion = new CriterionFigure(presentation);
        criterion.show(new int[] {0, 1, 2}, new double[] {3, 2, 1}, new double[] {3, 2, 2}, 2, "AIC",
                "least squares, all on t = 11..500 (N = 490)");
        List<JFreeChart> charts = List.of(criterion.chart(),
                new CorrelogramFigure("Residual ACF", "r(k)", "residual ACF", presentation).chart(),
                new QqFigure(presentation).chart());
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (JFreeChart c : charts) {
            Font f = c.getTitle().getFont();
            assertThat(f.getSize()).isGreaterThanOrEqualTo(22); // the presentation font
            double width = f.getStringBounds(c.getTitle().getText(), frc).getWidth();
            assertThat(width).as(c.getTitle().getText()).isLessThan(300);
        }
        // the sample note is smaller than the title, in at most two lines
        var note = (org.jfree.chart.title.TextTitle) criterion.chart().getSubtitle(0);
        assertThat(note.getFont().getSize()).isLessThan(criterion.chart().getTitle().getFont().getSize());
        assertThat(note.getMaximumLinesToDisplay()).isEqualTo(2);
    }
}
