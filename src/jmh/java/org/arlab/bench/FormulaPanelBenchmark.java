package org.arlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;

import org.arlab.app.controls.FormulaPanel;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaRenderer;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.formula.DataFormulas;
import org.arlab.core.formula.Formula;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one formula-panel update costs the FX thread (the measurement FormulaPanelUiTest used to print over 200 slider
 * moves): the Data lab's formulas for φ₁ = −0.9, −0.89, …, typeset beforehand off the FX thread as the panel's worker
 * does, then applied in turn on the FX thread (the changed blocks' pixels into their images, in place when the size
 * holds, and the panel's height fitted). {@code apply} runs one update on the FX thread and waits for it;
 * {@code roundTrip} is the same hand-over to the FX thread with nothing to do, so the update's own cost is the
 * difference. JavaFX runs headless under Monocle with the software pipeline, as in the UI tests.
 * Run: {@code mvn -Pbench -DskipTests package && java -jar target/arlab-bench.jar FormulaPanel -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Dglass.platform=Monocle",
    "-Dmonocle.platform=Headless", "-Dheadless.geometry=1600x1000-32", "-Dprism.order=sw", "-Dprism.text=t2k"})
public class FormulaPanelBenchmark {
    /** Slider positions in the ring of updates. */
    private static final int MOVES = 60;

    private FormulaPanel panel;
    private final List<FormulaPanel.Update> ring = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        onFx(() -> {
            panel = new FormulaPanel(new FormulaRenderer(512), Runnable::run, ChartStyle.of(false, 1f), () -> {
            });
            BorderPane root = new BorderPane();
            root.setBottom(panel);
            Scene scene = new Scene(root, 1200, 800);
            root.applyCss();
            root.layout();
        });
        // typeset off the FX thread, in order: each update holds only what changed since the one before; the last
        // one returns to the first position, so the ring can be applied round and round
        FormulaPanel.Update first = panel.typeset(formula(0));
        for (int k = 1; k <= MOVES; k++) {
            ring.add(panel.typeset(formula(k % MOVES)));
        }
        onFx(() -> panel.apply(first));
    }

    private static Formula formula(int k) {
        ArModel m = ArModel.of(0, new double[] {-0.9 + 0.01 * k, -0.3}, 1);
        return DataFormulas.of(m, CharacteristicRoots.of(m));
    }

    private static void onFx(Runnable r) throws Exception {
        FutureTask<Void> task = new FutureTask<>(r, null);
        Platform.runLater(task);
        task.get();
    }

    @TearDown
    public void tearDown() {
        Platform.exit();
    }

    /** One update applied on the FX thread, with the hand-over there and back. */
    @Benchmark
    public void apply() throws Exception {
        FormulaPanel.Update u = ring.get(next);
        next = (next + 1) % ring.size();
        onFx(() -> panel.apply(u));
    }

    /** The hand-over alone: an empty task run on the FX thread. */
    @Benchmark
    public void roundTrip() throws Exception {
        onFx(() -> {
        });
    }
}
