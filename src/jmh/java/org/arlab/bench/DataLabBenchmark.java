package org.arlab.bench;

import org.arlab.chart.SeriesFacts;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.arlab.core.series.CurrentSeries;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.SeriesFigure;
import org.arlab.core.ar.ArModel;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one slider move costs in the Data lab: the controller's background work (simulate n values, decimate them)
 * plus the chart update and a full repaint of the series chart at 1200 × 700 pixels. The repaint draws through
 * Java2D into an image, the same JFreeChart drawing code the FX canvas runs through FXGraphics2D.
 * Run: {@code mvn -Pbench -DskipTests package && java -Djava.awt.headless=true -jar target/arlab-bench.jar DataLab}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class DataLabBenchmark {
    @Param({"100000", "1000000"})
    int n;

    private SeriesFigure figure;
    private BufferedImage image;
    private Graphics2D g;
    private final Rectangle2D area = new Rectangle2D.Double(0, 0, 1200, 700);
    private double phi1 = 0.5;

    @Setup
    public void setUp() {
        figure = new SeriesFigure(ChartStyle.of(false, 1f));
        image = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        CurrentSeries r = SeriesFacts.generated(ArModel.of(new double[] {0.5, -0.3}, 1), n, null, 42);
        figure.show("AR(2)", r.simulation().values(), 1, r.drawn(), 0);
    }

    @TearDown
    public void tearDown() {
        g.dispose();
    }

    /** A slider move: new φ₁, simulate, decimate, update the chart, repaint it. */
    @Benchmark
    public BufferedImage sliderMoveRecomputeAndRepaint() {
        phi1 = phi1 > 0.8 ? 0.1 : phi1 + 0.01;
        CurrentSeries r = SeriesFacts.generated(ArModel.of(new double[] {phi1, -0.3}, 1), n, null, 42);
        figure.show("AR(2)", r.simulation().values(), 1, r.drawn(), 0);
        figure.chart().draw(g, area);
        return image;
    }

    /** Only the repaint of the series chart (pan, zoom, window resize). */
    @Benchmark
    public BufferedImage repaintOnly() {
        figure.chart().draw(g, area);
        return image;
    }
}
