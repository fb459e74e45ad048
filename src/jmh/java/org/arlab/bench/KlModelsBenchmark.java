package org.arlab.bench;

import java.util.concurrent.TimeUnit;

import org.arlab.core.kl.ProcessKl;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.neural.Activation;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.Standardisation;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.random.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The KL lab's Monte Carlo between two neural AR models (issue 22): two MLPs with 32 tanh units on a window of p = 8,
 * Gaussian heads (weights Glorot-uniform from seeds 1 and 2: the cost does not depend on training), T = 200, 10⁴
 * sequences with both estimators (log-ratio and conditional), on 1 and 2 threads. Target: 10⁴ sequences in at most
 * 1 s on 2 cores. 2 Dec 2026, load average ~1.5: 804 ± 335 ms on 2 threads (1.24·10⁴ sequences/s), 1645 ± 388 ms on
 * 1 (was 1.68 s on 2 threads before the branch-free tanh and four inputs per pass in Dense.forward).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KlModelsBenchmark {
    @Param({"1", "2"})
    int threads;

    private NetworkProcess p;
    private NetworkProcess q;

    static NetworkProcess mlp(long seed) {
        WindowModel w = WindowModel.of(8, new int[] {32}, Activation.TANH, HeadSpec.gaussian());
        double[] theta = new double[w.parameterCount()];
        w.initialise(theta, RandomStreams.of(seed));
        return NetworkProcess.of("mlp" + seed, TrainedModel.of(w, theta, new Standardisation(0, 1)), new double[8]);
    }

    @Setup
    public void setUp() {
        p = mlp(1);
        q = mlp(2);
    }

    /** 10⁴ sequences of T = 200 from p. */
    @Benchmark
    public Estimate mlp32Sequences10k() {
        ProcessKl kl = new ProcessKl(p, q, 200, 7, threads);
        kl.advance(10_000, () -> false);
        return kl.conditional();
    }
}
