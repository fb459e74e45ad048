package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The hard cases of MATH.md, "Numerical care", for the engine: a series scaled by 1e200 or 1e-200 or shifted by 10⁴
 * standard deviations trains exactly as the plain one (the network sees the same standardised values) and reports its
 * NLL shifted by the log of the scale; a near unit root (φ = 0.995) still lands on least squares; a series barely
 * longer than the window trains.
 */
class HardDataTest {
    private static TrainingSnapshot mlp(double[] y) {
        WindowModel net = WindowModel.of(3, new int[] {5}, Activation.TANH, HeadSpec.mixture(2));
        return Trainer.of(net, TrainingData.of(y, 3, 0.2), TrainingPlan.fullBatch(Optimizer.adam(0.02)), 4)
                .run(60, () -> false);
    }

    @Test
    void scaleAndShiftChangeNothingButTheUnits() {
        double[] y = Fixtures.series("sunspot_year");
        TrainingSnapshot base = mlp(y);
        double sd = Standardisation.of(y, y.length).sd();
        double[][] cases = {{1e200, 0}, {1e-200, 0}, {1, 1e4 * sd}};
        for (double[] c : cases) {
            double[] x = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                x[i] = c[0] * y[i] + c[1];
            }
            TrainingSnapshot s = mlp(x);
            double[] a = s.model().parameters();
            double[] b = base.model().parameters();
            for (int i = 0; i < a.length; i++) {
                assertThat(a[i]).as("scale %s, shift %s, θ%d", c[0], c[1], i).isCloseTo(b[i], within(1e-9));
            }
            assertThat(s.validationNll()).isCloseTo(base.validationNll() + Math.log(c[0]), within(1e-9));
            assertThat(s.trainNll()).isCloseTo(base.trainNll() + Math.log(c[0]), within(1e-9));
            double mean = s.model().predictive(x, x.length).mean();
            assertThat((mean - c[1]) / c[0]).isCloseTo(base.model().predictive(y, y.length).mean(), within(1e-7));
        }
    }

    @Test
    void nearUnitRootLandsOnLeastSquares() {
        double[] y = ArSimulator.simulate(ArModel.of(0.3, new double[] {0.995}, 1), 500, null, RandomStreams.of(6))
                .values();
        WindowModel net = WindowModel.linear(1, HeadSpec.gaussian());
        // σ is small beside the wandering series (σ_z² ≈ 0.01): the curvature is ~1/σ_z², so η well below 0.01
        Trainer t = Trainer.of(net, TrainingData.of(y, 1, 0), TrainingPlan.fullBatch(Optimizer.gradientAscent(0.005)),
                1);
        t.run(60_000, () -> false);
        ArFit ls = ConditionalMle.fit(y, 1, true);
        ArModel ar = t.latest().model().linearAr();
        assertThat(ls.phi()[0]).isGreaterThan(0.97);
        assertThat(ar.phi(1)).isCloseTo(ls.phi()[0], within(1e-9));
        assertThat(ar.intercept()).isCloseTo(ls.intercept(), within(1e-9 * Math.abs(ls.intercept()) + 1e-9));
        assertThat(ar.sigma() * ar.sigma()).isCloseTo(ls.sigma2(), within(1e-9 * ls.sigma2()));
    }

    @Test
    void aSeriesBarelyLongerThanTheWindowTrains() {
        double[] y = {1.0, 2.5, 0.7, 1.9, 3.1};
        WindowModel net = WindowModel.of(3, new int[] {2}, Activation.TANH, HeadSpec.gaussian());
        TrainingSnapshot s = Trainer.of(net, TrainingData.of(y, 3, 0), TrainingPlan.fullBatch(Optimizer.adam(0.05)),
                1).run(20, () -> false);
        assertThat(s.trainNll()).isFinite();
        assertThat(s.validationNll()).isNaN();
    }
}
