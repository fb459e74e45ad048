package org.arlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress of a long command on standard error, when standard error is a terminal: one line rewritten in place
 * ("kl: 42%"), at most five times a second, and erased at the end, so a script that reads standard error still sees
 * at most the one line of a refusal. When standard error is not a terminal (a file, a pipe, a test) nothing is
 * written.
 */
final class Progress {
    /** A command that shows progress on long runs. */
    interface Reporting {
        /** @param p where to report */
        void progress(Progress p);
    }

    /** Writes nothing. */
    static final Progress NONE = new Progress(null, "");

    private final PrintWriter err;
    private final String label;
    private long lastNanos;
    private boolean shown;

    private Progress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** @return a progress line on {@code err} for the command, or {@link #NONE} when err is not a terminal */
    static Progress on(PrintWriter err, String label, boolean terminal) {
        return terminal && err != null ? new Progress(err, label) : NONE;
    }

    /**
     * Hands a command its progress line (picocli-free, for the fast path too).
     *
     * @return the command
     */
    static Object attach(Object command, PrintWriter err, String name, boolean terminal) {
        if (command instanceof Reporting r) {
            r.progress(on(err, "arlab " + name, terminal));
        }
        return command;
    }

    /** Shows the share done, 0 to 1 (throttled). */
    void report(double fraction) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (shown && now - lastNanos < 200_000_000L) {
            return;
        }
        lastNanos = now;
        shown = true;
        err.print(String.format(Locale.ROOT, "\r%s: %3.0f%%", label, 100 * Math.max(0, Math.min(1, fraction))));
        err.flush();
    }

    /** Erases the line. */
    void done() {
        if (err != null && shown) {
            err.print("\r" + " ".repeat(label.length() + 6) + "\r");
            err.flush();
            shown = false;
        }
    }

    /**
     * @return whether the process's standard error is a terminal: on Linux from /proc/self/fd/2, elsewhere from
     *     whether the process has a console
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall back on the console below
        }
        return System.console() != null;
    }
}
