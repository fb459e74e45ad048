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

    @Test
    void theStepSentenceNamesTheLawItDrewFromAndTheValueDrawn() {
        var drewFrom = org.arlab.core.neural.Predictive.gaussian(0.42, 0.58);
        var next = org.arlab.core.neural.Predictive.gaussian(0.61, 0.58);
        assertThat(NeuralPresenter.step(512, drewFrom, 0.77, next, 40)).isEqualTo("x_512 ~ N(0.42, 0.58²): drew "
                + "0.77. Next, x_513 ~ N(0.61, 0.58²), the network at epoch 40; each value drawn is fed back as "
                + "input.");
        assertThat(NeuralPresenter.step(512, null, Double.NaN, drewFrom, 40)).startsWith(
                "From the end of the series, x_512 ~ N(0.42, 0.58²) given the values before it").doesNotContain(
                "drew").doesNotContain("—");
        var mixture = org.arlab.core.neural.Predictive.mixture(new double[] {0.5, 0.5}, new double[] {-1, 1},
                new double[] {1, 1});
        // mean 0, variance 1 + 1 = 2
        assertThat(NeuralPresenter.law(mixture)).isEqualTo("a mixture of 2 Gaussians (mean 0, sd "
                + Format.number(Math.sqrt(2)) + ")");
    }

    @Test
    void stepByStepDrawsWhatTheTrainedModelDrawsWithTheSameSeedAndResetRepeatsIt() {
        NeuralSnapshot s = trained(5);
        NeuralStepper stepper = new NeuralStepper(s.model(), s.x(), 77);
        double a = stepper.next();
        double b = stepper.next();
        // directly: the predictive given the series, one draw, append, again, from one stream of the same seed
        var rng = org.arlab.core.random.RandomStreams.of(77);
        double[] x = s.x();
        double a0 = s.model().predictive(x, x.length).sample(rng);
        double[] x1 = java.util.Arrays.copyOf(x, x.length + 1);
        x1[x.length] = a0;
        double b0 = s.model().predictive(x1, x1.length).sample(rng);
        assertThat(new double[] {a, b}).containsExactly(a0, b0);
        assertThat(a).isNotEqualTo(b);
        assertThat(stepper.drawn()).containsExactly(a0, b0);
        assertThat(stepper.lastPredictive().mean()).isEqualTo(s.model().predictive(x1, x1.length).mean());
        stepper.reset();
        assertThat(stepper.drawn()).isEmpty();
        assertThat(stepper.next()).isEqualTo(a0);
        assertThat(stepper.nextIndex()).isEqualTo(x.length + 1);
        // another seed draws another path
        assertThat(new NeuralStepper(s.model(), x, 78).next()).isNotEqualTo(a0);
    }
}
