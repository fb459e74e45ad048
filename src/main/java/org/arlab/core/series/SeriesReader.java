package org.arlab.core.series;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.arlab.core.io.Echo;
import org.arlab.core.io.InputFile;

/**
 * Reads a series from a delimited text file. The rules, the same on both of its parse paths (this general one and
 * the byte-level {@link FastPath} for plain ASCII):
 * <ul>
 * <li>Only a regular file of at most {@link #MAX_BYTES} bytes, UTF-8 with or without a byte-order mark.</li>
 * <li>Lines end with LF, CRLF or a lone CR. Blank lines and lines whose first character is '#' are skipped, except
 * when the line starts with a spreadsheet's error value such as {@code #N/A}, which is a missing value.</li>
 * <li>Whitespace is space, tab, vertical tab and form feed ({@link #isSpace}); nothing else (not the control
 * characters 0x1C–0x1F, which Java's own notion counts).</li>
 * <li>The separator is found on the first line read (inside it, not at its ends): tab, else semicolon, else comma,
 * else runs of whitespace.
 * Fields are trimmed of whitespace and may be in double quotes.</li>
 * <li>The first line is a header when one of its fields is text in a column whose next lines mostly hold numbers
 * (so a date or label column does not make every file look headed, and one odd value under the header does not
 * hide it); a file of one line is a header when it holds text and no number.</li>
 * <li>Every line has as many fields as the header (or the first line): a wider or narrower one is refused by its
 * number.</li>
 * <li>The column is chosen by name (with a header) or 1-based index; by default it is the last column in which at
 * least as many of the first {@value #SAMPLE_ROWS} data lines hold a number as hold text (a missing value counts
 * for neither), so one odd value at the top does not move it.</li>
 * <li>A value is a decimal number: {@code 12}, {@code -3.5}, {@code .5}, {@code 1e-3} (no hexadecimal, no Java
 * suffixes such as {@code 1d}). A decimal comma ({@code 0,388}), digit grouping ({@code 1 234}), an infinite value
 * or one beyond a double's range is refused by line, naming what it is.</li>
 * <li>A missing value (an empty field, {@code NA}, {@code N/A}, {@code NaN}, {@code null}, {@code #N/A}, …) is
 * refused by line with a hint, unless the caller asks to drop the lines that hold one.</li>
 * </ul>
 * Every refusal is one {@link SeriesFormatException} naming the file, the line and the reason, with any text from the
 * file escaped and cut short ({@link Echo}).
 */
public final class SeriesReader {
    /** The largest file read, in bytes. */
    public static final long MAX_BYTES = 500_000_000L;
    /** How many data lines the default column is judged on. */
    public static final int SAMPLE_ROWS = 100;
    /** The bytes a column preview ({@link #columns}) reads. */
    static final int PREVIEW_BYTES = 1 << 16;

    private SeriesReader() {
    }

    /**
     * What the file holds: its column names (or "column 1", …), which of them hold numbers, whether the first line
     * is a header, and whether a missing value was seen in a numeric column of the lines looked at.
     */
    public record Columns(List<String> names, List<Boolean> numeric, boolean header, boolean missing) {
    }

    /** What to read: the column, the fewest values needed, whether lines with a missing value are dropped. */
    record Request(String column, int minLength, boolean dropMissing, int sample) {
    }

    /**
     * Reads one column, refusing a missing value.
     *
     * @param file the file
     * @param column a column name, a 1-based index, or null for the default column
     * @param minLength the fewest values the caller needs (a model's p + 2, say); 1 for any
     * @throws SeriesFormatException for any problem with the file
     */
    public static Series read(Path file, String column, int minLength) throws SeriesFormatException {
        return read(file, column, minLength, false);
    }

    /**
     * Reads one column.
     *
     * @param dropMissing whether a line whose value is missing is dropped (else it is refused)
     * @throws SeriesFormatException for any problem with the file
     */
    public static Series read(Path file, String column, int minLength, boolean dropMissing)
            throws SeriesFormatException {
        String name = displayName(file);
        byte[] bytes;
        try {
            bytes = InputFile.read(file, MAX_BYTES);
        } catch (IOException e) {
            throw new SeriesFormatException(name, 0, e.getMessage());
        }
        return read(name, bytes, new Request(column, minLength, dropMissing, SAMPLE_ROWS));
    }

    /** Reads bytes already in memory: through the fast path when they are plain ASCII, else the general one. */
    static Series read(String name, byte[] bytes, Request request) throws SeriesFormatException {
        if (FastPath.applies(bytes)) {
            return FastPath.read(name, bytes, request);
        }
        return general(name, bytes, request);
    }

