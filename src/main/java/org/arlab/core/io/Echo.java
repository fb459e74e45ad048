package org.arlab.core.io;

/**
 * Text from a file or a command line echoed into a one-line message: control characters (CR, LF, tab, the C0 and C1
 * controls, DEL, the Unicode line and paragraph separators, the bidirectional overrides) are written as escapes
 * ({@code \r}, {@code \n}, {@code \t}, {@code \u001c}), and the result is cut to about 40 characters with "…". So
 * a message stays one line whatever the input held, and a pasted file does not flood it.
 */
public final class Echo {
    /** The most characters an echo shows, its ellipsis included. */
    public static final int WIDTH = 40;

    private Echo() {
    }

    /** @return the text escaped and cut to {@link #WIDTH} characters */
    public static String of(String text) {
        return of(text, WIDTH);
    }

    /** @return the text escaped and cut to {@code width} characters (at least 4) */
    public static String of(String text, int width) {
        if (text == null) {
            return "null";
        }
        int w = Math.max(4, width);
        StringBuilder sb = new StringBuilder(Math.min(text.length(), w) + 8);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String piece = piece(c);
            int next = i + Character.charCount(c);
            boolean last = next >= text.length();
            if (sb.length() + piece.length() > (last ? w : w - 1)) {
                sb.append('…');
                return sb.toString();
            }
            sb.append(piece);
            i = next;
        }
        return sb.toString();
    }

    /** @return the text in double quotes, escaped and cut as by {@link #of(String)} */
    public static String quoted(String text) {
        return "\"" + of(text) + "\"";
    }

    /** @return the text with control characters escaped, not cut (for a whole message made one line) */
    public static String line(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    private static String piece(int c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF) {
            return String.format("\\u%04x", c);
        }
        return new String(Character.toChars(c));
    }
}
