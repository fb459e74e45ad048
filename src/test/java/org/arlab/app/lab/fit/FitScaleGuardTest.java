package org.arlab.app.lab.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.OrderChoice;
import org.arlab.core.series.FitScale;
import org.arlab.core.series.Series;
import org.arlab.core.series.SeriesFormatException;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 (review): one guard for data scaled beyond what the fits compute with. The Fit lab's computation refuses a
 * series at 1e±200 with the reader's own sentence (FitScale), for every method; it had a second guard with its
 * own message (ArFit.requireRepresentable, "σ̂² is about 1e400") that not every method reached.
 */
class FitScaleGuardTest {
    private static double[] ar2(double scale) {
        SplittableRandom rnd = new SplittableRandom(7);
        double[] y = new double[300];
        for (int t = 2; t < y.length; t++) {
            y[t] = 0.5 * y[t - 1] - 0.3 * y[t - 2] + rnd.nextGaussian();
        }
        for (int t = 0; t < y.length; t++) {
            y[t] *= scale;
        }
        return y;
    }

    @Test
    void theFitRefusesWithTheReadersSentence() throws Exception {
        ArModel truth = ArModel.of(new double[] {0.5, -0.3}, 1);
        for (double scale : new double[] {1e200, 1e-200}) {
            double[] y = ar2(scale);
            String reader;
            try {
                FitScale.check(Series.of("s.csv", y), "s.csv");
                throw new AssertionError("the reader let 1e" + Math.log10(scale) + " through");
            } catch (SeriesFormatException e) {
                reader = e.getMessage();
            }
            String why = FitScale.problem(y);
            assertThat(reader).contains(why);
            for (ArFit.Method m : ArFit.Method.values()) {
                assertThatThrownBy(() -> FitController.compute("s", y, truth, m, OrderChoice.FIXED, 2, 8, true, 10))
                        .as("%s at %s", m, scale).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("The series cannot be fitted: " + why);
            }
        }
        // an ordinary series fits
        assertThat(FitScale.problem(ar2(1))).isNull();
        assertThat(FitController.compute("s", ar2(1), truth, ArFit.Method.OLS, OrderChoice.FIXED, 2, 8, true, 10)
                .fit().phi()).hasSize(2);
    }
}
