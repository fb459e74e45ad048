package org.arlab.app.lab.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.arlab.core.reference.Fixtures;
import org.arlab.core.session.NeuralSettings;
import org.junit.jupiter.api.Test;

/** The lab's run, headless: the numbers the lab shows, reproducible from the seed. */
class NeuralRunTest {
    static double[] log10Lynx() {
        double[] v = Fixtures.series("lynx");
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.log10(v[i]);
        }
        return out;
    }

    static NeuralSettings dataLab(int order, int hidden, int epochs) {
        NeuralSettings d = NeuralSettings.DEFAULT;
        return new NeuralSettings(NeuralSettings.Source.DATA_LAB, d.length(), d.dataSeed(), 0.25, d.architecture(),
                order, hidden, 1, d.activation(), true, 1, true, -2, 0, epochs, 42, d.schedule(), 10, 20, 0, 0,
                new double[0]);
    }

    @Test
    void onLog10LynxTheMlpGoesBelowTheLinearArsValidationNll() {
        // measured: −2.006 against −1.845 at epoch 300 (8 units overfit: −1.07 by epoch 2000, so the budget is 300)
        NeuralRun run = new NeuralRun(dataLab(2, 4, 300), log10Lynx(), "lynx");
        run.trainTo(300, () -> false);
        NeuralSnapshot s = run.snapshot(true);
        System.out.printf("lynx: validation NLL %.5f, linear %.5f%n", s.validation(), s.linearValidationNll());
        assertThat(s.validation()).isLessThan(s.linearValidationNll());
    }

    @Test
    void aSeedReplaysTheRunAndTheSnapshotHoldsTheNllIdentity() {
        NeuralRun a = new NeuralRun(NeuralSettings.DEFAULT, null, "");
        NeuralRun b = new NeuralRun(NeuralSettings.DEFAULT, null, "");
        a.trainTo(40, () -> false);
        for (int i = 0; i < 40; i++) {
            b.step();
        }
        NeuralSnapshot sa = a.snapshot(true);
        NeuralSnapshot sb = b.snapshot(true);
        assertThat(sa.trainNll()).isEqualTo(sb.trainNll());
        assertThat(sa.model().parameters()).isEqualTo(sb.model().parameters());
        // ML with a Gaussian output is MSE: NLL = ½ log 2πσ² + MSE/(2σ²) with the model's σ and training residuals
        double s2 = sa.sigma() * sa.sigma();
        assertThat(0.5 * Math.log(2 * Math.PI * s2) + sa.trainMse() / (2 * s2)).isCloseTo(sa.train(), within(1e-9));
        assertThat(sa.trueScores()).isNotNull(); // SETAR: a known generator
        assertThat(sa.fan().paths()).hasNumberOfRows(NeuralSettings.DEFAULT.rollouts());
    }
}
