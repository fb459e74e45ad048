package org.arlab.cli;

/**
 * A small JSON writer for the commands' output: objects, arrays, numbers (NaN and ±∞ written as null, which every
 * JSON reader accepts), strings, booleans. Written by hand rather than through Jackson's ObjectMapper, whose start-up
 * cost (about 120 ms) was a fifth of a whole {@code fit} run on 10⁶ values.
 */
final class Json {
    private final StringBuilder sb = new StringBuilder(256);
    private boolean needComma;

    /** Starts an object (as a value, or at the top). */
    Json beginObject() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    /** Ends an object. */
    Json endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    /** Starts an array (as a value). */
    Json beginArray() {
        comma();
        sb.append('[');
        needComma = false;
        return this;
    }

    /** Ends an array. */
    Json endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    /** Writes a key; the next call writes its value. */
    Json name(String key) {
        comma();
        string(key);
        sb.append(':');
        needComma = false;
        return this;
    }

    /** Writes a number, null when not finite. */
    Json value(double v) {
        comma();
        if (Double.isFinite(v)) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                sb.append((long) v).append(".0");
            } else {
                sb.append(v);
            }
        } else {
            sb.append("null");
        }
        needComma = true;
        return this;
    }

    /** Writes a whole number. */
    Json value(long v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    /** Writes a boolean. */
    Json value(boolean v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    /** Writes a string. */
    Json value(String v) {
        comma();
        string(v);
        needComma = true;
        return this;
    }

    /** Writes an array of numbers. */
    Json array(double[] values) {
        beginArray();
        for (double v : values) {
            value(v);
        }
        return endArray();
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
