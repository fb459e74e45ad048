package org.arlab.app.lab;

import javafx.collections.ObservableList;

import org.arlab.core.process.SequenceModel;

/**
 * The models the labs share: a lab that trains a model (neural AR, mixture, memory) puts it on the shelf under its own
 * key, replacing its earlier one; a lab that compares models (KL) lists the shelf. Like {@link SeriesPort}, the one
 * way labs see each other's work; labs never import each other's packages. FX thread only.
 */
public interface ModelShelf {
    /**
     * A shelved model.
     *
     * @param key unique on the shelf, e.g. "neural.trained" or "neural.truth"
     * @param label what a person reads in a model picker, e.g. "Neural AR lab: GRU, 16 units, epoch 200"
     * @param model the model
     */
    record Entry(String key, String label, SequenceModel model) {
    }

    /** @return the shelf, read-only, in the order models were first put */
    ObservableList<Entry> entries();

    /** Puts a model on the shelf, replacing any entry with the same key in place. */
    void put(Entry entry);

    /** Removes the entry with this key, if any. */
    void remove(String key);
}
