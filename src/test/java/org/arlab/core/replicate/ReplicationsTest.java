package org.arlab.core.replicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.junit.jupiter.api.Test;

/**
 * The sampling distribution of φ̂ against its asymptotic law (MATH.md, "Beyond the homework"; issue 23's "Done
 * when"). Measured figures (seed 1, R = 2·10⁴): AR(1) φ = 0.5, n = 500, least squares sd 0.03905 against
 * √((1 − φ²)/n) = 0.03873, coverage 0.948; n = 50 bias −0.0504 (least squares), −0.0600 (Yule–Walker); φ = 1,
 * n = 100, no intercept, 5% quantile of n(φ̂ − 1) −7.84 (Fuller's table: −7.9).
 */
class ReplicationsTest {
    private static final List<ArFit.Method> ALL = List.of(ArFit.Method.values());

    private static Replications run(double[] phi, int n, boolean intercept, List<ArFit.Method> methods, int r,
            long seed, int threads) {
        Replications rep = new Replications(new ReplicationDesign(ArModel.of(phi, 1), n, intercept, methods, seed),
                r, 0);
        try (Workers w = new Workers(threads)) {
            rep.advance(r, w, () -> false);
        }
        return rep;
    }

    @Test
    void leastSquaresSdAndCoverageMatchTheAsymptoticLawAtN500() {
        Replications rep = run(new double[] {0.5}, 500, true, List.of(ArFit.Method.OLS), 20_000, 1, 2);
        MethodSummary s = rep.summary(0);
        double asymptotic = Math.sqrt((1 - 0.25) / 500);
        assertThat(rep.design().asymptoticSd()[0]).isCloseTo(asymptotic, offset(1e-15));
        assertThat(s.count()).isEqualTo(20_000);
        assertThat(s.sd()[0] / asymptotic).isBetween(0.97, 1.03);
        assertThat(s.coverage95()[0]).isBetween(0.94, 0.96);
        assertThat(s.rmse()[0] * s.rmse()[0]).isCloseTo(s.bias()[0] * s.bias()[0]
                + s.sd()[0] * s.sd()[0] * (s.count() - 1) / s.count(), offset(1e-12));
    }

    @Test
    void yuleWalkerIsBiasedTowardZeroMoreThanLeastSquaresAtN50() {
        Replications rep = run(new double[] {0.5}, 50, true, List.of(ArFit.Method.OLS, ArFit.Method.YULE_WALKER),
                20_000, 1, 2);
        double ls = rep.summary(0).bias()[0];
        double yw = rep.summary(1).bias()[0];
        assertThat(ls).isNegative();
        assertThat(yw).isLessThan(ls - 0.005); // measured: −0.0600 against −0.0504
        // Kendall's first-order bias of least squares with a mean: −(1 + 3φ)/n = −0.05
        assertThat(ls).isCloseTo(-0.05, offset(0.01));
    }

    @Test
    void atAUnitRootNTimesTheErrorFollowsDickeyFuller() {
        Replications rep = run(new double[] {1}, 100, false, List.of(ArFit.Method.OLS), 20_000, 1, 2);
        assertThat(rep.design().stationary()).isFalse();
        assertThat(rep.design().asymptoticSd()[0]).isNaN();
        double q05 = 100 * (rep.quantile(0, 1, 0.05) - 1);
        assertThat(q05).isCloseTo(-7.9, offset(0.5)); // Fuller (1996), table 10.A.1, n = 100
        // with a mean estimated the distribution shifts left: −13.7 at n = 100
        Replications mean = run(new double[] {1}, 100, true, List.of(ArFit.Method.OLS), 20_000, 2, 2);
        assertThat(100 * (mean.quantile(0, 1, 0.05) - 1)).isCloseTo(-13.7, offset(0.5));
    }

