package org.arlab.app.lab.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.formula.SamplingFormulas;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.arlab.core.replicate.ReplicationDesign;
import org.arlab.core.replicate.SamplingExperiment;
import org.arlab.core.replicate.Workers;
import org.junit.jupiter.api.Test;

class SamplingPresenterTest {
    private static ExperimentSnapshot run(double[] phi, int n, boolean intercept, int r) {
        ReplicationDesign d = new ReplicationDesign(ArModel.of(phi, 1), n, intercept, List.of(ArFit.Method.values()),
                1);
        SamplingExperiment e = new SamplingExperiment(d, r);
        try (Workers w = new Workers(2)) {
            e.advance(r, w, () -> false);
        }
        return ExperimentSnapshot.of(e);
    }

    @Test
    void theSummaryComparesWithTheAsymptoticSdAndTheTableHasEveryMethod() {
        ExperimentSnapshot s = run(new double[] {0.5}, 200, true, 400);
        String text = SamplingPresenter.summary(s, 1);
        assertThat(text).startsWith("R = 400 of 400 replications at n = 200; now the other lengths")
                .contains("Asymptotic sd of the fitted φ₁: " + org.arlab.chart.Format.number(Math.sqrt(0.75 / 200))
                        + " = √((1 − φ²)/n)");
        SamplingPresenter.Row row = SamplingPresenter.row(s.summaries()[0], 1);
        assertThat(row.method()).isEqualTo("LS");
        assertThat(row.bias()).startsWith("−");
        assertThat(Double.parseDouble(row.coverage())).isBetween(0.9, 1.0);
        assertThat(SamplingPresenter.unitRoot(s)).isEmpty();
        // wrapped labels: a combining hat (U+0302) makes JavaFX wrap the text wider than the label
        assertThat(text).doesNotContain("\u0302");
        assertThat(SamplingPresenter.unitRoot(run(new double[] {1}, 50, true, 40))).isNotEmpty()
                .doesNotContain("\u0302");
        for (org.arlab.app.lab.LabModule<?, ?> lab : org.arlab.app.lab.Labs.ALL) { // the navigator wraps them too
            assertThat(lab.summary()).doesNotContain("\u0302");
        }
        assertThat(SamplingFormulas.of(s).latex()).contains("\\frac{1 - 0.5^2}{200}");
        // every histogram is a density: its bars integrate to the share of the values inside the range
        ExperimentSnapshot.Histogram h = s.histograms()[0][0];
        double area = 0;
        for (int k = 0; k < h.counts().length; k++) {
            area += h.density(k) * (h.hi() - h.lo()) / h.counts().length;
        }
        assertThat(area).isBetween(0.99, 1.0 + 1e-12);
    }

    @Test
    void atAUnitRootItQuotesFullerAndTheMeasuredPoint() {
        ExperimentSnapshot s = run(new double[] {1}, 100, false, 2000);
        String text = SamplingPresenter.unitRoot(s);
        assertThat(text).contains("Fuller's table (n = 100, no intercept): −7.9").contains("measured:");
        assertThat(s.unitRootQuantile05()[0]).isBetween(-9.0, -7.0);
        assertThat(SamplingPresenter.summary(s, 1)).doesNotContain("Asymptotic");
        assertThat(SamplingFormulas.of(s).latex()).contains("Dickey-Fuller").contains("not stationary");
    }

    @Test
    void aCapOnRIsSaid() {
        ReplicationDesign d = new ReplicationDesign(ArModel.of(new double[] {0.5}, 1), 100_000, true,
                List.of(ArFit.Method.values()), 1);
        assertThat(SamplingPresenter.warning(d, 100_000, SamplingExperiment.effectiveReplications(d, 100_000)))
                .contains("R is limited to 2\u2009500");
        assertThat(SamplingPresenter.warning(d, 100, 100)).isEmpty();
    }
}
