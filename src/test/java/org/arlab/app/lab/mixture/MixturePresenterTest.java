package org.arlab.app.lab.mixture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.arlab.core.mixture.MixtureExperiment;
import org.arlab.core.mixture.MixtureFrame;
import org.arlab.core.session.MixtureSettings;

/** The Mixture lab's sentences. */
class MixturePresenterTest {
    @Test
    void theCounterWrites3CDPlusOneAndTheRestOfEachNetwork() {
        MixtureSettings s = MixtureSettings.DEFAULT;
        assertThat(MixturePresenter.counter(s)).isEqualTo("Head: 3C(D + 1) = 3·3·(16 + 1) = 153\n"
                + "the rest of the network: 32\nin all: 185 parameters");
        // part 2, window p = 3 into 16 tanh units: (3 + 1)·16 = 64 besides the head
        MixtureSettings w = new MixtureSettings(MixtureSettings.Part.SERIES, MixtureSettings.Source.REGIME, 2, 16,
                MixtureSettings.Network.WINDOW, 3, -2, 1, 0.5);
        assertThat(MixturePresenter.counter(w)).contains("3·2·(16 + 1) = 102").contains("rest of the network: 64")
                .contains("in all: 166");
        // a GRU of 4 units on one input: 3·(4·(1 + 4) + 4) = 72 besides the head
        MixtureSettings g = new MixtureSettings(MixtureSettings.Part.SERIES, MixtureSettings.Source.REGIME, 1, 4,
                MixtureSettings.Network.GRU, 3, -2, 1, 0.5);
        assertThat(MixturePresenter.counter(g)).contains("3·1·(4 + 1) = 15").contains("rest of the network: 72");
    }

    @Test
    void theStatusNamesBothNllsAndTheExactOneWhenKnown() {
        MixtureFrame f = new MixtureExperiment(MixtureSettings.DEFAULT, null).frame();
        String s = MixturePresenter.status(f);
        assertThat(s).startsWith("Epoch 0 of " + org.arlab.chart.Format.count(3000)).contains("C = 3: ").contains("C = 1 (one Gaussian): ")
                .doesNotContain("true process");
        assertThat(MixturePresenter.probeTitle(f)).startsWith("p(t | x = ");
        MixtureFrame r = new MixtureExperiment(new MixtureSettings(MixtureSettings.Part.SERIES,
                MixtureSettings.Source.REGIME, 2, 4, MixtureSettings.Network.WINDOW, 2, -2, 1, 0.5), null).frame();
        assertThat(MixturePresenter.status(r)).contains("true process (exact conditional): ");
        assertThat(MixturePresenter.mapTitle(r)).contains("regime-switching AR").contains("C = 2");
    }

    @Test
    void theMapTitlesEpochDoesNotBreakAcrossLines() {
        assertThat(MixturePresenter.epoch(1376)).isEqualTo("(epoch\u00A01\u00A0376)");
        assertThat(MixturePresenter.epoch(1376)).doesNotContain(" ").doesNotContain("\u2009");
        MixtureFrame f = new MixtureExperiment(MixtureSettings.DEFAULT, null).frame();
        assertThat(MixturePresenter.mapTitle(f)).endsWith(" (epoch\u00A00)");
    }
}
