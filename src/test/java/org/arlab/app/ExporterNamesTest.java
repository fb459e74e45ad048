package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.arlab.chart.ChartExport;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.RootsFigure;
import org.arlab.chart.SeriesFigure;
import org.junit.jupiter.api.Test;

class ExporterNamesTest {
    @Test
    void slugKeepsLettersAndDigits() {
        assertThat(Exporter.slug("AR(2), φ = (0.5, −0.3), σ = 1")).isEqualTo("ar-2-0-5-0-3-1");
        assertThat(Exporter.slug("Roots of 1 − φ₁z − … − φₚzᵖ")).isEqualTo("roots-of-1-z-z");
        assertThat(Exporter.slug("φ")).isEqualTo("chart");
    }

    @Test
    void labExportNamesEachChartDistinctly() {
        SeriesFigure series = new SeriesFigure(ChartStyle.of(false, 1f));
        series.show("Series", new double[] {1, 2, 3}, 1, Double.NaN);
        RootsFigure roots = new RootsFigure(ChartStyle.of(false, 1f));
        List<Path> names = Exporter.fileNames(Path.of("/tmp/x"), "Monte Carlo",
                List.of(series.chart(), roots.chart()), ChartExport.Format.PDF);
        assertThat(names).containsExactly(Path.of("/tmp/x/monte-carlo-1-series.pdf"),
                Path.of("/tmp/x/monte-carlo-2-roots-of-1-z-z.pdf"));
    }

    @Test
    void theFormulasOfALabGoBesideItsCharts() {
        assertThat(Exporter.formulaFile(Path.of("/tmp/x"), "Monte Carlo", ChartExport.Format.SVG))
                .isEqualTo(Path.of("/tmp/x/monte-carlo-formulas.svg"));
    }

    /** Issue 17 (Export): a long title is cut between words, and the export dialog names the chart it exports. */
    @Test
    void longTitlesAreCutBetweenWordsAndTheDialogNamesTheChart() {
        String slug = Exporter.slug("Log-likelihood of AR(2) over (phi1, phi2), conditional, n = 500");
        assertThat(slug).isEqualTo("log-likelihood-of-ar-2-over-phi1-phi2");
        assertThat(Exporter.slug("a".repeat(50))).hasSize(40);
        for (String t : new String[] {"Residual autocorrelations with the white-noise band", "Normal QQ plot of the "
                + "standardised residuals", "Error against the horizon, innovation noise and estimation bias"}) {
            String s = Exporter.slug(t);
            assertThat(s.length()).isLessThanOrEqualTo(40);
            // every word kept is whole
            String full = Exporter.slug(t.replace(" ", "-") + "-x".repeat(0));
            assertThat((full + "-").startsWith(s + "-")).as(s).isTrue();
            for (String w : s.split("-")) {
                assertThat(full.split("-")).as(s).contains(w);
            }
        }
        RootsFigure roots = new RootsFigure(ChartStyle.of(false, 1f));
        assertThat(Exporter.exportTitle(roots.chart())).isEqualTo("Export the chart “"
                + roots.chart().getTitle().getText() + "”");
    }
}
