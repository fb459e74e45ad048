package org.arlab.app.lab.kl;

import org.arlab.core.session.KlSettings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import org.arlab.app.ArParameters;
import org.arlab.core.session.KlReference;
import org.arlab.app.SamplingSettings;

/** The KL lab's parameters — two AR models p and q, the horizon T, the Monte Carlo budget — and its latest result. */
public final class KlModel {
    /** Largest order offered for p and q. */
    public static final int MAX_ORDER = 4;

    private final ArParameters p = new ArParameters("p", MAX_ORDER, KlSettings.DEFAULT.p());
    private final ArParameters q = new ArParameters("q", MAX_ORDER, KlSettings.DEFAULT.q());
    private final DoubleProperty logHorizon = new SimpleDoubleProperty(this, "logHorizon",
            KlSettings.DEFAULT.logHorizon());
    private final SamplingSettings sampling = new SamplingSettings(KlSettings.DEFAULT.sampling(), 6);
    private final KlSide pSide = new KlSide("p", KlSettings.DEFAULT.pModel());
    private final KlSide qSide = new KlSide("q", KlSettings.DEFAULT.qModel());
    private final javafx.beans.property.ObjectProperty<KlReference> reference =
            new javafx.beans.property.SimpleObjectProperty<>(this, "reference", KlReference.NONE);
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper(this, "answer", "");
    private final ReadOnlyStringWrapper pair = new ReadOnlyStringWrapper(this, "pair", "");
    private final ReadOnlyObjectWrapper<KlSnapshot> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Whether the KL-over-T chart is on a log scale; a view option, not kept in sessions (as the Data lab's). */
    private final javafx.beans.property.BooleanProperty logScale =
            new javafx.beans.property.SimpleBooleanProperty(this, "logScale", false);

    /** @return p, the model the samples come from */
    public ArParameters p() {
        return p;
    }

    /** @return q */
    public ArParameters q() {
        return q;
    }

    /** @return which model p is (its linear AR: {@link #p()}) */
    public KlSide pSide() {
        return pSide;
    }

    /** @return which model q is */
    public KlSide qSide() {
        return qSide;
    }

    /** @return a long run's KL_T(p‖q) for a pair with no closed form, stored with the session */
    public javafx.beans.property.ObjectProperty<KlReference> referenceProperty() {
        return reference;
    }

    /** @return the answer to "how far is the trained model from the truth?", "" until asked */
    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** @return what p and q are now, one line each */
    public ReadOnlyStringProperty pairProperty() {
        return pair.getReadOnlyProperty();
    }

    void answer(String text) {
        answer.set(text);
    }

    void pair(String text) {
        pair.set(text);
    }

    /** @return whether KL over T is drawn on a log scale (for an explosive p, KL_T spans tens of decades) */
    public javafx.beans.property.BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** @return log10 T */
    public DoubleProperty logHorizonProperty() {
        return logHorizon;
    }

    /** @return the largest M (sequences), the pace and the seed */
    public SamplingSettings sampling() {
        return sampling;
    }

    /** @return T */
    public int horizon() {
        return (int) Math.round(Math.pow(10, logHorizon.get()));
    }

    /** @return the parameters, for sessions */
    public KlSettings settings() {
        return new KlSettings(p.settings(), q.settings(), logHorizon.get(), sampling.budget(), pSide.choice(),
                qSide.choice(), reference.get());
    }

    /** Sets every parameter from a session. */
    public void apply(KlSettings s) {
        p.apply(s.p());
        q.apply(s.q());
        logHorizon.set(s.logHorizon());
        sampling.apply(s.sampling());
        reference.set(s.reference());
        pSide.apply(s.pModel());
        qSide.apply(s.qModel());
    }

    /** @return the latest exact values and Monte Carlo estimates */
    public ReadOnlyObjectProperty<KlSnapshot> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a warning or error for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(KlSnapshot s) {
        result.set(s);
    }

    void say(String text) {
        message.set(text);
    }
}
