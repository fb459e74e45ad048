package org.arlab.app.lab.horizon;

import org.arlab.core.session.HorizonSettings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;

import org.arlab.app.ArParameters;
import org.arlab.core.ar.ArModel;
import org.arlab.core.horizon.HorizonExperiment;

/** The Horizon lab's parameters (true model, training length, horizon, rollouts, seed) and its latest result. */
public final class HorizonModel {
    /** Largest order offered. */
    public static final int MAX_ORDER = 4;

    private final ArParameters truth = new ArParameters("truth", MAX_ORDER, HorizonSettings.DEFAULT.truth());
    private final DoubleProperty logTrain = new SimpleDoubleProperty(this, "logTrain",
            HorizonSettings.DEFAULT.logTrain());
    private final DoubleProperty logHorizon = new SimpleDoubleProperty(this, "logHorizon",
            HorizonSettings.DEFAULT.logHorizon());
    private final DoubleProperty logRollouts = new SimpleDoubleProperty(this, "logRollouts",
            HorizonSettings.DEFAULT.logRollouts());
    private final LongProperty seed = new SimpleLongProperty(this, "seed", HorizonSettings.DEFAULT.seed());
    private final ReadOnlyObjectWrapper<HorizonExperiment> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @return the true model's order, φ and σ (at the default: AR(2) with φ = (0.9, −0.2), σ = 1) */
    public ArParameters truthParameters() {
        return truth;
    }

    /** @return the true model's order */
    public IntegerProperty orderProperty() {
        return truth.orderProperty();
    }

    /** @return φ_i of the true model, i in 1..{@value #MAX_ORDER} */
    public DoubleProperty phiProperty(int i) {
        return truth.phiProperty(i);
    }

    /** @return σ of the true model */
    public DoubleProperty sigmaProperty() {
        return truth.sigmaProperty();
    }

    /** @return log10 of the training length */
    public DoubleProperty logTrainProperty() {
        return logTrain;
    }

    /** @return log10 of the horizon H */
    public DoubleProperty logHorizonProperty() {
        return logHorizon;
    }

    /** @return log10 of the number of rollouts M */
    public DoubleProperty logRolloutsProperty() {
        return logRollouts;
    }

    /** @return the seed */
    public LongProperty seedProperty() {
        return seed;
    }

    /** @return the training length n_train */
    public int nTrain() {
        return (int) Math.round(Math.pow(10, logTrain.get()));
    }

    /** @return the horizon H */
    public int horizon() {
        return (int) Math.round(Math.pow(10, logHorizon.get()));
    }

    /** @return the number of rollouts M */
    public int rollouts() {
        return (int) Math.round(Math.pow(10, logRollouts.get()));
    }

    /** @return the true model */
    public ArModel truth() {
        return truth.model();
    }

    /** Copies φ and σ from another model (the Data lab's), keeping the order within {@value #MAX_ORDER}. */
    public void copy(ArModel m) {
        truth.copy(m);
    }

    /** @return the parameters, for sessions */
    public HorizonSettings settings() {
        return new HorizonSettings(truth.settings(), logTrain.get(), logHorizon.get(), logRollouts.get(), seed.get());
    }

    /** Sets every parameter from a session. */
    public void apply(HorizonSettings s) {
        truth.apply(s.truth());
        logTrain.set(s.logTrain());
        logHorizon.set(s.logHorizon());
        logRollouts.set(s.logRollouts());
        seed.set(s.seed());
    }

    /** @return the latest experiment */
    public ReadOnlyObjectProperty<HorizonExperiment> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a warning or error for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(HorizonExperiment e) {
        publish(e, false);
    }

    /** @param preview whether this is the quick first pass, a full run with more rollouts following */
    void publish(HorizonExperiment e, boolean preview) {
        refining.set(preview);
        result.set(e);
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper refining =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "refining", false);

    /** @return whether the experiment shown is the quick first pass, the full one still running */
    public javafx.beans.property.ReadOnlyBooleanProperty refiningProperty() {
        return refining.getReadOnlyProperty();
    }

    void say(String text) {
        message.set(text);
    }
}