    @Test
    void theAsymptoticCovarianceOfAnAr2IsTheClosedForm() {
        // σ²Γ₂⁻¹ = [[1 − φ₂², −φ₁(1 + φ₂)], [−φ₁(1 + φ₂), 1 − φ₂²]] (Brockwell & Davis, example 8.2.1)
        double[][] c = new ReplicationDesign(ArModel.of(new double[] {0.5, -0.3}, 2), 200, true, ALL, 1)
                .asymptoticCovariance();
        assertThat(c[0][0] * 200).isCloseTo(1 - 0.09, offset(1e-12));
        assertThat(c[1][1] * 200).isCloseTo(1 - 0.09, offset(1e-12));
        assertThat(c[0][1] * 200).isCloseTo(-0.5 * 0.7, offset(1e-12));
    }

    @Test
    void everyMethodCoversAnAr2NearlyNominallyAtN1000() {
        Replications rep = run(new double[] {0.5, -0.3}, 1000, true, ALL, 2000, 3, 2);
        double[] asymptotic = rep.design().asymptoticSd();
        for (MethodSummary s : rep.summaries()) {
            assertThat(s.failures()).isZero();
            for (int i = 0; i < 2; i++) {
                assertThat(s.sd()[i] / asymptotic[i]).as("%s φ%d", s.method(), i + 1).isBetween(0.93, 1.07);
                assertThat(s.coverage95()[i]).isBetween(0.93, 0.97);
            }
        }
    }

    @Test
    void theNumbersDependOnTheSeedAloneNotOnThreadsOrBatches() {
        Replications one = run(new double[] {0.6, 0.2}, 80, true, ALL, 300, 9, 1);
        Replications many = new Replications(one.design(), 300, 0);
        try (Workers w = new Workers(3)) {
            for (int k : new int[] {7, 1, 50, 100, 200}) {
                many.advance(k, w, () -> false);
            }
        }
        assertThat(many.done()).isEqualTo(300);
        for (int m = 0; m < ALL.size(); m++) {
            for (int i = 1; i <= 2; i++) {
                assertThat(many.estimates(m, i)).containsExactly(one.estimates(m, i));
            }
            assertThat(many.summary(m).mean()).containsExactly(one.summary(m).mean());
            assertThat(many.summary(m).sd()).containsExactly(one.summary(m).sd());
            assertThat(many.summary(m).coverage95()).containsExactly(one.summary(m).coverage95());
        }
        Replications other = run(new double[] {0.6, 0.2}, 80, true, ALL, 300, 10, 2);
        assertThat(other.estimates(0, 1)).isNotEqualTo(one.estimates(0, 1));
    }

    @Test
    void refusesWhatItCannotRun() {
        assertThatThrownBy(() -> new ReplicationDesign(ArModel.of(new double[] {1.1}, 1), 100, true, ALL, 1))
                .hasMessageContaining("explosive");
        assertThatThrownBy(() -> new ReplicationDesign(ArModel.of(new double[] {0.1, 0.1, 0.1, 0.1}, 1), 100, true,
                ALL, 1)).hasMessageContaining("order");
        assertThatThrownBy(() -> new ReplicationDesign(ArModel.of(new double[] {0.5}, 1), 10, true, ALL, 1))
                .hasMessageContaining("n must be");
        assertThatThrownBy(() -> new ReplicationDesign(ArModel.of(new double[] {0.5}, 1), 100, true, List.of(), 1))
                .hasMessageContaining("method");
    }

    @Test
    void theExperimentFillsTheMainCellFirstThenTheGrid() {
        ReplicationDesign d = new ReplicationDesign(ArModel.of(new double[] {0.5}, 1), 300, true,
                List.of(ArFit.Method.OLS), 4);
        SamplingExperiment e = new SamplingExperiment(d, 200);
        assertThat(e.total()).isEqualTo(200L * 7); // n = 300 and the grid 20, 50, 100, 200, 500, 1000
        try (Workers w = new Workers(2)) {
            e.advance(150, w, () -> false);
            assertThat(e.main().done()).isEqualTo(150);
            assertThat(e.curve()).hasSize(1);
            e.advance(10_000, w, () -> false);
        }
        assertThat(e.count()).isEqualTo(e.total());
        assertThat(e.curve()).extracting(c -> c.design().n()).containsExactly(20, 50, 100, 200, 300, 500, 1000);
        assertThat(SamplingExperiment.effectiveReplications(d.withLength(100_000), 100_000)).isEqualTo(10_000);
    }
}
