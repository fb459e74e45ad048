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
}
