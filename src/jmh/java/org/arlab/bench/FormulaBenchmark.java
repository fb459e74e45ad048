package org.arlab.bench;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaRenderer;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.formula.DataFormulas;
import org.arlab.core.formula.Formula;
import org.arlab.core.formula.KlFormulas;
import org.arlab.core.kl.KlExact;
import org.arlab.core.montecarlo.Estimate;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one formula-panel update costs off the FX thread: build the LaTeX with the new numbers (MATH.md via
 * core.formula) and typeset every block whose numbers changed into an image, as the panel's worker does. The
 * skeleton lines (no numbers) come from the renderer's cache, as in the app; each invocation moves φ₁ (or the
 * estimate) so the numbered lines are typeset afresh. {@code latexOnly} is the string building alone.
 * Run: {@code mvn -Pbench -DskipTests package && java -jar target/arlab-bench.jar Formula}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class FormulaBenchmark {
    private final FormulaRenderer renderer = new FormulaRenderer(512);
    private final ChartStyle style = ChartStyle.of(false, 1f);
    private KlExact kl;
    private long step;

    @Setup
    public void setUp() {
        kl = KlExact.of(ArModel.of(new double[] {0.5, -0.3}, 1), ArModel.of(new double[] {0.6, 0.2}, 1), 200);
    }

    private ArModel nextModel() {
        step++;
        double phi1 = -0.9 + (step % 1800) * 0.001; // a slider drag: a new φ₁ every time, never a cached line
        return ArModel.of(0, new double[] {phi1, -0.3}, 1);
    }

    /** The Data lab: AR(p) equation and stationarity with new φ₁, both blocks re-typeset. */
    @Benchmark
    public void dataUpdate(Blackhole bh) {
        ArModel m = nextModel();
        render(DataFormulas.of(m, CharacteristicRoots.of(m)), bh);
    }

    /** The KL lab: a new Monte Carlo batch changes the estimators' block only. */
    @Benchmark
    public void klUpdate(Blackhole bh) {
        step++;
        long count = 1000 + step;
        Formula f = KlFormulas.of(kl, new Estimate(38 + (step % 997) * 1e-3, 0.4, 14, count),
                new Estimate(38.1, 0.07, 2.5, count));
        bh.consume(renderer.block(f.blocks().get(2), style));
    }

    /** The LaTeX string building alone, for the Data lab. */
    @Benchmark
    public Formula latexOnly() {
        ArModel m = nextModel();
        return DataFormulas.of(m, CharacteristicRoots.of(m));
    }

    private void render(Formula f, Blackhole bh) {
        for (Formula.Block b : f.blocks()) {
            BufferedImage img = renderer.block(b, style);
            bh.consume(img);
        }
    }
}
