package org.arlab.app.lab.kl;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.arlab.app.Background;
import org.arlab.app.UiTests;
import org.arlab.app.lab.ModelShelf;
import org.arlab.chart.ChartStyle;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.kl.ProcessKl;
import org.arlab.core.neural.Activation;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.Optimizer;
import org.arlab.core.neural.Trainer;
import org.arlab.core.neural.TrainingData;
import org.arlab.core.neural.TrainingPlan;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.process.LinearProcess;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.session.KlModelChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The KL lab with models from the shelf: pickers that follow it, Monte Carlo only, the reference, the question. */
@ExtendWith(ApplicationExtension.class)
class KlModelsUiTest {
    /** A shelf as the window's: keyed, replaced in place. */
    static final class TestShelf implements ModelShelf {
        final ObservableList<Entry> list = FXCollections.observableArrayList();
        final ObservableList<Entry> view = FXCollections.unmodifiableObservableList(list);

        @Override
        public ObservableList<Entry> entries() {
            return view;
        }

        @Override
        public void put(Entry e) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).key().equals(e.key())) {
                    list.set(i, e);
                    return;
                }
            }
            list.add(e);
        }

        @Override
        public void remove(String key) {
            list.removeIf(e -> e.key().equals(key));
        }
    }

    static final ArModel TRUTH = ArModel.of(new double[] {0.5, -0.3}, 1);
    private KlModel model;
    private KlController controller;
    private final TestShelf shelf = new TestShelf();

    static NetworkProcess trained(int epochs, HeadSpec head) {
        double[] x = ArSimulator.simulate(TRUTH, 500, null, RandomStreams.of(3)).values();
        WindowModel w = WindowModel.of(2, new int[] {4}, Activation.TANH, head);
        Trainer t = Trainer.of(w, TrainingData.of(x, 2, 0.2), new TrainingPlan(Optimizer.adam(0.02), 32, 0), 1);
        t.run(epochs, () -> false);
        return NetworkProcess.of("net", t.latest().model(), new double[] {x[0], x[1]});
    }

    @Start
    void start(Stage stage) {
        shelf.put(new ModelShelf.Entry("neural.truth", "Neural AR lab: the true AR(2)", LinearProcess.of("truth",
                TRUTH)));
        shelf.put(new ModelShelf.Entry("neural.trained", "Neural AR lab: MLP 2 → 4, epoch 40",
                trained(40, HeadSpec.gaussian())));
        model = new KlModel();
        model.logHorizonProperty().set(1);
        model.sampling().logMaxSamplesProperty().set(4);
        model.sampling().logPaceProperty().set(model.sampling().fullSpeed());
        var worker = UiTests.worker("kl-models-test");
        var tasks = UiTests.worker("kl-models-tasks");
        controller = new KlController(model, new Background("KL", worker, Platform::runLater),
                new Background("KL reference", tasks, Platform::runLater), shelf, null);
        controller.referenceOverride = 20_000;
        KlView view = new KlView(model, controller, ChartStyle.of(false, 1f), shelf);
        stage.setScene(new Scene(new StackPane(view.view()), 1400, 950));
        stage.show();
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws Exception {
        UiTests.waitFor(120, c);
    }

    @Test
    void shelvedModelsAreComparedByMonteCarloWithAReferenceAndTheTruthQuestion(FxRobot robot) throws Exception {
        ComboBox<KlModelChoice.Source> pSource = robot.lookup("#kl-p-source").query();
        ComboBox<String> qShelf = robot.lookup("#kl-q-shelf").query();
        robot.interact(() -> {
            pSource.setValue(KlModelChoice.Source.TRUTH); // no series: a message, the previous run stays
        });
        waitFor(() -> model.messageProperty().get().contains("no current series"));
        robot.interact(() -> {
            model.pSide().shelfKeyProperty().set("neural.truth");
            pSource.setValue(KlModelChoice.Source.SHELF);
            model.qSide().sourceProperty().set(KlModelChoice.Source.SHELF);
        });
        assertThat(qShelf.isVisible()).isTrue();
        assertThat(qShelf.getItems()).containsExactly("neural.truth", "neural.trained");
        robot.interact(() -> qShelf.setValue("neural.trained"));
        waitFor(() -> model.resultProperty().get() != null && model.resultProperty().get().models() != null
                && model.resultProperty().get().count() >= 10_000);
        KlSnapshot s = model.resultProperty().get();
        assertThat(s.exact()).isNull();
        assertThat(s.models().method()).isEqualTo(ProcessKl.Method.GAUSSIAN);
        assertThat(robot.lookup("#kl-exact").queryLabeled().getText()).contains("No closed form")
                .contains("s per 10⁴ sequences");
        assertThat(robot.lookup("#kl-pair").queryLabeled().getText()).contains("MLP 2 → 4");
        assertThat(s.conditional().mean()).isPositive();
        // no closed form, yet the KL-over-T chart has a curve: Monte Carlo's KL_t for every t, the last point the
        // whole-horizon estimate, and the line of its slope
        org.jfree.chart.fx.ChartViewer curveChart = robot.lookup("#kl-curve-chart").query();
        org.jfree.chart.plot.XYPlot plot = curveChart.getChart().getXYPlot();
        waitFor(() -> plot.getDataset(1) != null && plot.getDataset(1).getItemCount(0) == 10);
        org.jfree.data.xy.YIntervalSeriesCollection mc = (org.jfree.data.xy.YIntervalSeriesCollection) plot
                .getDataset(1);
        assertThat(mc.getSeriesKey(0).toString()).contains("Monte Carlo");
        KlSnapshot shown = model.resultProperty().get();
        assertThat(shown.models().curve().means()[9]).isEqualTo(shown.conditional().mean());
        assertThat(mc.getYValue(0, 0)).isPositive().isLessThan(mc.getYValue(0, 9));
        assertThat(mc.getStartYValue(0, 5)).isLessThan(mc.getYValue(0, 5));
        org.jfree.data.xy.XYDataset lines = plot.getDataset(0);
        int rate = org.arlab.chart.KlCurveFigure.Curve.ESTIMATED_RATE.ordinal();
        assertThat(lines.getItemCount(rate)).isEqualTo(11); // t = 0..T, a point per step (it curves on a log scale)
        assertThat(lines.getYValue(rate, 10) / 10).isCloseTo(shown.models().curve().rate(),
                org.assertj.core.data.Percentage.withPercentage(1e-10));
        assertThat(robot.lookup("#kl-exact").queryLabeled().getText()).contains("KL-over-T chart is Monte Carlo");
        // the picker follows the shelf
        robot.interact(() -> shelf.put(new ModelShelf.Entry("mixture.trained", "Mixture lab: MDN, 2 components",
                trained(5, HeadSpec.mixture(2)))));
        assertThat(qShelf.getItems()).contains("mixture.trained");
        robot.interact(() -> qShelf.setValue("mixture.trained"));
        waitFor(() -> model.resultProperty().get().models() != null
                && model.resultProperty().get().models().method() == ProcessKl.Method.NESTED);
        assertThat(robot.lookup("#kl-se-table").query().lookupAll(".label").stream()
                .anyMatch(n -> "nested".equals(((javafx.scene.control.Labeled) n).getText()))).isTrue();
        // a reference for the error chart, stored with the session
        javafx.scene.control.Button refButton = robot.lookup("#kl-reference").queryButton();
        assertThat(refButton.isVisible()).isTrue();
        robot.interact(refButton::fire); // the column may be scrolled: fire it rather than aim at it
        waitFor(() -> model.referenceProperty().get().samples() == 20_000);
        assertThat(model.settings().reference().pair()).contains("Mixture lab");
        waitFor(() -> !Double.isNaN(model.resultProperty().get().target()));
        double ref = model.resultProperty().get().target();
        KlSnapshot late = model.resultProperty().get();
        assertThat(Math.abs(late.logRatio().mean() - ref)).isLessThan(4 * Math.hypot(late.logRatio().stdError(),
                model.referenceProperty().get().stdError()));
        // the one-click question
        robot.interact(() -> robot.lookup("#kl-ask-truth").queryButton().fire());
        try {
            waitFor(() -> model.answerProperty().get().contains("KL(trained‖true)"));
        } catch (Throwable e) {
            throw new AssertionError("answer: " + model.answerProperty().get() + " / " + model.messageProperty().get(), e);
        }
        assertThat(model.pSide().shelfKeyProperty().get()).isEqualTo("neural.truth");
        assertThat(model.qSide().shelfKeyProperty().get()).isEqualTo("neural.trained");
        assertThat(robot.lookup("#kl-answer").queryLabeled().getText()).contains("KL(true‖trained) = ");
        // the entry leaves the shelf: said, not crashed
        robot.interact(() -> shelf.remove("neural.trained"));
        waitFor(() -> model.messageProperty().get().contains("not in this session"));
    }
}
