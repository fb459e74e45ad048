package org.arlab.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a whole input file into memory, refusing before it opens anything that would hang or exhaust memory: only
 * regular files (a FIFO, a device such as {@code /dev/zero}, a socket or a folder is refused by its kind, without
 * being opened), and at most a stated number of bytes (checked on the size first, then while reading, for a file
 * that grows). Every refusal is an {@link IOException} whose message is one line for the user: the reason only, the
 * caller adds the file's name.
 */
public final class InputFile {
    private InputFile() {
    }

    /**
     * @param file the file
     * @param ceiling the most bytes accepted
     * @return its bytes
     * @throws IOException with a one-line reason ("no such file.", "permission denied.", "is a folder, not a file.",
     *     "is 5.4 GB; … at most 512 MB.", …)
     */
    public static byte[] read(Path file, long ceiling) throws IOException {
        check(file, ceiling);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ceiling + 1));
        } catch (NoSuchFileException e) {
            throw new IOException("no such file.", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied.", e);
        } catch (IOException e) {
            throw new IOException("cannot be read (" + reason(e) + ").", e);
        }
        if (bytes.length > ceiling) {
            throw new IOException("grew past " + size(ceiling) + " while being read; AR Lab reads files of at most "
                    + size(ceiling) + ".");
        }
        return bytes;
    }

    /**
     * Reads at most {@code limit} bytes from the start of a file (for a preview), with the same refusals.
     */
    public static byte[] head(Path file, int limit, long ceiling) throws IOException {
        check(file, ceiling);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file.", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied.", e);
        } catch (IOException e) {
            throw new IOException("cannot be read (" + reason(e) + ").", e);
        }
    }

    private static void check(Path file, long ceiling) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file.", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied.", e);
        } catch (IOException e) {
            throw new IOException("cannot be read (" + reason(e) + ").", e);
        }
        if (a.isDirectory()) {
            throw new IOException("is a folder, not a file.");
        }
        if (!a.isRegularFile()) {
            throw new IOException("is not a regular file (a device, a pipe or a socket); AR Lab reads only files.");
        }
        if (a.size() > ceiling) {
            throw new IOException("is " + size(a.size()) + "; AR Lab reads files of at most " + size(ceiling) + ".");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("permission denied.");
        }
    }

    /** @return a size for a message: "512 MB", "5.4 GB", "300 bytes" */
    public static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (v < 10 && v != Math.rint(v) ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.0f", v)) + " " + units[u];
    }

    /** @return an exception's message as a reason, one line, without Java's class names */
    static String reason(IOException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
        }
        return Echo.of(m, 120);
    }
}
