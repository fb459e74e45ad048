package org.arlab.core.series;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of series files, each with what it should read as: the values of its default column, or the
 * line a reader must refuse (and why), or nothing known (bytes mutated at random, where only the contract is
 * checked: a series of finite values or one refusal on one line). The files mix the forms met in the wild:
 * separators, headers (quoted, Unicode, empty), line ends LF/CRLF/CR, a byte-order mark, comments, blank lines, padded
 * fields, id, date and label columns, and the defects of issue 16: decimal commas, rows wider or narrower than the
 * header, missing-value markers, digit groups, control bytes, Java-only number forms, values beyond a double.
 */
public final class SeriesCorpus {
    /** What a generated file should read as. */
    public enum Expect {
        /** Its default column's values are {@link Sample#values}. */
        VALUES,
        /** It is refused at {@link Sample#line}, the message containing {@link Sample#reason}. */
        REFUSED,
        /** Unknown (random mutation): only the contract holds. */
        ANY
    }

    /** One generated file. */
    public static final class Sample {
        /** The file's name. */
        public final String name;
        /** Its bytes. */
        public final byte[] bytes;
        /** What it should read as. */
        public final Expect expect;
        /** The values when {@link Expect#VALUES}. */
        public final double[] values;
        /** The values with missing lines dropped (when the defect is a missing value), else null. */
        public final double[] valuesWithoutMissing;
        /** The refused line when {@link Expect#REFUSED}. */
        public final int line;
        /** A fragment the refusal's message holds. */
        public final String reason;
        /** The kind of defect planted, for the report. */
        public final String defect;

        Sample(String name, byte[] bytes, Expect expect, double[] values, double[] withoutMissing, int line,
                String reason, String defect) {
            this.name = name;
            this.bytes = bytes;
            this.expect = expect;
            this.values = values;
            this.valuesWithoutMissing = withoutMissing;
            this.line = line;
            this.reason = reason;
            this.defect = defect;
        }

        /** @return the text for a report, escaped and cut */
        public String show() {
            String s = new String(bytes, StandardCharsets.UTF_8).replace("\r", "␍").replace("\n", "⏎");
            return name + " [" + defect + "] " + (s.length() > 300 ? s.substring(0, 300) + "…" : s);
        }
    }

    private static final String[] DEFECTS = {"none", "none", "none", "decimal-comma", "wide", "narrow", "missing",
        "nan", "infinite", "text", "grouped", "control", "hex", "suffix", "huge", "quote", "mutate", "mutate"};
    private static final String[] MISSING = {"", "NA", "N/A", "#N/A", "NaN", "null", "na", "-", "#DIV/0!", "None"};
    private static final String[] WORDS = {"value", "flow", "t", "id", "année", "Wert", "x", "série", "y_1", "lynx",
        "temp °C", "#", "count", "NA", "" };

    private final SplittableRandom rnd;
    private int serial;

    /** @param seed the seed */
    public SeriesCorpus(long seed) {
        rnd = new SplittableRandom(seed);
    }

