package org.arlab.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.arlab.core.series.FitScale;
import org.arlab.core.series.Series;
import org.arlab.core.series.SeriesFormatException;
import org.arlab.core.series.SeriesReader;

/**
 * The commands' series input: the reader, then the range of magnitudes a fit can compute with ({@link FitScale}),
 * and the command line's way of dropping missing values named in the refusal of one.
 */
final class Inputs {
    /** The --column option's description: the default column rule, stated once for every command. */
    static final String COLUMN_HELP = "Column name or 1-based index (default: the last column in which numbers "
            + "outnumber text over the first " + SeriesReader.SAMPLE_ROWS + " data lines).";
    /** The --drop-missing option's description. */
    static final String DROP_HELP = "Drop the lines whose value is missing (empty, NA, N/A, NaN, null, #N/A, …) "
            + "instead of refusing the file.";

    private Inputs() {
    }

    /** Reads the series; a missing value's refusal names --drop-missing. */
    static Series read(Path input, String column, long minLength, boolean dropMissing) throws IOException {
        int min = (int) Math.min(Integer.MAX_VALUE, Math.max(1, minLength));
        try {
            Series s = SeriesReader.read(input, column, min, dropMissing);
            FitScale.check(s, input.getFileName() == null ? input.toString() : org.arlab.core.io.Echo.of(
                    input.getFileName().toString(), 80));
            return s;
        } catch (SeriesFormatException e) {
            if (e.missingValue()) {
                String m = e.getMessage();
                throw new IOException((m.endsWith(".") ? m.substring(0, m.length() - 1) : m) + " (--drop-missing).",
                        e);
            }
            throw e;
        }
    }
}
