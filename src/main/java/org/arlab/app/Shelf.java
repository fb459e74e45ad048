package org.arlab.app;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.arlab.app.lab.ModelShelf;

/** The window's {@link ModelShelf}: an observable list keyed by {@link ModelShelf.Entry#key()}. FX thread only. */
final class Shelf implements ModelShelf {
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> view = FXCollections.unmodifiableObservableList(entries);

    @Override
    public ObservableList<Entry> entries() {
        return view;
    }

    @Override
    public void put(Entry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(entry.key())) {
                entries.set(i, entry);
                return;
            }
        }
        entries.add(entry);
    }

    @Override
    public void remove(String key) {
        entries.removeIf(e -> e.key().equals(key));
    }
}
