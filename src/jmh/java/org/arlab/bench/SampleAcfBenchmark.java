package org.arlab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.arlab.core.ar.SampleAcf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 17 (Slow): the Data lab's 40 lags of 10⁶ values, block by block ({@link SampleAcf#of}) against the textbook
 * loop, one pass over the series per lag (what SampleAcf did before; same sums to the last bit).
 * Run: {@code java -jar target/arlab-bench.jar SampleAcf}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SampleAcfBenchmark {
    private double[] y;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(1);
        y = new double[1_000_000];
        for (int t = 2; t < y.length; t++) {
            y[t] = 0.5 * y[t - 1] - 0.3 * y[t - 2] + rnd.nextGaussian();
        }
    }

    /** SampleAcf.of(y, 40): scaling, centring and the lag sums block by block. */
    @Benchmark
    public SampleAcf blockByBlock40Lags() {
        return SampleAcf.of(y, 40);
    }

    /** The same centring, then one pass per lag. */
    @Benchmark
    public double[] onePassPerLag40Lags() {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = y[i] - mean;
        }
        double[] g = new double[41];
        for (int lag = 0; lag <= 40; lag++) {
            double s = 0;
            for (int t = 0; t + lag < n; t++) {
                s += x[t] * x[t + lag];
            }
            g[lag] = s / n;
        }
        return g;
    }
}
