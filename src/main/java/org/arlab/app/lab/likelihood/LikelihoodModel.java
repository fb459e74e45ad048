package org.arlab.app.lab.likelihood;

import org.arlab.core.session.LikelihoodSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.arlab.core.likelihood.SurfaceResult;

/** The Likelihood lab's choices and its latest surface. */
public final class LikelihoodModel {
    private static final LikelihoodSettings DEFAULTS = LikelihoodSettings.DEFAULT;

    private final BooleanProperty exact = new SimpleBooleanProperty(this, "exact", DEFAULTS.exact());
    private final BooleanProperty intercept = new SimpleBooleanProperty(this, "intercept", DEFAULTS.intercept());
    private final IntegerProperty xCoefficient = new SimpleIntegerProperty(this, "x", DEFAULTS.xCoefficient());
    private final IntegerProperty yCoefficient = new SimpleIntegerProperty(this, "y", DEFAULTS.yCoefficient());
    private final DoubleProperty fraction = new SimpleDoubleProperty(this, "fraction", DEFAULTS.fraction());
    private final DoubleProperty logEta = new SimpleDoubleProperty(this, "logEta", DEFAULTS.logEta());
    private final ReadOnlyObjectWrapper<SurfaceResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @return whether the exact likelihood is drawn instead of the conditional one */
    public BooleanProperty exactProperty() {
        return exact;
    }

    /** @return whether the intercept is profiled out (else c = 0) */
    public BooleanProperty interceptProperty() {
        return intercept;
    }

    /** @return the coefficient on the x axis (1-based) */
    public IntegerProperty xCoefficientProperty() {
        return xCoefficient;
    }

    /** @return the coefficient on the y axis (1-based) */
    public IntegerProperty yCoefficientProperty() {
        return yCoefficient;
    }

    /** @return the share of the series used, on a log scale of n: log10(n_used)/log10(n) */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    /** @return log10 of the learning rate η */
    public DoubleProperty logEtaProperty() {
        return logEta;
    }

    /** @return the choices, for sessions */
    public LikelihoodSettings settings() {
        return new LikelihoodSettings(exact.get(), intercept.get(), xCoefficient.get(), yCoefficient.get(),
                fraction.get(), logEta.get());
    }

    /** Sets every choice from a session. */
    public void apply(LikelihoodSettings s) {
        exact.set(s.exact());
        intercept.set(s.intercept());
        xCoefficient.set(s.xCoefficient());
        yCoefficient.set(s.yCoefficient());
        fraction.set(s.fraction());
        logEta.set(s.logEta());
    }

    /** @return the latest surface */
    public ReadOnlyObjectProperty<SurfaceResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a message for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(SurfaceResult r) {
        result.set(r);
    }

    void say(String text) {
        message.set(text);
    }
}
