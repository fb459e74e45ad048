package org.arlab.app.lab;

import org.arlab.chart.LabSpec;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.Session;

/**
 * A lab: its headless part ({@link LabSpec}: key, title, summary, session slot, main figure for export) and the
 * window's part — a model holding all its state, built with the window so that a session can be applied before the
 * lab is first shown, and the view (with its controller) built when the lab is first opened. The window, sessions,
 * {@code arlab export} and the UI tests all walk the one list in {@link Labs}.
 *
 * @param <S> the settings record a session holds
 * @param <M> the lab's model
 */
public interface LabModule<S, M> extends LabSpec {
    @Override
    LabSlot<S> slot();

    /** @return a new model at the lab's defaults */
    M newModel();

    /** @return the model's settings now, for a session */
    S settings(M model);

    /** Sets the model from settings (FX thread). */
    void apply(M model, S settings);

    /**
     * Builds the lab's view and controller on its model.
     *
     * @param model the model built by {@link #newModel()}
     * @param context the window's style, runners and the current series
     */
    Lab newLab(M model, LabContext context);

    /** @return the session with this lab's state from the model */
    default Session save(M model, Session session) {
        return session.with(slot(), settings(model));
    }

    /** Sets the model from a session (its settings, or its defaults when the session does not hold them). */
    default void restore(M model, Session session) {
        apply(model, session.settings(slot()));
    }

    /** @return the navigator row's id, e.g. {@code lab-monte-carlo} */
    default String navigatorId() {
        return "lab-" + title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
