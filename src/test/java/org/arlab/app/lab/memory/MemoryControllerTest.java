package org.arlab.app.lab.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.arlab.app.Background;
import org.arlab.app.lab.ModelShelf;
import org.arlab.core.neural.Connectivity;
import org.arlab.core.session.MemorySettings;
import org.junit.jupiter.api.Test;

/** The training loop end to end, on a queue standing in for the worker. */
class MemoryControllerTest {
    private static final class Shelf implements ModelShelf {
        final ObservableList<Entry> list = FXCollections.observableArrayList();

        @Override
        public ObservableList<Entry> entries() {
            return list;
        }

        @Override
        public void put(Entry e) {
            list.removeIf(x -> x.key().equals(e.key()));
            list.add(e);
        }

        @Override
        public void remove(String key) {
            list.removeIf(x -> x.key().equals(key));
        }
    }

    @Test
    void trainsTheThreeModelsToTheBudgetAndShelvesThem() {
        ArrayDeque<Runnable> worker = new ArrayDeque<>();
        MemoryModel model = new MemoryModel();
        model.apply(new MemorySettings(MemorySettings.Source.SEASONAL, 12, 0.8, 500, 4, 4, 0, -2, 12, true, 1.1, 3));
        Shelf shelf = new Shelf();
        List<Integer> epochs = new ArrayList<>();
        model.resultProperty().addListener((o, a, s) -> epochs.add(s.epoch()));
        new MemoryController(model, new Background("Memory", worker::add, Runnable::run),
                new Background("Memory gradients", worker::add, Runnable::run), null, shelf);
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        MemorySnapshot s = model.resultProperty().get();
        assertThat(s.epoch()).isEqualTo(12);
        assertThat(epochs).isSorted().endsWith(12);
        assertThat(s.validation()[2]).hasSize(13);
        assertThat(java.util.Arrays.stream(s.validation()[2]).allMatch(Double::isFinite)).isTrue();
        assertThat(s.truth()).isFinite();
        assertThat(s.connectivityEpoch()).isEqualTo(12);
        // the window model's connectivity is exactly zero beyond p = 4; the map's rows are the Connectivity's
        for (int k = 4; k < s.lags(); k++) {
            assertThat(s.connectivity()[0][k]).isEqualTo(0.0);
        }
        double[] row = Connectivity.of(s.models()[2], s.series()).lags(s.targets()[3], s.lags());
        for (int k = 0; k < s.lags(); k++) {
            assertThat(s.maps()[2][3][k]).isEqualTo(Math.abs(row[k]));
        }
        assertThat(shelf.list).extracting(ModelShelf.Entry::key).containsExactly("memory.window", "memory.rnn",
                "memory.gru", "memory.truth");
        MemoryModel.Gradients g = model.gradientsProperty().get();
        assertThat(g.scale()).isEqualTo(1.1);
        double[] n = g.experiment().jacobianNorms();
        assertThat(n[n.length - 1]).isGreaterThan(n[0]);
        assertThat(MemoryPresenter.status(s)).startsWith("Epoch 12 of 12");
    }

    @Test
    void aMoveSupersedesTheRunAndABadSeriesIsReported() {
        ArrayDeque<Runnable> worker = new ArrayDeque<>();
        MemoryModel model = new MemoryModel();
        model.apply(new MemorySettings(MemorySettings.Source.LONG_PERIOD, 20, 0.5, 500, 3, 3, 0, -2, 10, false, 0.9, 3));
        new MemoryController(model, new Background("Memory", worker::add, Runnable::run),
                new Background("Memory gradients", worker::add, Runnable::run), null, null);
        model.lagProperty().set(25);
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        assertThat(model.resultProperty().get().epoch()).isEqualTo(10);
        assertThat(model.resultProperty().get().lags()).isEqualTo(70); // 2L + 20 for L = 25
        model.sourceProperty().set(MemorySettings.Source.CURRENT); // no series port
        assertThat(model.messageProperty().get()).contains("No current series");
    }

    @Test
    void aShortLoadedSeriesWithALongLagStillRuns() {
        double[] x = new double[114];
        var rng = org.arlab.core.random.RandomStreams.of(4);
        for (int t = 1; t < x.length; t++) {
            x[t] = 0.8 * x[t - 1] + rng.nextDouble();
        }
        MemoryRun run = new MemoryRun(new MemorySettings(MemorySettings.Source.CURRENT, 200, 0.5, 500, 6, 3, 0, -2, 10,
                false, 0.9, 3), x);
        run.advance(2, () -> false);
        MemorySnapshot s = run.snapshot();
        assertThat(s.epoch()).isEqualTo(2);
        assertThat(s.truth()).isNaN();
        assertThat(java.util.Arrays.stream(s.targets()).max().getAsInt()).isLessThanOrEqualTo(x.length);
        assertThat(MemoryPresenter.gaps(s)).startsWith("A loaded series has no true process");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new MemoryRun(
                new MemorySettings(MemorySettings.Source.CURRENT, 20, 0.5, 500, 10, 3, 0, -2, 10, false, 0.9, 3),
                new double[40])).getMessage()).contains("too few");
    }
}
