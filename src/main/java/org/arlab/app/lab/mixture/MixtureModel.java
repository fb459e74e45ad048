package org.arlab.app.lab.mixture;

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

import org.arlab.core.mixture.MixtureExperiment;
import org.arlab.core.mixture.MixtureFrame;
import org.arlab.core.session.MixtureSettings;

/** The Mixture lab's state: the settings as properties, whether training plays, and the latest frame. FX thread. */
public final class MixtureModel {
    private final ObjectProperty<MixtureSettings.Part> part = new SimpleObjectProperty<>(this, "part");
    private final ObjectProperty<MixtureSettings.Source> source = new SimpleObjectProperty<>(this, "source");
    private final IntegerProperty components = new SimpleIntegerProperty(this, "components");
    private final IntegerProperty hidden = new SimpleIntegerProperty(this, "hidden");
    private final ObjectProperty<MixtureSettings.Network> network = new SimpleObjectProperty<>(this, "network");
    private final IntegerProperty order = new SimpleIntegerProperty(this, "order");
    private final DoubleProperty logRate = new SimpleDoubleProperty(this, "logRate");
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final DoubleProperty probe = new SimpleDoubleProperty(this, "probe");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", true);
    private final IntegerProperty sampledShown = new SimpleIntegerProperty(this, "sampledShown",
            MixtureExperiment.SAMPLED_STEPS);
    private final ReadOnlyObjectWrapper<MixtureFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** At the lab's defaults. */
    public MixtureModel() {
        apply(MixtureSettings.DEFAULT);
    }

    /** @return the picture shown */
    public ObjectProperty<MixtureSettings.Part> partProperty() {
        return part;
    }

    /** @return part 2's series */
    public ObjectProperty<MixtureSettings.Source> sourceProperty() {
        return source;
    }

    /** @return C */
    public IntegerProperty componentsProperty() {
        return components;
    }

    /** @return D */
    public IntegerProperty hiddenProperty() {
        return hidden;
    }

    /** @return window MLP or GRU */
    public ObjectProperty<MixtureSettings.Network> networkProperty() {
        return network;
    }

    /** @return p */
    public IntegerProperty orderProperty() {
        return order;
    }

    /** @return log10 η */
    public DoubleProperty logRateProperty() {
        return logRate;
    }

    /** @return the seed */
    public LongProperty seedProperty() {
        return seed;
    }

    /** @return where the conditional is shown, 0..1 across the map */
    public DoubleProperty probeProperty() {
        return probe;
    }

    /** @return whether training runs */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** @return how many of the step-by-step draws are shown */
    public IntegerProperty sampledShownProperty() {
        return sampledShown;
    }

    /** @return the latest frame, null before the first */
    public ReadOnlyObjectProperty<MixtureFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** @return a warning or error for the user, empty when none */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the settings now */
    public MixtureSettings settings() {
        return new MixtureSettings(part.get(), source.get(), components.get(), hidden.get(), network.get(),
                order.get(), logRate.get(), seed.get(), probe.get());
    }

    /** Sets every parameter. */
    public void apply(MixtureSettings s) {
        part.set(s.part());
        source.set(s.source());
        components.set(s.components());
        hidden.set(s.hidden());
        network.set(s.network());
        order.set(s.order());
        logRate.set(s.logRate());
        seed.set(s.seed());
        probe.set(s.probe());
    }

    void publish(MixtureFrame f) {
        frame.set(f);
    }

    void say(String text) {
        message.set(text == null ? "" : text);
    }
}
