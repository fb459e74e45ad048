package org.arlab.bench;

import org.arlab.chart.SeriesFacts;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.arlab.core.series.CurrentSeries;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.SeriesFigure;
import org.arlab.chart.CorrelogramFigure;
import org.arlab.chart.RootsFigure;
import org.arlab.core.formula.DataFormulas;
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
 * What one slider move costs in the Data lab, as the lab does it: the controller's background work
 * ({@link SeriesFacts#generated}: simulate n values, their ACF and PACF, roots, stationarity), then on the FX thread
 * what {@code DataView.show} does (the formulas, the series chart, the ACF, PACF and roots charts) and a repaint of
 * the four charts: the series at 1200 × 700 pixels, the correlograms at 450 × 260, the roots at 260 × 260. The
 * repaint draws through Java2D into images, the same JFreeChart drawing code the FX canvas runs through FXGraphics2D.
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
    private CorrelogramFigure acf;
    private CorrelogramFigure pacf;
    private RootsFigure roots;
    private BufferedImage image;
    private Graphics2D g;
    private BufferedImage small;
    private Graphics2D gSmall;
    private final Rectangle2D area = new Rectangle2D.Double(0, 0, 1200, 700);
    private final Rectangle2D correlogramArea = new Rectangle2D.Double(0, 0, 450, 260);
    private final Rectangle2D rootsArea = new Rectangle2D.Double(0, 0, 260, 260);
    private double phi1 = 0.5;

    @Setup
    public void setUp() {
        ChartStyle style = ChartStyle.of(false, 1f);
        figure = new SeriesFigure(style);
        acf = new CorrelogramFigure("Autocorrelation (ACF)", "r(k)", "sample ACF", style);
        pacf = new CorrelogramFigure("Partial autocorrelation (PACF)", "φₖₖ", "sample PACF", style);
        roots = new RootsFigure(style);
        image = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        small = new BufferedImage(450, 260, BufferedImage.TYPE_INT_ARGB);
        gSmall = small.createGraphics();
        show(SeriesFacts.generated(ArModel.of(new double[] {0.5, -0.3}, 1), n, null, 42));
    }

    @TearDown
    public void tearDown() {
        g.dispose();
        gSmall.dispose();
    }

    /** What DataView.show does with a new result on the FX thread. */
    private Object show(CurrentSeries r) {
        Object formula = DataFormulas.of(r.model(), r.roots());
        figure.show(r.title(), r.values(), r.firstT(), r.stationarity().stationary() ? r.model().mean() : Double.NaN);
        acf.show(r.acf().acf(), r.acf().band(), r.theoreticalAcf(), "ρ(k) of the model");
        pacf.show(r.acf().pacf(), r.acf().band(), null, "");
        roots.show(r.roots().re(), r.roots().im());
        return formula;
    }

    /** A slider move: new φ₁, the background computation, the charts' update and their repaint. */
    @Benchmark
    public Object sliderMoveRecomputeAndRepaint() {
        phi1 = phi1 > 0.8 ? 0.1 : phi1 + 0.01;
        CurrentSeries r = SeriesFacts.generated(ArModel.of(new double[] {phi1, -0.3}, 1), n, null, 42);
        Object formula = show(r);
        figure.chart().draw(g, area);
        acf.chart().draw(gSmall, correlogramArea);
        pacf.chart().draw(gSmall, correlogramArea);
        roots.chart().draw(gSmall, rootsArea);
        return formula;
    }

    /** Only the repaint of the series chart (pan, zoom, window resize). */
    @Benchmark
    public BufferedImage repaintOnly() {
        figure.chart().draw(g, area);
        return image;
    }
}
