package org.arlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import org.arlab.core.neural.Activation;
import org.arlab.core.neural.Connectivity;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.Optimizer;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.neural.SeriesNetwork;
import org.arlab.core.neural.StateDiagnostics;
import org.arlab.core.neural.Trainer;
import org.arlab.core.neural.TrainingData;
import org.arlab.core.neural.TrainingPlan;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.process.LongLagProcess;
import org.arlab.core.random.RandomStreams;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 21's speed figures at the Memory lab's defaults: a delayed copy (L = 30, a = 0.7) of n = 1000 values; a window
 * MLP p = 10 → 10 tanh, an Elman RNN and a GRU of H = 10, each with a Gaussian head; Adam η = 0.01 on mini-batches of
 * 128, full BPTT within a batch; the last quarter for validation.
 * <ul>
 * <li>{@code epochOfThree}: one epoch of each of the three models and their validation NLLs, as the lab's loop runs
 * it (the lab's "epochs/s of all three");</li>
 * <li>{@code measure}: what the lab adds every twentieth of the run: the connectivity of the three models at 48
 * targets over K = 2L + 20 = 80 lags and the trained RNN's Jacobian products and saturation over 100 steps.</li>
 * </ul>
 * The secondary results {@code epochs} and {@code cpuMillis} give the rate per CPU-second, which the load of a shared
 * machine hardly moves (see {@link NeuralBenchmark}).
 * <p>
 * Measured on the shared 2-core machine (JDK 17, load average about 20: five other builds; {@code -f 1 -wi 3 -i 5}):
 * {@code epochOfThree} 123 epochs in 587 ms of CPU, 210 epochs of all three per CPU-second (wall-clock 12 ± 15/s
 * under that load); {@code measure} 31 in 689 ms, 22 ms of CPU each (wall-clock 2.9 ± 1.1/s). The lab measures once
 * every twentieth of the run, so at 200 epochs it adds about 2% to the training.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MemoryBenchmark {
    private double[] x;
    private Trainer[] trainers;
    private int trainEnd;

    @Setup
    public void setUp() {
        x = LongLagProcess.of(LongLagProcess.Kind.DELAYED_COPY, 30, 0.7, 0.5, 1).sample(1000, RandomStreams.of(42));
        HeadSpec head = HeadSpec.gaussian();
        SeriesNetwork[] nets = {WindowModel.of(10, new int[] {10}, Activation.TANH, head),
                RecurrentModel.of(RecurrentModel.Cell.RNN, 10, 10, head),
                RecurrentModel.of(RecurrentModel.Cell.GRU, 10, 10, head)};
        TrainingData data = TrainingData.of(x, 10, 0.25);
        trainEnd = data.trainEnd();
        TrainingPlan plan = new TrainingPlan(Optimizer.adam(0.01), 128, 0);
        trainers = new Trainer[3];
        for (int m = 0; m < 3; m++) {
            trainers[m] = Trainer.of(nets[m], data, plan, 42);
        }
    }

    /** The benchmark thread's processor time and calls, summed over an iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        /** Calls in the iteration. */
        public long epochs;
        /** Processor time of those calls, ms. */
        public double cpuMillis;
        private long start;

        @Setup(Level.Iteration)
        public void reset() {
            epochs = 0;
            cpuMillis = 0;
        }

        void start() {
            start = THREADS.getCurrentThreadCpuTime();
        }

        void stop() {
            cpuMillis += (THREADS.getCurrentThreadCpuTime() - start) * 1e-6;
            epochs++;
        }
    }

    /** One epoch of each model and its validation NLL. */
    @Benchmark
    public double epochOfThree(CpuTime cpu) {
        cpu.start();
        double s = 0;
        for (Trainer t : trainers) {
            s += t.step().validationNll();
        }
        cpu.stop();
        return s;
    }

    /** Connectivity of the three models (48 targets × 80 lags) and the RNN's gradients through 100 steps. */
    @Benchmark
    public double measure(CpuTime cpu) {
        cpu.start();
        double s = 0;
        for (Trainer t : trainers) {
            Connectivity c = Connectivity.of(t.latest().model(), x);
            for (int i = 0; i < 48; i++) {
                s += c.lags(trainEnd + i * 5, 80)[29];
            }
        }
        s += StateDiagnostics.of(trainers[1].latest().model(), x, trainEnd, 100).jacobianNorms()[99];
        cpu.stop();
        return s;
    }
}
