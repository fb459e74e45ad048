package org.arlab.bench;

import org.arlab.core.random.RandomStreams;

import java.util.concurrent.TimeUnit;

import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.GramMatrix;
import org.arlab.core.likelihood.LikelihoodSurface;
import org.arlab.core.likelihood.PrefixGram;
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

/** The Likelihood lab: a 256 × 256 conditional surface of AR(2) from the Gram matrix, and a new prefix's Gram. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LikelihoodBenchmark {
    @Param({"1000", "1000000"})
    int n;

    private GramMatrix gram;
    private PrefixGram prefix;
    private final double[] xs = LikelihoodSurface.grid(-2.2, 2.2, 256);
    private final double[] ys = LikelihoodSurface.grid(-1.2, 1.2, 256);
    private int m;

    @Setup
    public void setUp() {
        double[] y = ArSimulator.simulate(ArModel.of(new double[] {0.5, -0.3}, 1), n, null,
                RandomStreams.of(1L)).values();
        gram = GramMatrix.of(y, 2);
        prefix = PrefixGram.of(y, 2);
        m = n;
    }

    /** The whole 256 × 256 grid. */
    @Benchmark
    public LikelihoodSurface grid256() {
        return LikelihoodSurface.conditional(gram, new double[] {0.5, -0.3}, 0, 1, true, xs, ys);
    }

    private final org.arlab.chart.LikelihoodMapFigure figure =
            new org.arlab.chart.LikelihoodMapFigure(org.arlab.chart.ChartStyle.of(false, 1f));
    private final java.awt.image.BufferedImage image =
            new java.awt.image.BufferedImage(1000, 800, java.awt.image.BufferedImage.TYPE_INT_ARGB);

    /** A slider move end to end: prefix Gram, grid, heat image and contours, repaint at 1000 × 800 through Java2D. */
    @Benchmark
    public java.awt.image.BufferedImage prefixGridAndRepaint() {
        LikelihoodSurface s = prefixThenGrid();
        figure.showSurface("ℓ", s.xs(), s.ys(), s.z(), s.max());
        java.awt.Graphics2D g = image.createGraphics();
        figure.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 1000, 800));
        g.dispose();
        return image;
    }

    /** What dragging "first n observations" costs: a prefix's Gram matrix, then the grid. */
    @Benchmark
    public LikelihoodSurface prefixThenGrid() {
        m = m > n / 2 ? m - 7 : n;
        return LikelihoodSurface.conditional(prefix.upTo(m), new double[] {0.5, -0.3}, 0, 1, true, xs, ys);
    }
}
