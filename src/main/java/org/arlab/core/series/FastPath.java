package org.arlab.core.series;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * The reader's fast path for plain ASCII files without quotes. The file's first lines (the header and the
 * {@link SeriesReader.Request#sample()} data lines the default column is judged on) go through the general reader,
 * which learns the separator, the header, the width and the column from them; the rest is scanned as bytes with the
 * same rules (line ends, whitespace, comments, field count), and a field that is a plain decimal number is parsed in
 * place by FastDoubleParser (correctly rounded, as {@link Double#parseDouble}). Any other line — a wrong width, a
 * missing value, text — is handed to the general reader's own check of that line, so a refusal has exactly the
 * general path's message.
 */
final class FastPath {
    private FastPath() {
    }

    /** @return whether the fast path reads these bytes: every byte ASCII and no double quote */
    static boolean applies(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 || b == '"') {
                return false;
            }
        }
        return true;
    }

    static Series read(String name, byte[] b, SeriesReader.Request request) throws SeriesFormatException {
        int n = b.length;
        int pos = 0;
        int found = 0;
        int lineNo = 0;
        while (pos < n && found <= request.sample()) {
            int end = lineEnd(b, pos);
            lineNo++;
            if (!blankOrComment(b, pos, end)) {
                found++;
            }
            pos = next(b, end);
        }
        SeriesReader.Table t = SeriesReader.Table.of(name, new String(b, 0, pos, StandardCharsets.ISO_8859_1),
                request.sample());
        int col = t.choose(request.column());
        boolean drop = request.dropMissing();
        double[] values = new double[Math.max(16, t.rows.size() + (n - pos) / 16)];
        int count = 0;
        int dropped = 0;
        for (int r = 0; r < t.rows.size(); r++) {
            double x = t.value(t.rows.get(r), t.lineNumbers.get(r), col, drop);
            if (Double.isNaN(x)) {
                dropped++;
            } else {
                values[count++] = x;
            }
        }
        char sep = t.separator;
        int width = t.width;
        while (pos < n) {
            int end = lineEnd(b, pos);
            lineNo++;
            if (!blankOrComment(b, pos, end)) {
                int fields = 0;
                int fs = pos;
                int fe = pos;
                int i = pos;
                if (sep == ' ') {
                    while (true) {
                        while (i < end && SeriesReader.isSpace(b[i])) {
                            i++;
                        }
                        if (i >= end) {
                            break;
                        }
                        int k = i;
                        while (k < end && !SeriesReader.isSpace(b[k])) {
                            k++;
                        }
                        if (fields == col) {
                            fs = i;
                            fe = k;
                        }
                        fields++;
                        i = k;
                    }
                } else {
                    while (true) {
                        int k = i;
                        while (k < end && b[k] != sep) {
                            k++;
                        }
                        if (fields == col) {
                            fs = i;
                            fe = k;
                        }
                        fields++;
                        if (k >= end) {
                            break;
                        }
                        i = k + 1;
                    }
                    while (fs < fe && SeriesReader.isSpace(b[fs])) {
                        fs++;
                    }
                    while (fe > fs && SeriesReader.isSpace(b[fe - 1])) {
                        fe--;
                    }
                }
                double x = Double.NaN;
                boolean clean = fields == width && isDecimal(b, fs, fe);
                if (clean) {
                    x = JavaDoubleParser.parseDouble(b, fs, fe - fs);
                    clean = Double.isFinite(x);
                }
                if (!clean) {
                    // the general reader's check of this line: its message, or the value it reads
                    String line = new String(b, pos, end - pos, StandardCharsets.ISO_8859_1);
                    x = t.value(SeriesReader.Table.split(line, sep, name, lineNo), lineNo, col, drop);
                }
                if (Double.isNaN(x)) {
                    dropped++;
                } else {
                    if (count == values.length) {
                        values = Arrays.copyOf(values, values.length * 2);
                    }
                    values[count++] = x;
                }
            }
            pos = next(b, end);
        }
        return t.finish(col, values, count, dropped, request);
    }

    /** The same grammar as {@link SeriesReader#isDecimal(CharSequence)}, on bytes. */
    static boolean isDecimal(byte[] s, int from, int to) {
        int i = from;
        if (i < to && (s[i] == '+' || s[i] == '-')) {
            i++;
        }
        int digits = 0;
        while (i < to && s[i] >= '0' && s[i] <= '9') {
            i++;
            digits++;
        }
        if (i < to && s[i] == '.') {
            i++;
            while (i < to && s[i] >= '0' && s[i] <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < to && (s[i] == 'e' || s[i] == 'E')) {
            i++;
            if (i < to && (s[i] == '+' || s[i] == '-')) {
                i++;
            }
            int exp = 0;
            while (i < to && s[i] >= '0' && s[i] <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == to;
    }

    /** @return the index of the line's end: the first LF or CR from {@code from}, or the end of the bytes */
    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return i;
    }

    /** @return where the next line starts: after LF, CR or CRLF */
    private static int next(byte[] b, int end) {
        if (end >= b.length) {
            return b.length;
        }
        return b[end] == '\r' && end + 1 < b.length && b[end + 1] == '\n' ? end + 2 : end + 1;
    }

    private static boolean blankOrComment(byte[] b, int from, int to) {
        int i = from;
        while (i < to && SeriesReader.isSpace(b[i])) {
            i++;
        }
        if (i >= to) {
            return true;
        }
        return b[i] == '#' && !SeriesReader.startsWithSpreadsheetError(new String(b, i, to - i,
                StandardCharsets.ISO_8859_1), 0);
    }
}
