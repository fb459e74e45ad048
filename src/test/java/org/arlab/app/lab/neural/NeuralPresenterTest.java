package org.arlab.app.lab.neural;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.chart.Format;
import org.arlab.core.session.NeuralSettings;
import org.junit.jupiter.api.Test;

/** The lab's sentences and formulas carry the snapshot's numbers. */
class NeuralPresenterTest {
    private static NeuralSnapshot trained(int epochs) {
        NeuralRun run = new NeuralRun(NeuralSettings.DEFAULT, null, "");
        run.trainTo(epochs, () -> false);
        return run.snapshot(true);
    }

    @Test
    void theStatusComparesTheValidationNllWithTheLinearArs() {
        NeuralSnapshot s = trained(60);
        String text = NeuralPresenter.status(s);
        assertThat(text).startsWith("Epoch 60 of 500.").contains(Format.number(s.validation()))
                .contains(Format.number(s.linearValidationNll()));
        // SETAR: by epoch 60 the MLP is ahead of the line
        assertThat(s.validation()).isLessThan(s.linearValidationNll());
        assertThat(text).contains(Format.number(s.linearValidationNll() - s.validation()) + " nats better than linear.");
    }

    @Test
    void theExposureSentenceQuotesTheErrorsAndTheTrueScores() {
        NeuralSnapshot s = trained(20);
        int h = s.errors().freeRunning().length;
        String text = NeuralPresenter.exposure(s);
        assertThat(text).contains("at h = " + h).contains(Format.number(s.errors().freeRunning()[h - 1]))
                .contains(Format.number(s.errors().teacherForced()[h - 1])).contains("SETAR(2; 1, 1)")
                .contains(Format.number(s.trueScores()[s.trueScores().length - 1]));
    }

    @Test
    void theFormulaHoldsTheNllIsMseIdentityAndTheMistake() {
        NeuralSnapshot s = trained(10);
        String latex = NeuralPresenter.formula(s, true).latex();
        assertThat(latex).contains("\\nabla_\\theta f_\\theta").contains("Common mistake").contains("\\eta = 0.01")
                .contains(s.parameters() + "");
    }
}
