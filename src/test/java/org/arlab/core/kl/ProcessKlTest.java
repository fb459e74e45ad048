package org.arlab.core.kl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.neural.Activation;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.Optimizer;
import org.arlab.core.neural.Predictive;
import org.arlab.core.neural.Standardisation;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.neural.Trainer;
import org.arlab.core.neural.TrainingData;
import org.arlab.core.neural.TrainingPlan;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.process.LinearProcess;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.random.RandomStreams;

class ProcessKlTest {
    /** A window network with no hidden layer whose data-unit AR is (c = 0, φ, σ), on a scaling (m, s). */
    static TrainedModel linearNet(double[] phi, double sigma, double m, double s) {
        WindowModel w = WindowModel.linear(phi.length, HeadSpec.gaussian());
        double[] theta = new double[w.parameterCount()];
        double sum = 0;
        for (int i = 0; i < phi.length; i++) {
            theta[i] = phi[i];
            sum += phi[i];
        }
        theta[phi.length] = -m * (1 - sum) / s;
        theta[phi.length + 1] = 2 * Math.log(sigma / s);
        return TrainedModel.of(w, theta, new Standardisation(m, s));
    }

    @Test
    void aLinearNetworkReproducesTheLinearCodePathAndTheClosedForm() {
        double[] start = {0.7, -1.3};
        TrainedModel a = linearNet(new double[] {0.5, -0.3}, 1.0, 0.4, 1.7);
        TrainedModel b = linearNet(new double[] {0.6, 0.2}, 1.4, -0.2, 0.8);
        assertThat(a.linearAr().intercept()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-14));
        int t = 50;
        ProcessKl net = new ProcessKl(NetworkProcess.of("a", a, start), NetworkProcess.of("b", b, start), t, 9, 1);
        net.advance(20_000, () -> false);
        double[] initial = {start[1], start[0]}; // most recent first
        KlMonteCarlo lin = new KlMonteCarlo(a.linearAr(), b.linearAr(), t, initial, RandomStreams.perSequence(9));
        lin.advance(20_000, () -> false);
        assertThat(net.method()).isEqualTo(ProcessKl.Method.GAUSSIAN);
        assertThat(net.conditional().mean()).isCloseTo(lin.conditional().mean(),
                org.assertj.core.data.Percentage.withPercentage(1e-10));
        assertThat(net.logRatio().mean()).isCloseTo(lin.logRatio().mean(),
                org.assertj.core.data.Offset.offset(1e-9 * lin.logRatio().sd()));
        double exact = KlClosedForm.cumulative(a.linearAr(), b.linearAr(), t, initial)[t - 1];
        assertThat(Math.abs(net.conditional().mean() - exact)).isLessThan(4 * net.conditional().stdError());
        assertThat(Math.abs(net.logRatio().mean() - exact)).isLessThan(4 * net.logRatio().stdError());
    }

    static TrainedModel train(WindowModel w, double[] series, int epochs, long seed) {
        Trainer tr = Trainer.of(w, TrainingData.of(series, w.first(), 0.2),
                new TrainingPlan(Optimizer.adam(0.01), 32, 0), seed);
        tr.run(epochs, () -> false);
        return tr.latest().model();
    }

    static double[] series(ArModel m, int n, long seed) {
        return ArSimulator.simulate(m, n, null, RandomStreams.of(seed)).values();
    }

    @Test
    void forTwoTrainedMlpsBothEstimatorsAgreeAndTheConditionalOneIsMorePrecise() {
        double[] x = series(ArModel.of(new double[] {0.5, -0.3}, 1), 400, 3);
        TrainedModel a = train(WindowModel.of(2, new int[] {6}, Activation.TANH, HeadSpec.gaussian()), x, 30, 1);
        TrainedModel b = train(WindowModel.of(2, new int[] {6}, Activation.TANH, HeadSpec.gaussian()), x, 3, 2);
        double[] start = {x[0], x[1]};
        for (long seed = 1; seed <= 5; seed++) {
            ProcessKl kl = new ProcessKl(NetworkProcess.of("a", a, start), NetworkProcess.of("b", b, start), 30,
                    seed, 2);
            kl.advance(3000, () -> false);
            Estimate lr = kl.logRatio();
            Estimate co = kl.conditional();
            double se = Math.hypot(lr.stdError(), co.stdError());
            assertThat(Math.abs(lr.mean() - co.mean())).as("seed %d", seed).isLessThan(4 * se);
            assertThat(co.stdError()).isLessThan(lr.stdError());
            assertThat(co.mean()).isGreaterThan(0);
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbersOnOneAndTwoThreads() {
        double[] x = series(ArModel.of(new double[] {0.5, -0.3}, 1), 300, 4);
        TrainedModel a = train(WindowModel.of(2, new int[] {4}, Activation.TANH, HeadSpec.gaussian()), x, 5, 1);
        TrainedModel mix = train(WindowModel.of(2, new int[] {4}, Activation.TANH, HeadSpec.mixture(2)), x, 5, 2);
        double[] start = {x[0], x[1]};
        for (TrainedModel q : new TrainedModel[] {a, mix}) {
            double[][] got = new double[2][];
            for (int threads = 1; threads <= 2; threads++) {
                ProcessKl kl = new ProcessKl(NetworkProcess.of("p", mix, start), NetworkProcess.of("q", q, start), 20,
                        77, threads);
                kl.advance(1000, () -> false);
                kl.advance(2345, () -> false); // other batch sizes, too
                got[threads - 1] = new double[] {kl.logRatio().mean(), kl.logRatio().sd(), kl.conditional().mean(),
                        kl.conditional().sd()};
            }
            assertThat(got[1]).containsExactly(got[0]);
        }
        ProcessKl one = new ProcessKl(NetworkProcess.of("p", a, start), LinearProcess.of("q",
                ArModel.of(new double[] {0.4}, 1.1)), 20, 5, 1);
        one.advance(3345, () -> false);
        ProcessKl two = new ProcessKl(NetworkProcess.of("p", a, start), LinearProcess.of("q",
                ArModel.of(new double[] {0.4}, 1.1)), 20, 5, 2);
        two.advance(3000, () -> false);
        two.advance(345, () -> false);
        assertThat(two.conditional().mean()).isEqualTo(one.conditional().mean());
        assertThat(two.logRatio().mean()).isEqualTo(one.logRatio().mean());
    }

    /**
     * Two MDNs over T = 2 steps from one fixed value: KL_2 = KL(p_1‖q_1) + E_{x_1 ~ p_1} KL(p_2(·|x_1)‖q_2(·|x_1)),
     * each a one-dimensional integral done by the trapezoid rule on a fine grid: an exact reference (finer than a
     * 10⁶-sequence run) for the log-ratio and nested estimators.
     */
    @Test
    void forTwoMdnsTheLogRatioAndNestedEstimatesMatchAQuadratureReference() {
        double[] x = series(ArModel.of(new double[] {0.8}, 1), 300, 6);
        TrainedModel a = train(WindowModel.of(1, new int[] {3}, Activation.TANH, HeadSpec.mixture(2)), x, 20, 1);
        TrainedModel b = train(WindowModel.of(1, new int[] {3}, Activation.TANH, HeadSpec.mixture(3)), x, 3, 2);
        double x0 = 0.9;
        double exact = quadratureKl2(a, b, x0);
        ProcessKl kl = new ProcessKl(NetworkProcess.of("a", a, new double[] {x0}),
                NetworkProcess.of("b", b, new double[] {x0}), 2, 11, 2);
        kl.advance(200_000, () -> false);
        assertThat(kl.method()).isEqualTo(ProcessKl.Method.NESTED);
        assertThat(exact).isGreaterThan(0.01);
        assertThat(Math.abs(kl.logRatio().mean() - exact)).isLessThan(4 * kl.logRatio().stdError());
        assertThat(Math.abs(kl.conditional().mean() - exact)).isLessThan(4 * kl.conditional().stdError());
    }

    private static double quadratureKl2(TrainedModel a, TrainedModel b, double x0) {
        Predictive p1 = a.predictive(new double[] {x0}, 1);
        Predictive q1 = b.predictive(new double[] {x0}, 1);
        double lo = -12;
        double hi = 12;
        int n = 1500;
        double h = (hi - lo) / n;
        double total = klQuad(p1, q1, lo, hi, 20_000);
        for (int i = 0; i <= n; i++) {
            double x1 = lo + i * h;
            double w = (i == 0 || i == n) ? 0.5 : 1;
            double dens = Math.exp(p1.logDensity(x1));
            if (dens < 1e-300) {
                continue;
            }
            Predictive p2 = a.predictive(new double[] {x0, x1}, 2);
            Predictive q2 = b.predictive(new double[] {x0, x1}, 2);
            total += w * h * dens * klQuad(p2, q2, lo - 20, hi + 20, 3000);
        }
        return total;
    }

    private static double klQuad(Predictive p, Predictive q, double lo, double hi, int n) {
        double h = (hi - lo) / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double y = lo + i * h;
            double lp = p.logDensity(y);
            double d = Math.exp(lp);
            if (d > 0) {
                s += ((i == 0 || i == n) ? 0.5 : 1) * d * (lp - q.logDensity(y));
            }
        }
        return s * h;
    }

    @Test
    void klFromTheTruthToATrainedModelIsPositiveAndFallsAsTrainingProceeds() {
        ArModel truth = ArModel.of(new double[] {0.5, -0.3}, 1);
        double[] x = series(truth, 2000, 8);
        WindowModel w = WindowModel.of(2, new int[] {8}, Activation.TANH, HeadSpec.gaussian());
        Trainer tr = Trainer.of(w, TrainingData.of(x, 2, 0.2), new TrainingPlan(Optimizer.adam(0.01), 64, 0), 3);
        double[] start = {x[0], x[1]};
        double previous = Double.POSITIVE_INFINITY;
        double previousSe = 0;
        for (int epochs : new int[] {1, 5, 60}) {
            tr.run(epochs - tr.epoch(), () -> false);
            ProcessKl kl = new ProcessKl(LinearProcess.of("truth", truth), NetworkProcess.of("net",
                    tr.latest().model(), start), 100, 21, 2);
            kl.advance(2000, () -> false);
            double perStep = kl.conditional().mean() / 100;
            double se = kl.conditional().stdError() / 100;
            assertThat(perStep).as("epoch %d", epochs).isGreaterThan(-4 * se);
            assertThat(perStep).as("epoch %d", epochs).isLessThan(previous - 4 * Math.hypot(se, previousSe));
            previous = perStep;
            previousSe = se;
        }
        assertThat(previous).isLessThan(0.01);
    }

    /**
     * A linear pair through ProcessKl as LinearProcess: p explosive (not stationary, so it starts from zeros,
     * as the closed form does), q stationary; the Monte Carlo curve KL_t agrees with the chain-rule recursion within
     * 4 standard errors at several t, and its band shrinks like 1/√M.
     */
    @Test
    void theMonteCarloCurveOfALinearPairAgreesWithTheClosedFormAtEveryT() {
        ArModel p = ArModel.of(new double[] {1.1, -0.05}, 1.0);
        ArModel q = ArModel.of(new double[] {0.5, 0.3}, 1.3);
        assertThat(p.isStationary()).isFalse();
        int t = 60;
        ProcessKl kl = new ProcessKl(LinearProcess.of("p", p), LinearProcess.of("q", q), t, 17, 2);
        assertThat(kl.start()).isEqualTo(2);
        kl.advance(20_000, () -> false);
        CumulativeKl c = kl.cumulative();
        double[] exact = KlClosedForm.cumulative(p, q, t, new double[] {0, 0});
        assertThat(c.horizon()).isEqualTo(t);
        assertThat(c.count()).isEqualTo(20_000);
        for (int k : new int[] {1, 2, 5, 13, 30, 59, 60}) {
            assertThat(Math.abs(c.means()[k - 1] - exact[k - 1])).as("t = %d", k)
                    .isLessThanOrEqualTo(4 * c.stdErrors()[k - 1] + 1e-12 * exact[k - 1]);
            assertThat(c.stdErrors()[k - 1]).as("t = %d", k).isLessThan(0.05 * exact[k - 1]);
        }
        // step 1 follows the fixed zeros: the same KL on every sequence, exact; later ones vary with the path
        assertThat(c.stdErrors()[0]).isZero();
        assertThat(c.means()[0]).isCloseTo(exact[0], org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.stdErrors()[1]).isPositive();
        for (int k = 1; k < t; k++) {
            assertThat(c.means()[k]).isGreaterThan(c.means()[k - 1]); // every Gaussian step adds a KL ≥ 0
        }
    }

    /**
     * The first t steps of a sequence do not depend on T (one stream per sequence, drawn in step order): so the
     * curve's point at t is the whole-horizon estimate of a run with horizon t, to rounding (other sums), for two
     * MDNs (nested steps) and a Gaussian pair; and the last point is the whole-horizon estimate exactly.
     */
    @Test
    void eachPointOfTheCurveIsTheEstimateOfARunWithThatHorizonAndTheLastIsTheWholeEstimate() {
        double[] x = series(ArModel.of(new double[] {0.5, -0.3}, 1), 300, 4);
        TrainedModel a = train(WindowModel.of(2, new int[] {4}, Activation.TANH, HeadSpec.gaussian()), x, 5, 1);
        TrainedModel mix = train(WindowModel.of(2, new int[] {4}, Activation.TANH, HeadSpec.mixture(2)), x, 5, 2);
        double[] start = {x[0], x[1]};
        for (TrainedModel q : new TrainedModel[] {a, mix}) {
            int t = 25;
            ProcessKl kl = new ProcessKl(NetworkProcess.of("p", mix, start), NetworkProcess.of("q", q, start), t, 8,
                    2);
            kl.advance(1500, () -> false);
            CumulativeKl c = kl.cumulative();
            assertThat(c.means()[t - 1]).isEqualTo(kl.conditional().mean());
            assertThat(c.stdErrors()[t - 1]).isEqualTo(kl.conditional().stdError());
            for (int k : new int[] {1, 2, 12, 24}) {
                ProcessKl shorter = new ProcessKl(NetworkProcess.of("p", mix, start), NetworkProcess.of("q", q,
                        start), k, 8, 1);
                shorter.advance(1500, () -> false);
                Estimate e = shorter.conditional();
                assertThat(c.means()[k - 1]).as("t = %d", k).isCloseTo(e.mean(),
                        org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(e.mean()))));
                assertThat(c.stdErrors()[k - 1]).as("t = %d", k).isCloseTo(e.stdError(),
                        org.assertj.core.data.Offset.offset(1e-9 * e.stdError()));
            }
        }
    }

    @Test
    void theCurveIsTheSameOnOneAndTwoThreadsAndForAnyBatching() {
        double[] x = series(ArModel.of(new double[] {0.5, -0.3}, 1), 300, 4);
        TrainedModel mix = train(WindowModel.of(2, new int[] {4}, Activation.TANH, HeadSpec.mixture(2)), x, 5, 2);
        TrainedModel a = train(WindowModel.of(2, new int[] {4}, Activation.TANH, HeadSpec.gaussian()), x, 5, 1);
        double[] start = {x[0], x[1]};
        CumulativeKl[] got = new CumulativeKl[3];
        for (int run = 0; run < 3; run++) {
            ProcessKl kl = new ProcessKl(NetworkProcess.of("p", mix, start), NetworkProcess.of("q", a, start), 40, 77,
                    run == 0 ? 1 : 2);
            if (run == 2) {
                kl.advance(1, () -> false);
                kl.advance(999, () -> false);
                kl.advance(2345, () -> false);
            } else {
                kl.advance(3345, () -> false);
            }
            got[run] = kl.cumulative();
        }
        for (int run = 1; run < 3; run++) {
            assertThat(got[run].means()).containsExactly(got[0].means());
            assertThat(got[run].stdErrors()).containsExactly(got[0].stdErrors());
            assertThat(got[run].rate()).isEqualTo(got[0].rate());
            assertThat(got[run].rateStdError()).isEqualTo(got[0].rateStdError());
        }
    }

    /**
     * From its stationary law a linear p makes every step's expected KL the rate κ once t reaches the orders: the
     * slope over the second half is then unbiased for κ (closed form, {@link KlExact#rate()}).
     */
    @Test
    void theSlopeOverTheSecondHalfEstimatesTheRate() {
        ArModel p = ArModel.of(new double[] {0.5, -0.3}, 1);
        ArModel q = ArModel.of(new double[] {0.6, 0.2}, 1.2);
        int t = 300;
        ProcessKl kl = new ProcessKl(LinearProcess.of("p", p), LinearProcess.of("q", q), t, 3, 2);
        kl.advance(4000, () -> false);
        CumulativeKl c = kl.cumulative();
        double kappa = KlExact.of(p, q, t).rate();
        assertThat(c.half()).isEqualTo(150);
        assertThat(c.rateStdError()).isPositive().isLessThan(0.01 * kappa);
        assertThat(Math.abs(c.rate() - kappa)).isLessThan(4 * c.rateStdError());
        // the slope's own standard error, not one from the two ends' (correlated) standard errors
        double fromEnds = Math.hypot(c.stdErrors()[t - 1], c.stdErrors()[c.half() - 1]) / (t - c.half());
        assertThat(c.rateStdError()).isLessThan(fromEnds);
    }

    @Test
    void beforeTheFirstSequenceTheCurveIsEmpty() {
        ProcessKl kl = new ProcessKl(LinearProcess.of("p", ArModel.of(new double[] {0.5}, 1)),
                LinearProcess.of("q", ArModel.of(new double[] {0.4}, 1)), 10, 1, 1);
        assertThat(kl.cumulative().means()).isEmpty();
        assertThat(kl.cumulative().rate()).isNaN();
        kl.advance(1, () -> false);
        assertThat(kl.cumulative().means()).hasSize(10).doesNotContain(Double.NaN);
        assertThat(kl.cumulative().stdErrors()[3]).isNaN();
        ProcessKl one = new ProcessKl(LinearProcess.of("p", ArModel.of(new double[] {0.5}, 1)),
                LinearProcess.of("q", ArModel.of(new double[] {0.4}, 2)), 1, 1, 1);
        one.advance(50, () -> false);
        assertThat(one.cumulative().means()).containsExactly(one.conditional().mean());
        assertThat(one.cumulative().rate()).isEqualTo(one.conditional().mean());
    }
}
