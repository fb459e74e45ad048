package org.arlab.app.lab.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.arlab.app.Background;
import org.arlab.app.lab.data.DataController;
import org.arlab.app.lab.data.DataModel;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.likelihood.SurfaceResult;
import org.junit.jupiter.api.Test;

/** The Likelihood lab's model and controller without a window. */
class LikelihoodControllerTest {
    @Test
    void followsTheDataLabAndMarksTruthAndMle() {
        DataModel data = new DataModel();
        new DataController(data, new Background("Data", Runnable::run, Runnable::run));
        LikelihoodModel model = new LikelihoodModel();
        new LikelihoodController(model, data, new Background("L", Runnable::run, Runnable::run));
        SurfaceResult r = model.resultProperty().get();
        assertThat(r.truth()).containsExactly(0.5, -0.3);
        double[] y = data.resultProperty().get().values();
        double[] phi = ConditionalMle.fit(y, 2, true).phi();
        assertThat(r.mle()[0]).isCloseTo(phi[0], offset(1e-8));
        assertThat(r.mle()[1]).isCloseTo(phi[1], offset(1e-8));
        assertThat(r.nUsed()).isEqualTo(500);
        model.fractionProperty().set(0.5);
        assertThat(model.resultProperty().get().nUsed()).isEqualTo(22); // round(500^0.5) = 22
        data.orderProperty().set(1);
        SurfaceResult ar1 = model.resultProperty().get();
        assertThat(ar1.i()).isEqualTo(-1);
        assertThat(ar1.surface().ys()[0]).isGreaterThan(0); // the y axis is σ
    }

    @Test
    void usedObservationsStayWithinTheSeries() {
        assertThat(LikelihoodController.used(1000, 2, 0)).isEqualTo(20);
        assertThat(LikelihoodController.used(1000, 2, 1)).isEqualTo(1000);
        assertThat(LikelihoodController.used(15, 2, 0)).isEqualTo(15);
    }
}
