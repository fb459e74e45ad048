package org.arlab.app;

import org.arlab.app.lab.data.DataModel;
import org.arlab.app.lab.fit.FitModel;
import org.arlab.app.lab.horizon.HorizonModel;
import org.arlab.app.lab.kl.KlModel;
import org.arlab.app.lab.likelihood.LikelihoodModel;
import org.arlab.app.lab.montecarlo.McModel;
import org.arlab.core.session.Session;

/**
 * Every lab's model, built with the window (before any lab is opened, so a session can be applied to labs not yet
 * shown), and the two ways between them and a {@link Session}.
 */
final class LabModels {
    final DataModel data = new DataModel();
    final FitModel fit = new FitModel();
    final LikelihoodModel likelihood = new LikelihoodModel();
    final HorizonModel horizon = new HorizonModel();
    final KlModel kl = new KlModel();
    final McModel monteCarlo = new McModel();

    /** @return every lab's parameters now */
    Session session() {
        return Session.DEFAULT.withData(data.scenario())
                .withLoaded(data.loadedProperty().get(), data.loadedOrderProperty().get(), data.loadedNote())
                .withLabs(fit.settings(), likelihood.settings(), horizon.settings(), kl.settings(),
                        monteCarlo.settings());
    }

    /** Sets every lab's parameters and the loaded series from a session. Call on the FX thread. */
    void apply(Session s) {
        data.apply(s.data());
        if (s.loaded() != null) {
            data.load(s.loaded(), s.loadedOrder(), s.loadedNote());
        } else {
            data.generate();
        }
        fit.apply(s.fit());
        likelihood.apply(s.likelihood());
        horizon.apply(s.horizon());
        kl.apply(s.kl());
        monteCarlo.apply(s.monteCarlo());
    }
}
