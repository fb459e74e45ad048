package org.arlab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.GramMatrix;
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
 * Issue 3's speed figures: least squares of AR(20) on 10⁶ values against summing the array 20 times, and one
 * log-likelihood evaluation from the Gram matrix.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CoreBenchmark {
    private double[] y;
    private GramMatrix gram;
    private double[] phi;
    private double c;

    @Param({"4"})
    int p;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(1);
        y = new double[1_000_000];
        for (int t = 2; t < y.length; t++) {
            y[t] = 0.5 * y[t - 1] - 0.3 * y[t - 2] + rnd.nextGaussian();
        }
        gram = GramMatrix.of(y, p);
        phi = new double[p];
        phi[0] = 0.5;
        c = 0.1;
    }

    /** Conditional MLE (least squares with intercept) of AR(20) on 10⁶ values. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ArFit leastSquaresAr20() {
        return ConditionalMle.fit(y, 20, true);
    }

    /** The yardstick: summing the 10⁶ values 20 times. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double sumArray20Times() {
        double total = 0;
        for (int r = 0; r < 20; r++) {
            double s = 0;
            for (double v : y) {
                s += v;
            }
            total += s * (r + 1);
        }
        return total;
    }

    /** One conditional log-likelihood evaluation from the Gram matrix (p = 4). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double logLikelihoodFromGram() {
        phi[1] = phi[1] > 0.2 ? -0.2 : phi[1] + 1e-3;
        return gram.logLikelihood(c, phi, 1.3);
    }
}
