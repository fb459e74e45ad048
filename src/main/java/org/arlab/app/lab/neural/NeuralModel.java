package org.arlab.app.lab.neural;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.arlab.core.neural.Activation;
import org.arlab.core.neural.Schedule;
import org.arlab.core.session.NeuralSettings;

/**
 * The Neural AR lab's state: every setting as a property the controls bind to, and the latest snapshot. The training
 * settings restart the run when they move; the fan's start, horizon and size only change what is drawn.
 */
public final class NeuralModel {
    private static final NeuralSettings D = NeuralSettings.DEFAULT;

    final ObjectProperty<NeuralSettings.Source> source = new SimpleObjectProperty<>(this, "source", D.source());
    final IntegerProperty length = new SimpleIntegerProperty(this, "length", D.length());
    final LongProperty dataSeed = new SimpleLongProperty(this, "dataSeed", D.dataSeed());
    final DoubleProperty validation = new SimpleDoubleProperty(this, "validation", D.validation());
    final ObjectProperty<NeuralSettings.Architecture> architecture = new SimpleObjectProperty<>(this, "architecture",
            D.architecture());
    final IntegerProperty order = new SimpleIntegerProperty(this, "order", D.order());
    final IntegerProperty hidden = new SimpleIntegerProperty(this, "hidden", D.hidden());
    final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", D.depth());
    final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", D.activation());
    final BooleanProperty learnSigma = new SimpleBooleanProperty(this, "learnSigma", D.learnSigma());
    final DoubleProperty fixedSigma = new SimpleDoubleProperty(this, "fixedSigma", D.fixedSigma());
    final BooleanProperty adam = new SimpleBooleanProperty(this, "adam", D.adam());
    final DoubleProperty logRate = new SimpleDoubleProperty(this, "logRate", D.logRate());
    final IntegerProperty batch = new SimpleIntegerProperty(this, "batch", D.batch());
    final DoubleProperty logMaxEpochs = new SimpleDoubleProperty(this, "logMaxEpochs", Math.log10(D.maxEpochs()));
    final LongProperty seed = new SimpleLongProperty(this, "seed", D.seed());
    final ObjectProperty<Schedule.Kind> schedule = new SimpleObjectProperty<>(this, "schedule", D.schedule().kind());
    final DoubleProperty horizon = new SimpleDoubleProperty(this, "horizon", D.horizon());
    final DoubleProperty rollouts = new SimpleDoubleProperty(this, "rollouts", D.rollouts());
    final DoubleProperty start = new SimpleDoubleProperty(this, "start", D.start());
    final BooleanProperty saveWeights = new SimpleBooleanProperty(this, "saveWeights", false);
    private Schedule scheduleShape = D.schedule();
    /** The epoch a restored session asks the run to reach, then stay paused at (0: none). */
    int restoreEpochs;
    double[] restoreWeights = new double[0];
    /**
     * The session's epoch and weights, reported by {@link #settings()} until the replay reaches them (null: none
     * pending), so that a session saved straight after it was opened is the same session.
     */
    NeuralSettings pending;
    private final ReadOnlyObjectWrapper<NeuralSnapshot> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @return the properties that restart training when they move */
    Observable[] trainingSettings() {
        return new Observable[] {source, length, dataSeed, validation, architecture, order, hidden, depth, activation,
            learnSigma, fixedSigma, adam, logRate, batch, logMaxEpochs, seed, schedule};
    }

    /** @return the epoch budget */
    int maxEpochs() {
        return (int) Math.round(Math.pow(10, logMaxEpochs.get()));
    }

    /** @return the schedule the kind chooses (its shape parameters kept from the session or the defaults) */
    Schedule scheduleNow() {
        Schedule.Kind k = schedule.get();
        if (k == scheduleShape.kind()) {
            return scheduleShape;
        }
        return switch (k) {
            case TEACHER_FORCING -> Schedule.TEACHER_FORCING;
            case LINEAR -> Schedule.linear(0.005, 0.5);
            case EXPONENTIAL -> Schedule.exponential(0.99);
            case INVERSE_SIGMOID -> Schedule.inverseSigmoid(50);
        };
    }

    /** @return the settings now (the epoch reached and the weights from the latest snapshot when asked to) */
    public NeuralSettings settings() {
        NeuralSettings p = pending;
        if (p != null) {
            return p;
        }
        NeuralSnapshot s = result.get();
        int max = maxEpochs();
        int reached = s == null ? 0 : Math.min(s.epoch(), max);
        double[] w = saveWeights.get() && s != null ? s.model().parameters() : new double[0];
        return new NeuralSettings(source.get(), length.get(), dataSeed.get(), validation.get(), architecture.get(),
                order.get(), hidden.get(), depth.get(), activation.get(), learnSigma.get(), fixedSigma.get(),
                adam.get(), logRate.get(), batch.get(), max, seed.get(), scheduleNow(), (int) Math.round(horizon.get()),
                (int) Math.round(rollouts.get()), start.get(), reached, w);
    }

    /** Sets every property from a session (FX thread). */
    public void apply(NeuralSettings s) {
        restoreEpochs = s.epochs();
        restoreWeights = s.weights();
        scheduleShape = s.schedule();
        saveWeights.set(s.weights().length > 0);
        source.set(s.source());
        length.set(s.length());
        dataSeed.set(s.dataSeed());
        validation.set(s.validation());
        architecture.set(s.architecture());
        order.set(s.order());
        hidden.set(s.hidden());
        depth.set(s.depth());
        activation.set(s.activation());
        learnSigma.set(s.learnSigma());
        fixedSigma.set(s.fixedSigma());
        adam.set(s.adam());
        logRate.set(s.logRate());
        batch.set(s.batch());
        logMaxEpochs.set(Math.log10(s.maxEpochs()));
        seed.set(s.seed());
        schedule.set(s.schedule().kind());
        horizon.set(s.horizon());
        rollouts.set(s.rollouts());
        start.set(s.start());
        pending = s.epochs() > 0 || s.weights().length > 0 ? s : null;
        applied.set(applied.get() + 1);
    }

    /** Counts sessions applied: the controller then trains again to the session's epoch. */
    final IntegerProperty applied = new SimpleIntegerProperty(this, "applied", 0);

    /** @return the latest snapshot */
    public ReadOnlyObjectProperty<NeuralSnapshot> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a warning or error for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(NeuralSnapshot s) {
        result.set(s);
    }

    void say(String text) {
        message.set(text);
    }
}
