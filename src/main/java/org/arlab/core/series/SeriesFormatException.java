package org.arlab.core.series;

import java.io.IOException;

/**
 * A file that cannot be read as a series, with one message that names the file, the line and the reason.
 */
public final class SeriesFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final long line;

    /**
     * @param file the file's name
     * @param line the 1-based line, or 0 when the problem is not on one line (an empty file)
     * @param reason what is wrong, for the user
     */
    public SeriesFormatException(String file, long line, String reason) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /** @return the file's name */
    public String file() {
        return file;
    }

    /** @return the 1-based line, 0 when none applies */
    public long line() {
        return line;
    }
}
