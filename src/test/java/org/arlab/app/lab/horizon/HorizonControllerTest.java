package org.arlab.app.lab.horizon;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.app.Background;
import org.junit.jupiter.api.Test;

class HorizonControllerTest {
    @Test
    void controllerPublishesAnExperimentAndRefusesExplosiveTruth() {
        HorizonModel model = new HorizonModel();
        model.logRolloutsProperty().set(2);
        new HorizonController(model, new Background("Horizon", Runnable::run, Runnable::run));
        assertThat(model.resultProperty().get()).isNotNull();
        assertThat(model.resultProperty().get().fan().rollouts()).isEqualTo(100);
        model.phiProperty(1).set(1.5);
        assertThat(model.messageProperty().get()).contains("not stationary");
    }

    /**
     * Issue 17, Slow: 10⁴ rollouts took 1–2 s per change. The first 500 show at once (within a frame), then the full
     * run refines them; a move made meanwhile supersedes both.
     */
    @Test
    void manyRolloutsShowAQuickFirstPassThenTheFullRun() {
        java.util.ArrayDeque<Runnable> worker = new java.util.ArrayDeque<>();
        HorizonModel model = new HorizonModel();
        model.logRolloutsProperty().set(4);
        model.logHorizonProperty().set(Math.log10(500));
        java.util.List<Integer> shown = new java.util.ArrayList<>();
        model.resultProperty().addListener((o, a, e) -> shown.add(e.fan().rollouts()));
        new HorizonController(model, new Background("Horizon", worker::add, Runnable::run));
        while (!worker.isEmpty()) {
            worker.poll().run();
            if (shown.size() == 1) {
                assertThat(model.refiningProperty().get()).isTrue();
                assertThat(HorizonPresenter.refining(500, 10_000, 500)).isEqualTo(
                        "Fitted model generating alone: 500 of 10\u2009000 rollouts of 500 steps, refining…");
            }
        }
        assertThat(shown).containsExactly(HorizonController.PREVIEW, 10_000);
        assertThat(model.refiningProperty().get()).isFalse();
        assertThat(model.resultProperty().get().fan().horizon()).isEqualTo(500);

        // a move while the first pass runs: its full run never starts, the new one's passes follow
        shown.clear();
        model.seedProperty().set(8);
        model.seedProperty().set(9); // waits in the runner's slot behind the first pass of seed 8
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        assertThat(shown).containsExactly(HorizonController.PREVIEW, 10_000);
    }
}
