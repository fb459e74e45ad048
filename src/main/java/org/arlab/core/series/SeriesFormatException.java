package org.arlab.core.series;

import java.io.IOException;

/**
 * A file that cannot be read as a series, with one message that names the file, the line and the reason.
 */
public final class SeriesFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final long line;
    private final boolean missingValue;

    /**
     * @param file the file's name
     * @param line the 1-based line, or 0 when the problem is not on one line (an empty file)
     * @param reason what is wrong, for the user
     */
    public SeriesFormatException(String file, long line, String reason) {
        this(file, line, reason, false);
    }

    private SeriesFormatException(String file, long line, String reason, boolean missingValue) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.missingValue = missingValue;
    }

    /** @return a refusal of a missing value, which the caller may offer to drop */
    static SeriesFormatException missing(String file, long line, String reason) {
        return new SeriesFormatException(file, line, reason, true);
    }

    /** @return the file's name */
    public String file() {
        return file;
    }

    /** @return the 1-based line, 0 when none applies */
    public long line() {
        return line;
    }

    /** @return whether the refusal is of a missing value (reading again with missing values dropped gets past it) */
    public boolean missingValue() {
        return missingValue;
    }
}