    /** Reads bytes through the general path only (tests compare the two). */
    static Series general(String name, byte[] bytes, Request request) throws SeriesFormatException {
        return parse(name, decode(bytes, name), request);
    }

    /** Lists the columns of a file (for a column picker), from its first 64 KiB. */
    public static Columns columns(Path file) throws SeriesFormatException {
        String name = displayName(file);
        byte[] head;
        try {
            head = InputFile.head(file, PREVIEW_BYTES, MAX_BYTES);
        } catch (IOException e) {
            throw new SeriesFormatException(name, 0, e.getMessage());
        }
        int end = head.length;
        if (head.length == PREVIEW_BYTES) {
            while (end > 0 && head[end - 1] != '\n' && head[end - 1] != '\r') {
                end--;
            }
        }
        Table t = Table.of(name, decode(Arrays.copyOf(head, end), name), SAMPLE_ROWS);
        return new Columns(List.copyOf(t.names), List.copyOf(t.numeric), t.header, t.missing);
    }

    /** Parses text already in memory (tests, drag and drop of text), refusing a missing value. */
    public static Series parse(String name, String text, String column, int minLength) throws SeriesFormatException {
        return parse(name, text, new Request(column, minLength, false, SAMPLE_ROWS));
    }

    /** Parses text already in memory. */
    public static Series parse(String name, String text, String column, int minLength, boolean dropMissing)
            throws SeriesFormatException {
        return parse(name, text, new Request(column, minLength, dropMissing, SAMPLE_ROWS));
    }

    static Series parse(String name, String text, Request request) throws SeriesFormatException {
        Table t = Table.of(name, text, request.sample());
        int col = t.choose(request.column());
        double[] values = new double[t.rows.size()];
        int count = 0;
        for (int r = 0; r < t.rows.size(); r++) {
            double x = t.value(t.rows.get(r), t.lineNumbers.get(r), col, request.dropMissing());
            if (!Double.isNaN(x)) {
                values[count++] = x;
            }
        }
        return t.finish(col, values, count, t.rows.size() - count, request);
    }

    /** @return the file's name as messages show it */
    static String displayName(Path file) {
        Path n = file.getFileName();
        return Echo.of(n == null ? file.toString() : n.toString(), 80);
    }

