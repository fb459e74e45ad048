package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The oracle of every neural fit (MATH.md, problem 2A): a window model with no hidden layer, σ learned as log σ², trained
 * by full-batch gradient ascent until its gradient vanishes, is the least-squares AR(p) of problem 1: ĉ, φ̂ and
 * σ̂² = SSR/N of {@link ConditionalMle} to 1e-9 (the issue asks 1e-6; measured 3e-12 at worst), and its NLL per observation is −ℓ_max/N.
 */
class LinearOracleTest {
    @ParameterizedTest
    @CsvSource({"lynx, 2, 0.05", "sunspot_year, 3, 0.05", "nile, 1, 0.2"})
    void trainedToConvergenceItIsLeastSquares(String name, int p, double rate) {
        double[] y = Fixtures.series(name);
        WindowModel net = WindowModel.linear(p, HeadSpec.gaussian());
        TrainingData data = TrainingData.of(y, p, 0);
        Trainer trainer = Trainer.of(net, data, TrainingPlan.fullBatch(Optimizer.gradientAscent(rate)), 1);
        double norm = Double.POSITIVE_INFINITY;
        int epochs = 0;
        while (norm > 1e-12 && epochs < 100_000) {
            trainer.run(500, () -> false);
            epochs += 500;
            double[] g = new double[net.parameterCount()];
            net.gradient(trainer.latest().model().parameters(), data.standardised(), p, y.length, 1.0 / (y.length - p),
                    g);
            norm = 0;
            for (double v : g) {
                norm = Math.max(norm, Math.abs(v));
            }
        }
        assertThat(norm).as("gradient after %d epochs", epochs).isLessThanOrEqualTo(1e-12);
        ArFit ls = ConditionalMle.fit(y, p, true);
        ArModel ar = trainer.latest().model().linearAr();
        for (int i = 1; i <= p; i++) {
            assertThat(ar.phi(i)).as("φ%d", i).isCloseTo(ls.phi()[i - 1], within(1e-9 * Math.abs(ls.phi()[i - 1])));
        }
        assertThat(ar.intercept()).isCloseTo(ls.intercept(), within(1e-9 * Math.abs(ls.intercept())));
        assertThat(ar.sigma() * ar.sigma()).as("σ²").isCloseTo(ls.sigma2(), within(1e-9 * ls.sigma2()));
        assertThat(trainer.latest().trainNll()).as("NLL per observation = −ℓ/N")
                .isCloseTo(-ls.logLikelihood() / ls.nobs(), within(1e-9));
        assertThat(data.linearBaseline(p).trainNll()).isCloseTo(-ls.logLikelihood() / ls.nobs(), within(1e-12));
    }
}
