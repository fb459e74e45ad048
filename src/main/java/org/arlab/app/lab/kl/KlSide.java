package org.arlab.app.lab.kl;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.arlab.core.session.KlModelChoice;

/** Which model one side of the KL lab is (its linear AR's sliders live in {@link org.arlab.app.ArParameters}). */
public final class KlSide {
    private final ObjectProperty<KlModelChoice.Source> source;
    private final StringProperty shelfKey;
    private final StringProperty file;

    KlSide(String name, KlModelChoice start) {
        source = new SimpleObjectProperty<>(this, name + "Source", start.source());
        shelfKey = new SimpleStringProperty(this, name + "ShelfKey", start.shelfKey());
        file = new SimpleStringProperty(this, name + "File", start.file());
    }

    /** @return the kind of model */
    public ObjectProperty<KlModelChoice.Source> sourceProperty() {
        return source;
    }

    /** @return the shelf entry's key (when the source is the shelf) */
    public StringProperty shelfKeyProperty() {
        return shelfKey;
    }

    /** @return the model file's path (when the source is a file) */
    public StringProperty fileProperty() {
        return file;
    }

    /** @return the choice, for sessions */
    public KlModelChoice choice() {
        return new KlModelChoice(source.get(), shelfKey.get() == null ? "" : shelfKey.get(),
                file.get() == null ? "" : file.get());
    }

    /** Sets the choice from a session. */
    public void apply(KlModelChoice c) {
        shelfKey.set(c.shelfKey());
        file.set(c.file());
        source.set(c.source());
    }

    /** Calls back on any change. */
    void onChange(Runnable r) {
        source.addListener((o, a, b) -> r.run());
        shelfKey.addListener((o, a, b) -> r.run());
        file.addListener((o, a, b) -> r.run());
    }
}
