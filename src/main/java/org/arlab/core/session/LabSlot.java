package org.arlab.core.session;

/**
 * A lab's place in a session: the key it is written under ({@code labs.<key>} in the file), the record type its
 * settings are read as, and the settings a lab starts from when a session does not hold it (an older file, or a lab
 * added since).
 *
 * @param key the lab's key in the file, e.g. {@code "fit"}
 * @param type the settings record's class (read and written field by field, strictly)
 * @param defaults the lab's settings at the start of a fresh lesson
 * @param <S> the settings record
 */
public record LabSlot<S>(String key, Class<S> type, S defaults) {
    /**
     * @throws IllegalArgumentException when a part is missing, the key is "data" (the Data lab's own entry) or
     *     not a plain identifier, or the defaults are not of the type
     */
    public LabSlot {
        if (key == null || !key.matches("[a-z][A-Za-z0-9]*") || key.equals("data")) {
            throw new IllegalArgumentException("a lab's key must be a plain identifier other than \"data\", not "
                    + key + ".");
        }
        if (type == null || !type.isInstance(defaults)) {
            throw new IllegalArgumentException("the defaults of lab " + key + " must be a " + type + ".");
        }
    }

    /** @return the value as this lab's settings */
    public S cast(Object value) {
        return type.cast(value);
    }
}
