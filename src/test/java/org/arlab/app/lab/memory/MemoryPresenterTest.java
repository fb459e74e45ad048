package org.arlab.app.lab.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.core.neural.Activation;
import org.arlab.core.neural.HeadSpec;
import org.arlab.core.neural.MemoryExperiment;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class MemoryPresenterTest {
    @Test
    void parameterCountsAreTheNetworks() {
        for (int h : new int[] {2, 10, 32}) {
            for (int p = 1; p <= WindowModel.MAX_ORDER; p++) {
                assertThat(MemoryPresenter.windowParameters(p, h)).isEqualTo(
                        WindowModel.of(p, new int[] {h}, Activation.TANH, HeadSpec.gaussian()).parameterCount());
            }
            assertThat(MemoryPresenter.rnnParameters(h)).isEqualTo(
                    RecurrentModel.of(RecurrentModel.Cell.RNN, h, 3, HeadSpec.gaussian()).parameterCount());
            assertThat(MemoryPresenter.gruParameters(h)).isEqualTo(
                    RecurrentModel.of(RecurrentModel.Cell.GRU, h, 3, HeadSpec.gaussian()).parameterCount());
        }
        assertThat(MemoryPresenter.why(10, 30, 10)).isEqualTo("A window MLP of p = 10 has 122 parameters; to see "
                + "the value 30 steps back it needs p = 30 and 322. The RNN has 132 and the GRU 372 whatever the lag: the state "
                + "carries the past.");
    }

    @Test
    void theGradientSentenceFollowsS() {
        MemoryExperiment below = MemoryExperiment.of(RecurrentModel.Cell.RNN, 8, 0.9, 50, RandomStreams.of(1));
        assertThat(MemoryPresenter.gradients(0.9, below)).startsWith("s = 0.9 < 1: the gradient through T steps falls "
                + "as sᵀ and vanishes (‖∂h_50/∂h₀‖₂ = 0.00515").contains("s^50 = 0.00515");
        MemoryExperiment above = MemoryExperiment.of(RecurrentModel.Cell.RNN, 8, 1.1, 50, RandomStreams.of(1));
        assertThat(MemoryPresenter.gradients(1.1, above)).startsWith("s = 1.1 > 1: the gradient through T steps grows "
                + "as sᵀ and explodes");
        MemoryExperiment one = MemoryExperiment.of(RecurrentModel.Cell.RNN, 8, 1, 50, RandomStreams.of(1));
        assertThat(MemoryPresenter.gradients(1, one)).startsWith("s = 1: W is orthogonal");
        assertThat(MemoryPresenter.clipping(1.2)).startsWith("Clipped to norm 1, the exploding gradient is capped");
        assertThat(MemoryPresenter.clipping(0.8)).contains("cannot bring back a vanishing one");
    }
}
