package org.arlab.app.lab.horizon;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

import org.arlab.core.ar.ArModel;
import org.arlab.core.horizon.HorizonExperiment;

/** The Horizon lab's parameters (true model, training length, horizon, rollouts, seed) and its latest result. */
public final class HorizonModel {
    /** Largest order offered. */
    public static final int MAX_ORDER = 4;

    private final IntegerProperty order = new SimpleIntegerProperty(this, "order", 2);
    private final DoubleProperty[] phi = new DoubleProperty[MAX_ORDER];
    private final DoubleProperty sigma = new SimpleDoubleProperty(this, "sigma", 1);
    private final DoubleProperty logTrain = new SimpleDoubleProperty(this, "logTrain", Math.log10(200));
    private final DoubleProperty logHorizon = new SimpleDoubleProperty(this, "logHorizon", Math.log10(200));
    private final DoubleProperty logRollouts = new SimpleDoubleProperty(this, "logRollouts", Math.log10(2000));
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 7);
    private final ReadOnlyObjectWrapper<HorizonExperiment> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** At the default: AR(2) with φ = (0.9, −0.2), σ = 1, 200 training values, H = 200, M = 2000. */
    public HorizonModel() {
        double[] d = {0.9, -0.2, 0, 0};
        for (int i = 0; i < MAX_ORDER; i++) {
            phi[i] = new SimpleDoubleProperty(this, "phi" + (i + 1), d[i]);
        }
    }

    /** @return the true model's order */
    public IntegerProperty orderProperty() {
        return order;
    }

    /** @return φ_i of the true model, i in 1..{@value #MAX_ORDER} */
    public DoubleProperty phiProperty(int i) {
        return phi[i - 1];
    }

    /** @return σ of the true model */
    public DoubleProperty sigmaProperty() {
        return sigma;
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
        double[] c = new double[order.get()];
        for (int i = 0; i < c.length; i++) {
            c[i] = phi[i].get();
        }
        return ArModel.of(c, sigma.get());
    }

    /** Copies φ and σ from another model (the Data lab's), keeping the order within {@value #MAX_ORDER}. */
    public void copy(ArModel m) {
        double[] c = m.phi();
        order.set(Math.max(1, Math.min(MAX_ORDER, c.length)));
        for (int i = 0; i < MAX_ORDER; i++) {
            phi[i].set(i < c.length ? c[i] : 0);
        }
        sigma.set(m.sigma());
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
        result.set(e);
    }

    void say(String text) {
        message.set(text);
    }
}
