package org.arlab.bench;

import org.arlab.core.random.RandomStreams;

import java.util.concurrent.TimeUnit;

import org.apache.commons.rng.UniformRandomProvider;
import org.arlab.core.ar.ArModel;
import org.arlab.core.horizon.RolloutSummary;
import org.arlab.core.horizon.Rollouts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The Horizon lab's fan: 10⁴ rollouts × 500 steps of AR(2), with mean, variance and 7 quantiles per step. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RolloutsBenchmark {
    private final ArModel model = ArModel.of(new double[] {0.5, -0.3}, 1);
    private final UniformRandomProvider rng = RandomStreams.of(1L);

    /** 10⁴ rollouts × 500 steps. */
    @Benchmark
    public RolloutSummary fan10kBy500() {
        return Rollouts.run(model, null, 500, 10_000, 5, rng);
    }
}
