package org.arlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.arlab.core.io.Echo;

/**
 * Turns anything a command throws into the one line the user reads. A refusal the code meant (an
 * {@link IllegalArgumentException}, an {@link IOException}, an {@link ArithmeticException}) gives its own message;
 * running out of memory says so and what to do; anything else is an internal error, named as one with where it
 * happened and where to report it, never a Java message such as "Index 0 out of bounds for length 0". Loads no
 * picocli class, so the fast path can use it.
 */
final class Failure {
    /** Where internal errors are reported. */
    static final String REPORT = "please report it with the command line to the AR Lab maintainers";

    private Failure() {
    }

    /**
     * @param command the command's name, or null at the top level
     * @return one line, without a line break or a control character
     */
    static String line(String command, Throwable thrown) {
        Throwable t = unwrap(thrown);
        String prefix = command == null ? "arlab: " : "arlab " + command + ": ";
        String text;
        if (t instanceof OutOfMemoryError) {
            text = "out of memory; ask for less work (a shorter series, fewer samples), or give Java more memory "
                    + "(java -Xmx4g -jar arlab.jar …).";
        } else if (t instanceof StackOverflowError) {
            text = internal(t);
        } else if (meant(t)) {
            String m = t.getMessage();
            text = m == null || m.isBlank() ? internal(t) : m;
        } else {
            text = internal(t);
        }
        return Echo.line(prefix + text);
    }

    /** @return whether the exception is a refusal the code meant, whose message is for the user */
    private static boolean meant(Throwable t) {
        if (t instanceof NumberFormatException) {
            return false; // "For input string: …" is Java's wording, not ours
        }
        return t instanceof IllegalArgumentException || t instanceof IOException || t instanceof ArithmeticException
                || t instanceof UncheckedIOException;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable x = t;
        while ((x instanceof CompletionException || x instanceof ExecutionException) && x.getCause() != null) {
            x = x.getCause();
        }
        return x;
    }

    private static String internal(Throwable t) {
        StackTraceElement where = null;
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.arlab.")) {
                where = e;
                break;
            }
        }
        return "internal error (" + t.getClass().getSimpleName()
                + (where == null ? "" : " in " + where.getFileName() + ":" + where.getLineNumber()) + "); " + REPORT
                + ".";
    }
}
