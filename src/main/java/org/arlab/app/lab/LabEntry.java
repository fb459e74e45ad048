package org.arlab.app.lab;

import java.util.function.Supplier;

/**
 * An item of the navigator.
 *
 * @param title the lab's name
 * @param summary one line on what it teaches
 * @param factory builds the lab, or null when the lab is not built yet (shown disabled)
 */
public record LabEntry(String title, String summary, Supplier<Lab> factory) {
    /** @return true when the lab can be opened */
    public boolean available() {
        return factory != null;
    }

    @Override
    public String toString() {
        return title;
    }
}
