package org.arlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.replicate.ReplicationDesign;
import org.arlab.core.replicate.Replications;
import org.arlab.core.replicate.Workers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 23: R = 10⁴ replications of n = 10³ for all four methods (least squares, exact MLE warm-started from least
 * squares, Yule–Walker, Burg) of an AR(1) with φ = 0.5 and an intercept, on 1 and 2 threads (goal: ≤ 2 s on 2 cores);
 * and each method alone on one thread, to see where the time goes.
 * Run: {@code java -jar target/arlab-bench.jar Replicate -f 1 -wi 2 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ReplicateBenchmark {
    @Param({"1", "2"})
    int threads;

    @Param({"all", "ols", "mle", "yule-walker", "burg"})
    String methods;

    private Workers workers;
    private long seed;

    @Setup(Level.Trial)
    public void start() {
        workers = new Workers(threads);
    }

    @TearDown(Level.Trial)
    public void stop() {
        workers.close();
    }

    /** The whole experiment: 10⁴ series of 10³ values simulated and fitted by the methods. */
    @Benchmark
    public Replications replicate() {
        List<ArFit.Method> m = methods.equals("all") ? List.of(ArFit.Method.values())
                : List.of(ArFit.Method.of(methods));
        Replications r = new Replications(new ReplicationDesign(ArModel.of(new double[] {0.5}, 1), 1000, true, m,
                seed++), 10_000, 0);
        r.advance(10_000, workers, () -> false);
        return r;
    }
}