    /** @return the next generated file */
    public Sample next() {
        String defect = DEFECTS[rnd.nextInt(DEFECTS.length)];
        char sep0 = ",;\t ".charAt(rnd.nextInt(4));
        int cols = 1 + rnd.nextInt(4);
        char sep = sep0;
        if (cols == 1) {
            sep = ' '; // a single column has no separator: the reader sees whitespace
        }
        int valueCol = cols - 1; // the generator's own columns before it are ids, dates or labels
        boolean header = rnd.nextInt(3) > 0 || sep == ' ' && cols > 1 && rnd.nextBoolean();
        String eol = switch (rnd.nextInt(6)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
        int rows = 1 + (rnd.nextInt(5) == 0 ? 100 + rnd.nextInt(80) : rnd.nextInt(30));
        String[] kinds = new String[cols];
        for (int c = 0; c < cols - 1; c++) {
            kinds[c] = sep == ' ' ? "id" : new String[] {"id", "date", "label"}[rnd.nextInt(3)];
        }
        kinds[valueCol] = "value";
        List<String> lines = new ArrayList<>();
        List<Boolean> data = new ArrayList<>();
        if (rnd.nextInt(8) == 0) {
            lines.add("# generated " + serial);
            data.add(false);
        }
        if (header) {
            String[] names = new String[cols];
            for (int c = 0; c < cols; c++) {
                String w = WORDS[rnd.nextInt(WORDS.length)];
                if (w.isEmpty() || w.equals("NA") || w.equals("#") || (sep == ' ' && w.contains(" "))) {
                    w = "col" + c;
                }
                names[c] = sep != ' ' && rnd.nextInt(5) == 0 ? "\"" + w + "\"" : w;
            }
            // a header needs a text field over a number: the value column's name is always text
            lines.add(String.join(String.valueOf(sep), names));
            data.add(false);
        }
        double[] values = new double[rows];
        String[][] cells = new String[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c] = switch (kinds[c]) {
                    case "id" -> Integer.toString(1900 + r);
                    case "date" -> "2020-01-" + (10 + r % 20);
                    case "label" -> new String[] {"a", "b", "lynx", "é", "x y"}[rnd.nextInt(5)];
                    default -> number();
                };
            }
            values[r] = Double.parseDouble(cells[r][valueCol]);
        }
        if (!header && cols > 1 && kinds[0].equals("label")) {
            kinds[0] = "id"; // a headerless label column would make the first line look like a header
            for (int r = 0; r < rows; r++) {
                cells[r][0] = Integer.toString(r);
            }
        }
        // the planted defect, on one data row
        int bad = rnd.nextInt(rows);
        Expect expect = Expect.VALUES;
        String reason = null;
        double[] without = null;
        boolean mutate = false;
        switch (defect) {
            case "decimal-comma" -> {
                if (sep == ';' || sep == '\t') {
                    cells[bad][valueCol] = (rnd.nextBoolean() ? "" : "-") + rnd.nextInt(100) + "," + (1 + rnd.nextInt(999));
                    expect = Expect.REFUSED;
                    reason = "decimal comma";
                } else if (sep == ',') {
                    cells[bad][valueCol] = rnd.nextInt(100) + "," + (100 + rnd.nextInt(900));
                    expect = Expect.REFUSED;
                    reason = "fields";
                }
            }
            case "wide" -> {
                cells[bad][valueCol] = cells[bad][valueCol] + sep + number();
                expect = Expect.REFUSED;
                reason = "fields";
            }
            case "narrow" -> {
                if (cols > 1) {
                    String[] shorter = new String[cols - 1];
                    System.arraycopy(cells[bad], 0, shorter, 0, cols - 1);
                    cells[bad] = shorter;
                    expect = Expect.REFUSED;
                    reason = "field";
                }
            }
            case "missing" -> {
                String m = MISSING[rnd.nextInt(MISSING.length)];
                if (!(m.isEmpty() && (sep == ' ' || cols == 1))) {
                    cells[bad][valueCol] = m;
                    expect = Expect.REFUSED;
                    reason = "missing value";
                    without = removeAt(values, bad);
                }
            }
            case "nan" -> {
                cells[bad][valueCol] = "NaN";
                expect = Expect.REFUSED;
                reason = "NaN";
                without = removeAt(values, bad);
            }
            case "infinite" -> {
                cells[bad][valueCol] = new String[] {"Infinity", "-Infinity", "Inf", "-inf"}[rnd.nextInt(4)];
                expect = Expect.REFUSED;
                reason = "infinite";
            }
            case "text" -> {
                cells[bad][valueCol] = new String[] {"abc", "1.5.5", "e5", "--1", "1e", "12abc", "x\u001cy"}[rnd.nextInt(7)];
                expect = Expect.REFUSED;
                reason = "not a number";
            }
            case "grouped" -> {
                cells[bad][valueCol] = (1 + rnd.nextInt(99)) + (sep == ' ' ? " " : "\u00A0") + (100 + rnd.nextInt(900));
                expect = Expect.REFUSED;
                reason = sep == ' ' ? "fields" : "groups";
            }
            case "control" -> {
                char ctl = (char) (0x1C + rnd.nextInt(4));
                cells[bad][valueCol] = rnd.nextBoolean() ? ctl + cells[bad][valueCol] : cells[bad][valueCol] + ctl;
                expect = Expect.REFUSED;
                reason = "not a number";
            }
            case "hex" -> {
                cells[bad][valueCol] = new String[] {"0x10", "0x1p3", "0X1.8p1"}[rnd.nextInt(3)];
                expect = Expect.REFUSED;
                reason = "not a number";
            }
            case "suffix" -> {
                cells[bad][valueCol] = (1 + rnd.nextInt(9)) + new String[] {"d", "f", "D", "F"}[rnd.nextInt(4)];
                expect = Expect.REFUSED;
                reason = "not a number";
            }
            case "huge" -> {
                cells[bad][valueCol] = (rnd.nextBoolean() ? "-" : "") + "1e" + (309 + rnd.nextInt(5000));
                expect = Expect.REFUSED;
                reason = "range of a double";
            }
            case "quote" -> {
                if (sep != ' ') {
                    cells[bad][valueCol] = "\"" + cells[bad][valueCol];
                    expect = Expect.REFUSED;
                    reason = "quoted field is not closed";
                }
            }
            case "mutate" -> mutate = true;
            default -> {
            }
        }
        int firstDataLine = lines.size() + 1;
        int badLine = -1;
        for (int r = 0; r < rows; r++) {
            if (rnd.nextInt(20) == 0) {
                lines.add(rnd.nextBoolean() ? "" : "   ");
                data.add(false);
            }
            if (rnd.nextInt(25) == 0) {
                lines.add("# comment " + r);
                data.add(false);
            }
            String[] row = cells[r].clone();
            if (sep != ' ' && rnd.nextInt(10) == 0) {
                int c = rnd.nextInt(row.length);
                row[c] = " " + row[c] + " ";
            }
            if (sep != ' ' && rnd.nextInt(15) == 0 && r != bad) {
                int c = rnd.nextInt(row.length);
                if (!row[c].contains("\"")) {
                    row[c] = "\"" + row[c] + "\"";
                }
            }
            String joined = sep == ' ' ? String.join(rnd.nextBoolean() ? " " : "   ", row) : String.join(
                    String.valueOf(sep), row);
            if (sep == ' ' && rnd.nextInt(8) == 0) {
                joined = "  " + joined + " ";
            }
            lines.add(joined);
            data.add(true);
            if (r == bad) {
                badLine = lines.size();
            }
        }
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(10) == 0) {
            sb.append('\uFEFF');
        }
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i));
            if (i < lines.size() - 1 || rnd.nextInt(4) > 0) {
                sb.append(eol);
            }
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        String name = "s" + (serial++) + (sep == '\t' ? ".tsv" : ".csv");
        if (mutate) {
            return new Sample(name, mutate(bytes), Expect.ANY, null, null, 0, null, "mutate");
        }
        if (!header && expect == Expect.REFUSED && bad == 0 && !reason.equals("missing value")
                && !reason.equals("NaN")) {
            // a defect on a headerless first line can make it look like a header: only the contract is known
            expect = Expect.ANY;
        }
        if (expect == Expect.REFUSED && reason.equals("fields") && bad == 0 && !header) {
            expect = Expect.ANY; // the first line sets the width
        }
        if (!header && bad <= 1 && expect == Expect.REFUSED && cols > 1) {
            expect = Expect.ANY; // a defect on the second line can flip the header rule for the first
        }
        if (expect == Expect.REFUSED && !header && rows == 1) {
            expect = Expect.ANY;
        }
        boolean textual = List.of("text", "control", "hex", "suffix").contains(defect)
                || defect.equals("grouped") && sep != ' ';
        if (expect == Expect.REFUSED && bad == 0 && textual && rows <= 3) {
            expect = Expect.ANY; // with few lines, a text value under the header can hide it
        }
        if (expect == Expect.REFUSED && rows <= 2) {
            // with one or two rows a single odd value can decide the default column: only the contract is known
            expect = Expect.ANY;
        }
        return new Sample(name, bytes, expect, expect == Expect.VALUES ? values : null,
                expect == Expect.REFUSED ? without : null, badLine, reason, defect);
    }

    private String number() {
        double v = switch (rnd.nextInt(6)) {
            case 0 -> rnd.nextInt(-1000, 1000);
            case 1 -> rnd.nextGaussian();
            case 2 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-300, 300));
            default -> Math.round(rnd.nextGaussian() * 1e4) / 1e3;
        };
        return switch (rnd.nextInt(7)) {
            case 0 -> String.format(java.util.Locale.ROOT, "%.17g", v).replaceAll("\\s", "");
            case 1 -> (v >= 0 ? "+" : "") + v;
            case 2 -> String.format(java.util.Locale.ROOT, "%e", v);
            case 3 -> Math.abs(v) < 1 && v > 0 ? Double.toString(v).replaceFirst("^0\\.", ".") : Double.toString(v);
            default -> Double.toString(v);
        };
    }

    private static double[] removeAt(double[] v, int i) {
        double[] out = new double[v.length - 1];
        System.arraycopy(v, 0, out, 0, i);
        System.arraycopy(v, i + 1, out, i, v.length - i - 1);
        return out;
    }

    private byte[] mutate(byte[] b) {
        byte[] out = b.clone();
        int edits = 1 + rnd.nextInt(6);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = rnd.nextInt(out.length);
            switch (rnd.nextInt(5)) {
                case 0 -> out[at] = (byte) rnd.nextInt(256);
                case 1 -> out[at] = (byte) " \t\r\n,;\"#\u000b\f".charAt(rnd.nextInt(10));
                case 2 -> out[at] = (byte) (0x1C + rnd.nextInt(4));
                case 3 -> out = java.util.Arrays.copyOf(out, at); // truncated
                default -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at);
                    longer[at] = (byte) "0123456789.eE+-".charAt(rnd.nextInt(15));
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
            }
        }
        return out;
    }
}