    private static String decode(byte[] bytes, String name) throws SeriesFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SeriesFormatException(name, 0, "is not UTF-8 text (is it a spreadsheet or a binary file?).");
        }
    }

    /** The one definition of whitespace, for both parse paths: space, tab, vertical tab, form feed. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f';
    }

    /** What a field holds. */
    enum Kind {
        /** A decimal number (perhaps beyond a double's range). */
        NUMBER,
        /** A number written with a decimal comma. */
        DECIMAL_COMMA,
        /** Infinity, inf, -Inf, … */
        INFINITE,
        /** Empty, NA, NaN, null, #N/A, … */
        MISSING,
        /** Anything else. */
        TEXT
    }

    /** Spreadsheets' error values, which mark a missing value where a number should be (case ignored). */
    private static final List<String> SPREADSHEET_ERRORS = List.of("#n/a", "#na", "#n/a n/a", "#value!", "#div/0!",
            "#ref!", "#num!", "#name?", "#null!", "#spill!", "#calc!", "#getting_data");
    /** Other words for a missing value (case ignored). */
    private static final List<String> MISSING_WORDS = List.of("na", "n/a", "nan", "+nan", "-nan", "null", "none",
            "nil", "missing", ".", "-", "?");

    /** @return what the (trimmed) field holds */
    static Kind kind(String f) {
        if (f.isEmpty()) {
            return Kind.MISSING;
        }
        if (isDecimal(f)) {
            return Kind.NUMBER;
        }
        String lower = f.toLowerCase(java.util.Locale.ROOT);
        if (MISSING_WORDS.contains(lower) || SPREADSHEET_ERRORS.contains(lower)) {
            return Kind.MISSING;
        }
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return Kind.INFINITE;
        }
        if (isDecimalComma(f)) {
            return Kind.DECIMAL_COMMA;
        }
        return Kind.TEXT;
    }

    /** @return whether the text is a decimal number: [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)? */
    static boolean isDecimal(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return whether the text is a number with a decimal comma: 0,388 or 1.234,5 or -2,5e3 */
    static boolean isDecimalComma(String s) {
        int comma = s.indexOf(',');
        if (comma < 0 || s.indexOf(',', comma + 1) >= 0) {
            return false;
        }
        String before = s.substring(0, comma);
        String after = s.substring(comma + 1);
        String unsigned = before.startsWith("+") || before.startsWith("-") ? before.substring(1) : before;
        if (!unsigned.isEmpty() && !(isDigit(unsigned.charAt(0)) && unsigned.chars().allMatch(c -> isDigit((char) c)
                || c == '.'))) {
            return false;
        }
        if (after.isEmpty() || !isDigit(after.charAt(0))) {
            return false;
        }
        return isDecimal("0." + after);
    }

    /** @return whether the text is digits in groups of three parted by spaces or apostrophes: 1 234 567 */
    static boolean isGrouped(String s) {
        String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        int dot = t.indexOf('.');
        if (dot >= 0) {
            if (!t.substring(dot + 1).chars().allMatch(c -> isDigit((char) c))) {
                return false;
            }
            t = t.substring(0, dot);
        }
        String[] groups = t.split("[ \u00A0\u202F\u2009']", -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int g = 0; g < groups.length; g++) {
            if (!groups[g].chars().allMatch(c -> isDigit((char) c)) || (g > 0 && groups[g].length() != 3)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a line that starts with '#' at {@code i} starts with a spreadsheet's error value instead */
    static boolean startsWithSpreadsheetError(CharSequence line, int i) {
        int end = i;
        while (end < line.length() && !isSpace(line.charAt(end)) && line.charAt(end) != ','
                && line.charAt(end) != ';') {
            end++;
        }
        return SPREADSHEET_ERRORS.contains(line.subSequence(i, end).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** @return whether the line is blank or a comment */
    static boolean blankOrComment(String line) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i >= line.length() || (line.charAt(i) == '#' && !startsWithSpreadsheetError(line, i));
    }

    /** @return the text without whitespace ({@link #isSpace}) at either end */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The file split into lines and fields, with its header and column types. */
    static final class Table {
        final String file;
        final List<String> names = new ArrayList<>();
        final List<Boolean> numeric = new ArrayList<>();
        final List<String[]> rows = new ArrayList<>();
        final List<Integer> lineNumbers = new ArrayList<>();
        boolean header;
        int headerLine;
        int firstLine;
        int width;
        boolean missing;
        char separator;

        private Table(String file) {
            this.file = file;
        }

        /**
         * @param sample how many data lines decide the default column
         */
        static Table of(String file, String text, int sample) throws SeriesFormatException {
            Table t = new Table(file);
            int len = text.length();
            int pos = text.startsWith("\uFEFF") ? 1 : 0;
            int lineNo = 0;
            char sep = 0;
            while (pos < len) {
                int end = pos;
                while (end < len && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                lineNo++;
                String line = text.substring(pos, end);
                pos = end < len && text.charAt(end) == '\r' && end + 1 < len && text.charAt(end + 1) == '\n'
                        ? end + 2 : end + 1;
                if (blankOrComment(line)) {
                    continue;
                }
                if (sep == 0) {
                    sep = separator(strip(line));
                    t.separator = sep;
                }
                t.rows.add(split(line, sep, file, lineNo));
                t.lineNumbers.add(lineNo);
            }
            if (t.rows.isEmpty()) {
                throw new SeriesFormatException(file, 0, "the file is empty: no values to read.");
            }
            t.header = looksLikeHeader(t.rows, sample);
            t.width = t.rows.get(0).length;
            t.firstLine = t.lineNumbers.get(0);
            for (int c = 0; c < t.width; c++) {
                t.names.add(t.header ? t.rows.get(0)[c] : "column " + (c + 1));
            }
            if (t.header) {
                t.headerLine = t.lineNumbers.get(0);
                t.rows.remove(0);
                t.lineNumbers.remove(0);
            }
            List<String[]> sampled = t.rows.subList(0, Math.min(sample, t.rows.size()));
            for (int c = 0; c < t.width; c++) {
                boolean num = numeric(sampled, c);
                t.numeric.add(num);
                final int col = c;
                t.missing |= num && sampled.stream().anyMatch(r -> col < r.length && kind(r[col]) == Kind.MISSING);
            }
            return t;
        }

        int choose(String column) throws SeriesFormatException {
            if (column == null || column.isBlank()) {
                for (int c = numeric.size() - 1; c >= 0; c--) {
                    if (numeric.get(c)) {
                        return c;
                    }
                }
                if (rows.isEmpty()) {
                    throw new SeriesFormatException(file, headerLine, "this looks like a header, and no values "
                            + "follow it.");
                }
                throw new SeriesFormatException(file, lineNumbers.get(0), "no column holds numbers.");
            }
            String want = strip(column);
            for (int c = 0; c < names.size(); c++) {
                if (header && names.get(c).equals(want)) {
                    return c;
                }
            }
            for (int c = 0; c < names.size(); c++) {
                if (header && names.get(c).equalsIgnoreCase(want)) {
                    return c;
                }
            }
            if (!want.isEmpty() && want.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                long index = want.length() > 12 ? Long.MAX_VALUE : Long.parseLong(want);
                if (index >= 1 && index <= names.size()) {
                    return (int) index - 1;
                }
                throw new SeriesFormatException(file, 0, "no column " + Echo.of(want) + ": the file has "
                        + names.size() + " column" + (names.size() == 1 ? "" : "s") + ".");
            }
            throw new SeriesFormatException(file, 0, "no column named " + Echo.quoted(want)
                    + (header ? "; the columns are " + list(names) + "." : " (the file has no header)."));
        }

        private static String list(List<String> names) {
            StringBuilder sb = new StringBuilder();
            int shown = Math.min(names.size(), 8);
            for (int c = 0; c < shown; c++) {
                sb.append(c == 0 ? "" : ", ").append(Echo.of(names.get(c)));
            }
            if (shown < names.size()) {
                sb.append(", … (").append(names.size()).append(" in all)");
            }
            return sb.toString();
        }

        /**
         * Checks one data line and reads its value: the line's width first, then the field.
         *
         * @return the value, or NaN when the line is dropped for a missing value
         */
        double value(String[] row, long line, int col, boolean dropMissing) throws SeriesFormatException {
            if (row.length != width) {
                throw new SeriesFormatException(file, line, widthReason(row));
            }
            String f = row[col];
            switch (kind(f)) {
                case NUMBER -> {
                    double x = Double.parseDouble(f);
                    if (Double.isInfinite(x)) {
                        throw new SeriesFormatException(file, line, Echo.quoted(f) + " is beyond the range of a "
                                + "double (about ±1.8e308).");
                    }
                    return x;
                }
                case MISSING -> {
                    if (dropMissing) {
                        return Double.NaN;
                    }
                    String what = f.isEmpty() ? "the " + Echo.quoted(names.get(col)) + " field is empty"
                            : f.equalsIgnoreCase("nan") ? "the value is NaN (not a number)"
                            : Echo.quoted(f) + " marks a missing value";
                    throw SeriesFormatException.missing(file, line, what + "; fill it in, or drop the lines with "
                            + "missing values.");
                }
                case INFINITE -> throw new SeriesFormatException(file, line, "the value " + Echo.quoted(f)
                        + " is infinite.");
                case DECIMAL_COMMA -> throw new SeriesFormatException(file, line, Echo.quoted(f) + " uses a decimal "
                        + "comma; AR Lab reads a decimal point (" + Echo.of(f.replace(".", "").replace(',', '.'))
                        + ").");
                default -> {
                    if (isGrouped(f)) {
                        throw new SeriesFormatException(file, line, Echo.quoted(f) + " parts its digits in groups; "
                                + "write it without separators (" + Echo.of(f.replaceAll("[ \u00A0\u202F\u2009']", ""))
                                + ").");
                    }
                    throw new SeriesFormatException(file, line, Echo.quoted(f) + " is not a number.");
                }
            }
        }

        private String widthReason(String[] row) {
            String base = "this line has " + row.length + " field" + (row.length == 1 ? "" : "s") + "; "
                    + (header ? "the header has " : "line " + firstLine + " has ") + width + ".";
            if (separator == '\t' && row.length < width && String.join("", row).chars().anyMatch(c -> c == ' ')) {
                return "this line parts its fields with spaces, line " + firstLine + " with tabs; use one or "
                        + "the other.";
            }
            if (row.length > width && width >= 1) {
                String[] extra = Arrays.copyOfRange(row, width - 1, row.length);
                String joined = String.join(separator == ' ' ? " " : String.valueOf(separator), extra);
                if (separator == ' ' && isGrouped(joined)) {
                    return base + " Is " + Echo.quoted(joined) + " one number with its digits in groups? Write it "
                            + "without spaces.";
                }
                if (separator == ',' && extra.length == 2 && isDecimalComma(joined)) {
                    return base + " Does " + Echo.quoted(joined) + " use a decimal comma? AR Lab reads a decimal "
                            + "point.";
                }
            }
            return base;
        }

        /** The checks after the last line, and the series. */
        Series finish(int col, double[] values, int count, int dropped, Request request)
                throws SeriesFormatException {
            if (count < request.minLength()) {
                throw new SeriesFormatException(file, 0, "only " + count + " value" + (count == 1 ? "" : "s")
                        + " in column " + Echo.quoted(names.get(col))
                        + (dropped > 0 ? " after dropping " + dropped + " line" + (dropped == 1 ? "" : "s")
                                + " with missing values" : "")
                        + "; at least " + request.minLength() + " are needed.");
            }
            String base = file.lastIndexOf('.') > 0 ? file.substring(0, file.lastIndexOf('.')) : file;
            return Series.of(base + (names.size() > 1 ? " [" + Echo.of(names.get(col)) + "]" : ""),
                    Arrays.copyOf(values, count));
        }

        private static char separator(String line) {
            if (line.indexOf('\t') >= 0) {
                return '\t';
            }
            if (line.indexOf(';') >= 0) {
                return ';';
            }
            if (line.indexOf(',') >= 0) {
                return ',';
            }
            return ' ';
        }

        static String[] split(String line, char sep, String file, int lineNo) throws SeriesFormatException {
            List<String> out = new ArrayList<>();
            int n = line.length();
            int i = 0;
            if (sep == ' ') {
                while (true) {
                    while (i < n && isSpace(line.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (line.charAt(i) == '"') {
                        StringBuilder f = new StringBuilder();
                        i = quoted(line, i + 1, f, file, lineNo);
                        if (i < n && !isSpace(line.charAt(i))) {
                            throw new SeriesFormatException(file, lineNo, "text follows a closing quote.");
                        }
                        out.add(strip(f.toString()));
                    } else {
                        int k = i;
                        while (k < n && !isSpace(line.charAt(k))) {
                            k++;
                        }
                        out.add(line.substring(i, k));
                        i = k;
                    }
                }
                return out.toArray(new String[0]);
            }
            while (true) {
                int j = i;
                while (j < n && line.charAt(j) != sep && isSpace(line.charAt(j))) {
                    j++;
                }
                if (j < n && line.charAt(j) == '"') {
                    StringBuilder f = new StringBuilder();
                    int k = quoted(line, j + 1, f, file, lineNo);
                    while (k < n && line.charAt(k) != sep && isSpace(line.charAt(k))) {
                        k++;
                    }
                    if (k < n && line.charAt(k) != sep) {
                        throw new SeriesFormatException(file, lineNo, "text follows a closing quote.");
                    }
                    out.add(strip(f.toString()));
                    i = k;
                } else {
                    int k = i;
                    while (k < n && line.charAt(k) != sep) {
                        k++;
                    }
                    out.add(strip(line.substring(i, k)));
                    i = k;
                }
                if (i >= n) {
                    break;
                }
                i++; // the separator
            }
            return out.toArray(new String[0]);
        }

        /** Reads a quoted field's content from just after its opening quote; returns the index after the closing one. */
        private static int quoted(String line, int from, StringBuilder f, String file, int lineNo)
                throws SeriesFormatException {
            int i = from;
            int n = line.length();
            while (i < n) {
                char c = line.charAt(i++);
                if (c == '"') {
                    if (i < n && line.charAt(i) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        return i;
                    }
                } else {
                    f.append(c);
                }
            }
            throw new SeriesFormatException(file, lineNo, "a quoted field is not closed.");
        }

        /**
         * A first line is a header when one of its fields is text in a column whose next lines (up to the sample)
         * mostly hold numbers; with one line only, when it holds text and no number.
         */
        private static boolean looksLikeHeader(List<String[]> rows, int sample) {
            String[] first = rows.get(0);
            if (rows.size() == 1) {
                boolean text = false;
                for (String f : first) {
                    Kind k = kind(f);
                    if (k == Kind.NUMBER || k == Kind.DECIMAL_COMMA || k == Kind.INFINITE) {
                        return false;
                    }
                    text |= k == Kind.TEXT;
                }
                return text;
            }
            List<String[]> next = rows.subList(1, Math.min(rows.size(), sample + 1));
            for (int c = 0; c < first.length; c++) {
                if (kind(first[c]) == Kind.TEXT && numeric(next, c)) {
                    return true;
                }
            }
            return false;
        }

        /** @return whether column c of the rows holds a number at least as often as text, and a number at all */
        private static boolean numeric(List<String[]> rows, int c) {
            int numbers = 0;
            int texts = 0;
            for (String[] row : rows) {
                if (c < row.length) {
                    switch (kind(row[c])) {
                        case NUMBER, DECIMAL_COMMA, INFINITE -> numbers++;
                        case TEXT -> texts++;
                        default -> {
                        }
                    }
                }
            }
            return numbers > 0 && numbers >= texts;
        }
    }
}
