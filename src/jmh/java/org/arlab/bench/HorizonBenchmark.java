package org.arlab.bench;

import java.util.concurrent.TimeUnit;

import org.arlab.app.lab.horizon.HorizonController;
import org.arlab.core.horizon.HorizonExperiment;
import org.arlab.core.session.ArSettings;
import org.arlab.core.session.HorizonSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One change in the Horizon lab at 10⁴ rollouts × 500 steps (issue 17: ≤ 100 ms, the first 500 rollouts within a
 * frame): the whole experiment the lab's controller runs — simulate, fit, the fitted model's fan with its quantiles,
 * the true model's rollouts for the MSE — at M = 500 (the first pass) and M = 10⁴ (the full one).
 * Run: {@code java -jar target/arlab-bench.jar Horizon -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HorizonBenchmark {
    @Param({"500", "10000"})
    int rollouts;

    private long seed = 7;

    /** A slider move: a new seed (the same cost as any other parameter), the experiment run again. */
    @Benchmark
    public HorizonExperiment change() {
        HorizonSettings s = new HorizonSettings(new ArSettings(2, new double[] {0.9, -0.2, 0, 0}, 1),
                Math.log10(200), Math.log10(500), Math.log10(rollouts), seed++);
        return HorizonController.compute(s);
    }
}
