package org.arlab.core.session;

/**
 * Which model one side (p or q) of the KL lab is: a linear AR on the lab's sliders, a model another lab put on the
 * session's shelf (by its key, e.g. "neural.trained"), a model file written by {@code train --save}, or the true
 * generator of the current series.
 *
 * @param source the kind
 * @param shelfKey the shelf entry's key (SHELF; "" otherwise allowed)
 * @param file the model file's path (FILE; "" otherwise allowed)
 */
public record KlModelChoice(Source source, String shelfKey, String file) {
    /** The kinds of model a side can be. */
    public enum Source {
        /** A linear AR from the lab's own sliders. */
        LINEAR,
        /** A model on the session's shelf (neural, mixture, memory labs). */
        SHELF,
        /** A model file from {@code train --save}. */
        FILE,
        /** The true generator of the current series. */
        TRUTH
    }

    /** The linear AR on the sliders: today's behaviour. */
    public static final KlModelChoice LINEAR = new KlModelChoice(Source.LINEAR, "", "");

    /** Validates. */
    public KlModelChoice {
        if (source == null || shelfKey == null || file == null) {
            throw new IllegalArgumentException("a KL model choice needs a source, a shelf key and a file (\"\" for "
                    + "none).");
        }
        if (shelfKey.length() > 200 || file.length() > 4096) {
            throw new IllegalArgumentException("a KL model choice's shelf key or file name is too long.");
        }
    }
}
