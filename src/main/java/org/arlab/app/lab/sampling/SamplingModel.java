package org.arlab.app.lab.sampling;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

import org.arlab.app.ArParameters;
import org.arlab.core.ar.ArFit;
import org.arlab.core.replicate.ExperimentSnapshot;
import org.arlab.core.replicate.ReplicationDesign;
import org.arlab.core.session.ReplicateSettings;

/** The Sampling lab's parameters — the true model, n, R, the methods, the seed — and its latest snapshot. */
public final class SamplingModel {
    /** Largest true order. */
    public static final int MAX_ORDER = ReplicationDesign.MAX_ORDER;

    private final ArParameters truth = new ArParameters("truth", MAX_ORDER, ReplicateSettings.DEFAULT.truth());
    private final DoubleProperty intercept = new SimpleDoubleProperty(this, "intercept", 0);
    private final BooleanProperty estimateIntercept = new SimpleBooleanProperty(this, "estimateIntercept", true);
    private final DoubleProperty logLength = new SimpleDoubleProperty(this, "logLength",
            ReplicateSettings.DEFAULT.logLength());
    private final DoubleProperty logReplications = new SimpleDoubleProperty(this, "logReplications",
            ReplicateSettings.DEFAULT.logReplications());
    private final BooleanProperty[] methods = new BooleanProperty[4];
    private final LongProperty seed = new SimpleLongProperty(this, "seed", ReplicateSettings.DEFAULT.seed());
    private final IntegerProperty coefficient = new SimpleIntegerProperty(this, "coefficient", 1);
    private final ReadOnlyObjectWrapper<ExperimentSnapshot> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** At the defaults. */
    public SamplingModel() {
        for (int i = 0; i < methods.length; i++) {
            methods[i] = new SimpleBooleanProperty(this, ArFit.Method.values()[i].key(), true);
        }
    }

    /** @return the true model's order, φ and σ */
    public ArParameters truth() {
        return truth;
    }

    /** @return the true intercept c */
    public DoubleProperty interceptProperty() {
        return intercept;
    }

    /** @return whether the fits estimate an intercept */
    public BooleanProperty estimateInterceptProperty() {
        return estimateIntercept;
    }

    /** @return log10 n */
    public DoubleProperty logLengthProperty() {
        return logLength;
    }

    /** @return log10 R */
    public DoubleProperty logReplicationsProperty() {
        return logReplications;
    }

    /** @return whether the method is compared */
    public BooleanProperty methodProperty(ArFit.Method m) {
        return methods[m.ordinal()];
    }

    /** @return the seed */
    public LongProperty seedProperty() {
        return seed;
    }

    /** @return which φᵢ the histogram and the curves show, 1..p */
    public IntegerProperty coefficientProperty() {
        return coefficient;
    }

    /** @return the parameters, for sessions */
    public ReplicateSettings settings() {
        return new ReplicateSettings(truth.settings(), intercept.get(), estimateIntercept.get(), logLength.get(),
                logReplications.get(), methods[0].get(), methods[1].get(), methods[2].get(), methods[3].get(),
                seed.get());
    }

    /** Sets every parameter from a session. */
    public void apply(ReplicateSettings s) {
        truth.apply(s.truth());
        intercept.set(s.intercept());
        estimateIntercept.set(s.estimateIntercept());
        logLength.set(s.logLength());
        logReplications.set(s.logReplications());
        boolean[] on = {s.leastSquares(), s.exactMle(), s.yuleWalker(), s.burg()};
        for (int i = 0; i < on.length; i++) {
            methods[i].set(on[i]);
        }
        seed.set(s.seed());
    }

    /**
     * @return the design the parameters describe
     * @throws IllegalArgumentException naming what is wrong (no method, an explosive model)
     */
    public ReplicationDesign design() {
        ReplicateSettings s = settings();
        List<ArFit.Method> m = s.methods();
        if (m.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one method to compare.");
        }
        return new ReplicationDesign(s.model(), s.length(), s.estimateIntercept(), m, s.seed());
    }

    /** Calls {@code action} whenever a parameter of the experiment changes (not the coefficient shown). */
    public void onChange(Runnable action) {
        truth.onChange(action);
        intercept.addListener((o, a, b) -> action.run());
        estimateIntercept.addListener((o, a, b) -> action.run());
        logLength.addListener((o, a, b) -> action.run());
        logReplications.addListener((o, a, b) -> action.run());
        for (BooleanProperty p : methods) {
            p.addListener((o, a, b) -> action.run());
        }
        seed.addListener((o, a, b) -> action.run());
    }

    /** @return the latest snapshot */
    public ReadOnlyObjectProperty<ExperimentSnapshot> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a warning or error for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(ExperimentSnapshot s) {
        result.set(s);
    }

    void say(String text) {
        message.set(text);
    }
}
