package org.arlab.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small JSON writer for the commands' output: objects, arrays, numbers, strings, booleans. Written by hand rather
 * than through Jackson's ObjectMapper, whose start-up cost (about 120 ms) was a fifth of a whole {@code fit} run on
 * 10⁶ values.
 * <p>
 * It never writes {@code null}, {@code NaN} or {@code Infinity} (issue 15), whatever a command hands it:
 * <ul>
 * <li>NaN as the value of an object's member means "not defined here" (the standard error of an intercept that was
 * not estimated, the mean of a model with a unit root, the rate of a model that is not stationary): the member is
 * left out.</li>
 * <li>An infinity anywhere, or NaN in an array or at the top, is refused with a {@link NotFinite} exception whose
 * message names the value (e.g. {@code logLikelihood}, {@code stdErrors.phi[1]}); the command then exits with status
 * 2 and that sentence, and nothing is printed, since the text is only printed once complete.</li>
 * </ul>
 */
final class Json {
    /** A number JSON cannot hold: the command's result overflowed or its computation was degenerate. */
    static final class NotFinite extends ArithmeticException {
        private static final long serialVersionUID = 1L;

        NotFinite(String message) {
            super(message);
        }
    }

    /** An object or array being written: its path (for messages), the member name or index of its next value. */
    private static final class Frame {
        final String label;
        final boolean array;
        int index;
        String name;

        Frame(String label, boolean array) {
            this.label = label;
            this.array = array;
        }
    }

    private final StringBuilder sb = new StringBuilder(256);
    private final Deque<Frame> frames = new ArrayDeque<>();
    private boolean needComma;
    /** Where the last member's name started (its comma included), and whether a comma was due before it. */
    private int memberStart;
    private boolean commaBeforeMember;

    /** Starts an object (as a value, or at the top). */
    Json beginObject() {
        return begin('{', false);
    }

    /** Ends an object. */
    Json endObject() {
        return end('}');
    }

    /** Starts an array (as a value). */
    Json beginArray() {
        return begin('[', true);
    }

    /** Ends an array. */
    Json endArray() {
        return end(']');
    }

    private Json begin(char bracket, boolean array) {
        String label = label();
        comma();
        sb.append(bracket);
        needComma = false;
        frames.push(new Frame(label, array));
        return this;
    }

    private Json end(char bracket) {
        sb.append(bracket);
        frames.pop();
        return written();
    }

    /** Writes a key; the next call writes its value. */
    Json name(String key) {
        memberStart = sb.length();
        commaBeforeMember = needComma;
        comma();
        string(key);
        sb.append(':');
        needComma = false;
        if (!frames.isEmpty()) {
            frames.peek().name = key;
        }
        return this;
    }

    /**
     * Writes a finite number. NaN as a member's value leaves the member out (the value is not defined); anything
     * else that is not finite is refused.
     *
     * @throws NotFinite for an infinity, or NaN in an array or at the top
     */
    Json value(double v) {
        if (!Double.isFinite(v)) {
            Frame f = frames.peek();
            if (Double.isNaN(v) && f != null && !f.array && f.name != null) {
                sb.setLength(memberStart);
                needComma = commaBeforeMember;
                f.name = null;
                return this;
            }
            throw new NotFinite(describe(v));
        }
        comma();
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v).append(".0");
        } else {
            sb.append(v);
        }
        return written();
    }

    /** Writes a whole number. */
    Json value(long v) {
        comma();
        sb.append(v);
        return written();
    }

    /** Writes JSON null (kl's closedForm when no closed form exists, as its contract says). */
    Json nullValue() {
        comma();
        sb.append("null");
        return written();
    }

    /** Writes a boolean. */
    Json value(boolean v) {
        comma();
        sb.append(v);
        return written();
    }

    /** Writes a string. */
    Json value(String v) {
        comma();
        string(v);
        return written();
    }

    /**
     * Writes an array of numbers.
     *
     * @throws NotFinite when one is not finite
     */
    Json array(double[] values) {
        beginArray();
        for (double v : values) {
            value(v);
        }
        return endArray();
    }

    /** After a value: a comma before the next, and the container moves on to its next index or member. */
    private Json written() {
        needComma = true;
        Frame f = frames.peek();
        if (f != null) {
            if (f.array) {
                f.index++;
            } else {
                f.name = null;
            }
        }
        return this;
    }

    /** @return the path of the value about to be written, e.g. "stdErrors.phi[1]" ("" at the top) */
    private String label() {
        Frame f = frames.peek();
        if (f == null) {
            return "";
        }
        if (f.array) {
            return f.label + "[" + f.index + "]";
        }
        String name = f.name == null ? "?" : f.name;
        return f.label.isEmpty() ? name : f.label + "." + name;
    }

    private String describe(double v) {
        String what = label();
        String where = what.isEmpty() ? "the result" : what;
        if (Double.isNaN(v)) {
            return where + " is not a number (NaN): the computation is degenerate for these data or parameters, and "
                    + "JSON has no value for it.";
        }
        return where + " is " + (v > 0 ? "+∞" : "−∞") + ": a value overflowed double precision or the computation "
                + "is degenerate for these data or parameters, and JSON has no number for it.";
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
