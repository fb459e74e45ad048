package org.arlab.app.lab.horizon;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.app.Background;
import org.arlab.core.ar.ArModel;
import org.junit.jupiter.api.Test;

class HorizonControllerTest {
    @Test
    void explosiveFitNamesTheRootAndTheGrowthRate() {
        // φ = 1.05: root z = 1/1.05 = 0.9524, errors grow like 1.05^h
        String m = HorizonController.explain(ArModel.of(new double[] {1.05}, 1));
        assertThat(m).contains("explosive").contains("z = 0.9524").contains("1.05^h");
        assertThat(HorizonController.explain(ArModel.of(new double[] {0.5}, 1))).isEmpty();
        // complex pair inside the unit circle: φ = (0.5, −1.2), |z| = 1/sqrt(1.2)
        assertThat(HorizonController.explain(ArModel.of(new double[] {0.5, -1.2}, 1))).contains("|z| = 0.9129")
                .contains("i");
    }

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
}
