package org.arlab.core.series;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * The reader's fast path for plain ASCII files without quotes: the first two data lines go through the general
 * reader to learn the separator, the header and the column; the rest is scanned as bytes, one field per line parsed
 * in place by FastDoubleParser (the same syntax as {@link Double#parseDouble}, without building a String per value).
 * Refusals give the same messages as the general path.
 */
final class FastPath {
    private FastPath() {
    }

    /** @return the series, or null when the general reader should handle the file */
    static Series read(String name, byte[] b, String column, int minLength) throws SeriesFormatException {
        int n = b.length;
        int[] firstLines = new int[2];
        int found = 0;
        int pos = 0;
        int prefixEnd = n;
        while (pos < n && found < 2) {
            int end = lineEnd(b, pos);
            if (!blankOrComment(b, pos, end)) {
                firstLines[found++] = pos;
                if (found == 2) {
                    prefixEnd = Math.min(n, end + 1);
                }
            }
            pos = end + 1;
        }
        if (found == 0) {
            return null; // empty: the general path says so
        }
        SeriesReader.Table t = SeriesReader.Table.of(name, new String(b, 0, prefixEnd, StandardCharsets.ISO_8859_1));
        int col = t.choose(column);
        char sep = t.separator;
        int start = t.header ? (found == 2 ? firstLines[1] : n) : firstLines[0];
        long lineNo = 1;
        for (int i = 0; i < start; i++) {
            if (b[i] == '\n') {
                lineNo++;
            }
        }
        double[] values = new double[Math.max(16, n / 16)];
        int count = 0;
        pos = start;
        while (pos < n) {
            int end = lineEnd(b, pos);
            int stop = end > pos && b[end - 1] == '\r' ? end - 1 : end;
            if (!blankOrComment(b, pos, stop)) {
                int fs = pos;
                int fe;
                int field = 0;
                if (sep == ' ') {
                    while (fs < stop && isSpace(b[fs])) {
                        fs++;
                    }
                    while (true) {
                        fe = fs;
                        while (fe < stop && !isSpace(b[fe])) {
                            fe++;
                        }
                        if (field == col || fe >= stop) {
                            break;
                        }
                        fs = fe;
                        while (fs < stop && isSpace(b[fs])) {
                            fs++;
                        }
                        if (fs >= stop) {
                            break; // trailing whitespace: no further field
                        }
                        field++;
                    }
                } else {
                    while (true) {
                        fe = fs;
                        while (fe < stop && b[fe] != sep) {
                            fe++;
                        }
                        if (field == col || fe >= stop) {
                            break;
                        }
                        fs = fe + 1;
                        field++;
                    }
                }
                if (field != col) {
                    int fields = field + 1;
                    throw new SeriesFormatException(name, lineNo, "this line has " + fields + " field"
                            + (fields == 1 ? "" : "s") + ", so no \"" + t.names.get(col) + "\".");
                }
                while (fs < fe && isSpace(b[fs])) {
                    fs++;
                }
                while (fe > fs && isSpace(b[fe - 1])) {
                    fe--;
                }
                double x = parse(name, lineNo, b, fs, fe, t.names.get(col));
                if (count == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[count++] = x;
            }
            lineNo++;
            pos = end + 1;
        }
        if (count < minLength) {
            throw new SeriesFormatException(name, 0, "only " + count + " value" + (count == 1 ? "" : "s")
                    + " in column \"" + t.names.get(col) + "\"; at least " + minLength + " are needed.");
        }
        if (count == 0 && t.header) {
            throw new SeriesFormatException(name, t.headerLine, "this looks like a header, and no values follow it.");
        }
        String base = name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
        return Series.of(base + (t.names.size() > 1 ? " [" + t.names.get(col) + "]" : ""),
                Arrays.copyOf(values, count));
    }

    private static double parse(String name, long line, byte[] b, int from, int to, String column)
            throws SeriesFormatException {
        if (from >= to) {
            throw new SeriesFormatException(name, line, "the \"" + column + "\" field is empty.");
        }
        double x;
        try {
            x = JavaDoubleParser.parseDouble(b, from, to - from);
        } catch (NumberFormatException e) {
            String text = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
            throw new SeriesFormatException(name, line, "\"" + SeriesReader.Table.shorten(text) + "\" is not a number.");
        }
        if (Double.isNaN(x)) {
            throw new SeriesFormatException(name, line, "the value is NaN (not a number); remove or fill it.");
        }
        if (Double.isInfinite(x)) {
            throw new SeriesFormatException(name, line, "the value \"" + SeriesReader.Table.shorten(new String(b, from,
                    to - from, StandardCharsets.ISO_8859_1)) + "\" is infinite.");
        }
        return x;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private static boolean blankOrComment(byte[] b, int from, int to) {
        int i = from;
        while (i < to && isSpace(b[i])) {
            i++;
        }
        return i >= to || b[i] == '#';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == 0x0B || c == '\f';
    }
}
