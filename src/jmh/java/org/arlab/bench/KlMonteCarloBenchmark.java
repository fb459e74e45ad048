package org.arlab.bench;

import java.util.concurrent.TimeUnit;

import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlMonteCarlo;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.random.RandomStreams;
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
 * The KL lab's and {@code arlab kl}'s Monte Carlo: 10⁵ sequences of AR(2) p = (0.5, −0.3) against q = (0.6, 0.2),
 * both estimators, at the README's horizon T = 200 and at a short one (T = 10, where the cost per sequence, not per
 * step, shows).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KlMonteCarloBenchmark {
    private final ArModel p = ArModel.of(new double[] {0.5, -0.3}, 1);
    private final ArModel q = ArModel.of(new double[] {0.6, 0.2}, 1);

    @Param({"10", "200"})
    int horizon;

    /** 10⁵ sequences in one batch. */
    @Benchmark
    public Estimate sequences100k() {
        KlMonteCarlo mc = new KlMonteCarlo(p, q, horizon, null, RandomStreams.perSequence(7));
        mc.advance(100_000, () -> false);
        return mc.conditional();
    }
}
