package org.arlab.app.lab.memory;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.arlab.core.neural.MemoryExperiment;
import org.arlab.core.session.MemorySettings;

/**
 * The Memory lab's state: the series and the three models' settings (whole numbers are held as doubles, as their
 * sliders give them, and rounded), s of W = s·Q, the latest training snapshot and the latest W = s·Q experiment.
 */
public final class MemoryModel {
    private final ObjectProperty<MemorySettings.Source> source = new SimpleObjectProperty<>(this, "source",
            MemorySettings.DEFAULT.source());
    private final DoubleProperty lag = new SimpleDoubleProperty(this, "lag", MemorySettings.DEFAULT.lag());
    private final DoubleProperty coefficient = new SimpleDoubleProperty(this, "coefficient",
            MemorySettings.DEFAULT.coefficient());
    private final DoubleProperty length = new SimpleDoubleProperty(this, "length", MemorySettings.DEFAULT.length());
    private final DoubleProperty window = new SimpleDoubleProperty(this, "window", MemorySettings.DEFAULT.window());
    private final DoubleProperty hidden = new SimpleDoubleProperty(this, "hidden", MemorySettings.DEFAULT.hidden());
    private final DoubleProperty truncation = new SimpleDoubleProperty(this, "truncation",
            MemorySettings.DEFAULT.truncation());
    private final DoubleProperty logRate = new SimpleDoubleProperty(this, "logRate", MemorySettings.DEFAULT.logRate());
    private final DoubleProperty epochs = new SimpleDoubleProperty(this, "epochs", MemorySettings.DEFAULT.epochs());
    private final BooleanProperty clip = new SimpleBooleanProperty(this, "clip", MemorySettings.DEFAULT.clip());
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", MemorySettings.DEFAULT.scale());
    private final LongProperty seed = new SimpleLongProperty(this, "seed", MemorySettings.DEFAULT.seed());
    private final ReadOnlyObjectWrapper<MemorySnapshot> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Gradients> gradients = new ReadOnlyObjectWrapper<>(this, "gradients");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * The W = s·Q experiment.
     *
     * @param scale s
     * @param hidden H
     * @param seed the seed of Q
     * @param experiment its norms and s^T
     */
    public record Gradients(double scale, int hidden, long seed, MemoryExperiment experiment) {
    }

    /** @return the source */
    public ObjectProperty<MemorySettings.Source> sourceProperty() {
        return source;
    }

    /** @return L */
    public DoubleProperty lagProperty() {
        return lag;
    }

    /** @return φ, a or A/2 */
    public DoubleProperty coefficientProperty() {
        return coefficient;
    }

    /** @return n */
    public DoubleProperty lengthProperty() {
        return length;
    }

    /** @return p */
    public DoubleProperty windowProperty() {
        return window;
    }

    /** @return H */
    public DoubleProperty hiddenProperty() {
        return hidden;
    }

    /** @return k */
    public DoubleProperty truncationProperty() {
        return truncation;
    }

    /** @return log10 η */
    public DoubleProperty logRateProperty() {
        return logRate;
    }

    /** @return the epochs */
    public DoubleProperty epochsProperty() {
        return epochs;
    }

    /** @return whether gradients are clipped */
    public BooleanProperty clipProperty() {
        return clip;
    }

    /** @return s */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** @return the seed */
    public LongProperty seedProperty() {
        return seed;
    }

    /** @return every property that changes the training run (not s) */
    Observable[] trainingInputs() {
        return new Observable[] {source, lag, coefficient, length, window, hidden, truncation, logRate, epochs, clip,
                seed};
    }

    /** @return the settings now, for a session */
    public MemorySettings settings() {
        return new MemorySettings(source.get(), round(lag), coefficient.get(), round(length), round(window),
                round(hidden), round(truncation), logRate.get(), round(epochs), clip.get(), scale.get(), seed.get());
    }

    private static int round(DoubleProperty p) {
        return (int) Math.round(p.get());
    }

    /** Sets every parameter from a session. */
    public void apply(MemorySettings s) {
        source.set(s.source());
        lag.set(s.lag());
        coefficient.set(s.coefficient());
        length.set(s.length());
        window.set(s.window());
        hidden.set(s.hidden());
        truncation.set(s.truncation());
        logRate.set(s.logRate());
        epochs.set(s.epochs());
        clip.set(s.clip());
        scale.set(s.scale());
        seed.set(s.seed());
    }

    /** @return the latest training snapshot */
    public ReadOnlyObjectProperty<MemorySnapshot> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return the latest W = s·Q experiment */
    public ReadOnlyObjectProperty<Gradients> gradientsProperty() {
        return gradients.getReadOnlyProperty();
    }

    /** @return a warning or error for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(MemorySnapshot s) {
        result.set(s);
    }

    void publish(Gradients g) {
        gradients.set(g);
    }

    void say(String text) {
        message.set(text);
    }
}
