package org.arlab.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.arlab.app.lab.LabModule;
import org.arlab.app.lab.SeriesPort;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.Session;

/**
 * Every lab's model, built with the window (before any lab is opened, so a session can be applied to labs not yet
 * shown), and the two ways between them and a {@link Session}: each module saves and restores its own part.
 */
final class LabModels {
    private final List<LabModule<?, ?>> modules;
    private final Map<LabModule<?, ?>, Object> models = new LinkedHashMap<>();

    /** Builds every module's model at its defaults. */
    LabModels(List<LabModule<?, ?>> modules) {
        this.modules = List.copyOf(modules);
        for (LabModule<?, ?> m : modules) {
            models.put(m, m.newModel());
        }
    }

    /** @return the labs, in order */
    List<LabModule<?, ?>> modules() {
        return modules;
    }

    /** @return the session slots of the labs that have one, in order */
    List<LabSlot<?>> slots() {
        return modules.stream().<LabSlot<?>>map(LabModule::slot).filter(s -> s != null).toList();
    }

    /** @return the module's model */
    @SuppressWarnings("unchecked")
    <M> M model(LabModule<?, M> module) {
        return (M) models.get(module);
    }

    /** @return the model that publishes the current series (the Data lab's) */
    SeriesPort series() {
        return models.values().stream().filter(SeriesPort.class::isInstance).map(SeriesPort.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no lab publishes the current series"));
    }

    /** @return every lab's parameters now */
    Session session() {
        Session s = Session.DEFAULT;
        for (LabModule<?, ?> m : modules) {
            s = save(m, s);
        }
        return s;
    }

    /** Sets every lab's parameters and the loaded series from a session. Call on the FX thread. */
    void apply(Session s) {
        for (LabModule<?, ?> m : modules) {
            restore(m, s);
        }
    }

    private <M> Session save(LabModule<?, M> m, Session s) {
        return m.save(model(m), s);
    }

    private <M> void restore(LabModule<?, M> m, Session s) {
        m.restore(model(m), s);
    }
}
