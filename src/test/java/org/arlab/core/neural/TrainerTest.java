package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.ArModel;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.reference.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The trainer's contract: the same seed gives the same numbers however a run is stepped, on whichever thread,
 * cancelled and resumed; rewind returns to the Glorot-uniform weights of the seed; the initial weights do not depend
 * on the batch size; snapshots are immutable; the NLL is per observation in the data's units.
 */
class TrainerTest {
    private static final double[] LYNX = Fixtures.series("lynx");

    private static Trainer mlp(TrainingPlan plan, long seed) {
        WindowModel net = WindowModel.of(3, new int[] {6}, Activation.TANH, HeadSpec.gaussian());
        return Trainer.of(net, TrainingData.of(LYNX, 3, 0.2), plan, seed);
    }

    @Test
    void oneSeedOneRunHoweverItIsStepped() throws Exception {
        TrainingPlan plan = new TrainingPlan(Optimizer.adam(0.01), 16, 0);
        Trainer a = mlp(plan, 7);
        a.run(60, () -> false);
        Trainer b = mlp(plan, 7);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            AtomicInteger asked = new AtomicInteger();
            // cancelled after 25 epochs on a worker, resumed one epoch at a time here
            CompletableFuture.runAsync(() -> b.run(60, () -> asked.incrementAndGet() > 25), worker).get();
            assertThat(b.epoch()).isEqualTo(25);
            while (b.epoch() < 60) {
                b.step();
            }
        } finally {
            worker.shutdown();
        }
        assertThat(b.latest().model().parameters()).containsExactly(a.latest().model().parameters());
        assertThat(b.latest().validationNll()).isEqualTo(a.latest().validationNll());
    }

    @Test
    void rewindReplaysTheRunFromTheSeedsWeights() {
        Trainer t = mlp(new TrainingPlan(Optimizer.adam(0.02), 10, 0), 3);
        double[] start = t.latest().model().parameters();
        List<Double> first = new ArrayList<>();
        for (int e = 0; e < 20; e++) {
            first.add(t.step().trainNll());
        }
        t.rewind();
        assertThat(t.epoch()).isZero();
        assertThat(t.latest().model().parameters()).containsExactly(start);
        for (int e = 0; e < 20; e++) {
            assertThat(t.step().trainNll()).isEqualTo(first.get(e));
        }
        // Glorot uniform: |w| ≤ √(6/(fan_in + fan_out)), biases 0, log σ² 0
        double bound = Math.sqrt(6.0 / (3 + 6));
        for (int i = 0; i < 18; i++) {
            assertThat(Math.abs(start[i])).isLessThanOrEqualTo(bound);
        }
        for (int i = 18; i < 24; i++) {
            assertThat(start[i]).isZero();
        }
        assertThat(start[start.length - 1]).isZero();
    }

    @Test
    void initialWeightsDependOnTheSeedAloneNotOnTheBatching() {
        double[] full = mlp(TrainingPlan.fullBatch(Optimizer.adam(0.01)), 11).initialParameters();
        double[] mini = mlp(new TrainingPlan(Optimizer.gradientAscent(0.1), 4, 0), 11).initialParameters();
        double[] other = mlp(TrainingPlan.fullBatch(Optimizer.adam(0.01)), 12).initialParameters();
        assertThat(mini).containsExactly(full);
        assertThat(other).isNotEqualTo(full);
    }

    @Test
    void snapshotsDoNotChangeAsTrainingGoesOn() {
        Trainer t = mlp(TrainingPlan.fullBatch(Optimizer.adam(0.05)), 5);
        TrainingSnapshot s = t.step();
        double[] before = s.model().parameters();
        double nll = s.model().meanNll(LYNX, 3, LYNX.length);
        t.run(30, () -> false);
        assertThat(s.model().parameters()).containsExactly(before);
        assertThat(s.model().meanNll(LYNX, 3, LYNX.length)).isEqualTo(nll);
        assertThat(s.epoch()).isEqualTo(1);
        assertThat(t.latest().epoch()).isEqualTo(31);
        assertThat(t.latest().trainNll()).isLessThan(s.trainNll());
    }

    @Test
    void nllIsPerObservationInTheDataUnits() {
        Trainer t = mlp(TrainingPlan.fullBatch(Optimizer.adam(0.05)), 5);
        TrainingSnapshot s = t.run(40, () -> false);
        TrainingData d = t.data();
        // by hand from the predictive densities in data units
        Predictive[] p = s.model().teacherForced(LYNX, d.trainEnd(), LYNX.length);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double x = LYNX[d.trainEnd() + i];
            double mu = p[i].mean();
            double sd = p[i].sds()[0];
            sum += 0.5 * Math.log(2 * Math.PI * sd * sd) + (x - mu) * (x - mu) / (2 * sd * sd);
        }
        assertThat(s.validationNll()).isCloseTo(sum / p.length, within(1e-12));
        assertThat(s.trainNll()).isCloseTo(s.model().meanNll(LYNX, 3, d.trainEnd()), within(1e-12));
        // scaling the data by 10 adds log 10 to the NLL, and nothing else changes
        double[] scaled = new double[LYNX.length];
        for (int i = 0; i < LYNX.length; i++) {
            scaled[i] = 10 * LYNX[i] + 4;
        }
        WindowModel net = WindowModel.of(3, new int[] {6}, Activation.TANH, HeadSpec.gaussian());
        Trainer u = Trainer.of(net, TrainingData.of(scaled, 3, 0.2), TrainingPlan.fullBatch(Optimizer.adam(0.05)), 5);
        TrainingSnapshot su = u.run(40, () -> false);
        assertThat(su.validationNll()).isCloseTo(s.validationNll() + Math.log(10), within(1e-9));
    }

    @Test
    void recurrentMiniBatchesCarryTheState() {
        RecurrentModel net = RecurrentModel.of(RecurrentModel.Cell.GRU, 4, 2, HeadSpec.mixture(2));
        TrainingData data = TrainingData.of(LYNX, 2, 0.2);
        Trainer t = Trainer.of(net, data, new TrainingPlan(Optimizer.adam(0.02), 20, 5), 9);
        double start = t.latest().trainNll();
        t.run(30, () -> false);
        assertThat(t.latest().trainNll()).isLessThan(start);
        Trainer again = Trainer.of(net, data, new TrainingPlan(Optimizer.adam(0.02), 20, 5), 9);
        again.run(30, () -> false);
        assertThat(again.latest().model().parameters()).containsExactly(t.latest().model().parameters());
    }

    @Test
    void samplingIsSeededAndFreeRunningFeedsBack() {
        double[] y = ArSimulator.simulate(ArModel.of(0.5, new double[] {0.6}, 0.3), 300, null, RandomStreams.of(2))
                .values();
        Trainer t = Trainer.of(WindowModel.linear(1, HeadSpec.gaussian()), TrainingData.of(y, 1, 0),
                TrainingPlan.fullBatch(Optimizer.adam(0.05)), 1);
        TrainedModel m = t.run(400, () -> false).model();
        double[] a = m.sample(y, 50, RandomStreams.of(8));
        double[] b = m.sample(y, 50, RandomStreams.of(8));
        assertThat(a).containsExactly(b).hasSize(50);
        // the mean path of a linear AR is the forecast c + φ x
        ArModel ar = m.linearAr();
        double[] path = m.meanPath(y, 3);
        double x = y[y.length - 1];
        for (double v : path) {
            x = ar.intercept() + ar.phi(1) * x;
            assertThat(v).isCloseTo(x, within(1e-12));
        }
        assertThat(ar.phi(1)).isCloseTo(0.6, within(0.1));
    }

    @Test
    void badArgumentsAreRefusedWithASentence() {
        assertThatThrownBy(() -> TrainingData.of(new double[5], 3, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two training targets");
        assertThatThrownBy(() -> TrainingData.of(LYNX, 3, 1)).hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> Optimizer.adam(0)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> Optimizer.of("rmsprop", 0.1)).hasMessageContaining("adam or sgd");
        assertThatThrownBy(() -> new TrainingPlan(Optimizer.adam(0.1), -1, 0)).hasMessageContaining("batch size");
        WindowModel net = WindowModel.linear(2, HeadSpec.gaussian());
        assertThatThrownBy(() -> Trainer.of(net, TrainingData.of(LYNX, 3, 0.2),
                TrainingPlan.fullBatch(Optimizer.adam(0.1)), 1)).hasMessageContaining("first target");
    }
}
