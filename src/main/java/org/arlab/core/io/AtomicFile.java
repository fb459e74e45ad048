package org.arlab.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a file so that a crash, a kill or a full disk never leaves a partial one: the content goes to a unique
 * temporary file in the target's folder ({@code .name.<random>.tmp}), is flushed and synced to the disk, and only
 * then is moved over the target in one atomic rename (the folder is synced too, where the system allows). Until the
 * rename the old file is untouched; after it the new one is complete. A failure deletes the temporary file and
 * leaves the target as it was.
 * <p>
 * A target that exists and is not a regular file (a device such as {@code /dev/stdout} or {@code /dev/null}, a pipe)
 * cannot be replaced by a rename; it is written in place, and every write error still surfaces. Every failure is an
 * {@link IOException} whose message is one line naming the file.
 */
public final class AtomicFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Writes the content of an output stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream to write to (buffered; closing it is allowed and does nothing)
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes bytes to a file atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes a file atomically.
     *
     * @throws IOException "cannot write F: the folder D does not exist." and the like, one line
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        String shown = Echo.of(target.toString(), 80);
        BasicFileAttributes existing = checkTarget(target);
        if (existing != null && !existing.isRegularFile()) {
            inPlace(file, shown, content);
            return;
        }
        Path dir = file.getParent();
        Path tmp = temporary(dir, file.getFileName().toString(), shown);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(uncloseable(Channels.newOutputStream(ch)), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(file, tmp, existing);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncFolder(dir);
        } catch (IOException e) {
            throw new IOException("cannot write " + shown + ": " + reason(e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file stays; the target is untouched, which is what matters
                }
            }
        }
    }

    /**
     * Checks, before any long work, that the target can be written: a file name in a folder that exists, not a
     * folder itself.
     *
     * @return the target's attributes when it exists, else null
     * @throws IOException "cannot write F: the folder D does not exist." and the like
     */
    public static BasicFileAttributes checkTarget(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        String shown = Echo.of(target.toString(), 80);
        if (file.getFileName() == null || dir == null) {
            throw new IOException("cannot write " + shown + ": it is not a file name.");
        }
        BasicFileAttributes existing = attributes(file);
        if (existing != null && existing.isDirectory()) {
            throw new IOException("cannot write " + shown + ": it is a folder.");
        }
        if (existing != null && !existing.isRegularFile()) {
            return existing;
        }
        BasicFileAttributes folder = attributes(dir);
        if (folder == null) {
            throw new IOException("cannot write " + shown + ": the folder " + Echo.of(dir.toString(), 80)
                    + " does not exist.");
        }
        if (!folder.isDirectory()) {
            throw new IOException("cannot write " + shown + ": " + Echo.of(dir.toString(), 80) + " is not a folder.");
        }
        return existing;
    }

    /** @return whether a file is a temporary file of that target (tests look for them) */
    public static boolean isTemporaryOf(Path tmp, Path target) {
        String t = tmp.getFileName().toString();
        String name = target.getFileName().toString();
        return t.startsWith("." + name + ".") && t.endsWith(".tmp");
    }

    private static Path temporary(Path dir, String name, String shown) throws IOException {
        String base = name.length() > 100 ? name.substring(0, 100) : name;
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + base + "." + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw new IOException("cannot write " + shown + ": no unique temporary name in its folder.", e);
                }
            } catch (IOException e) {
                throw new IOException("cannot write " + shown + ": " + reason(e), e);
            }
        }
    }

    private static void inPlace(Path file, String shown, Content content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(uncloseable(raw), 1 << 16);
            content.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new IOException("cannot write " + shown + ": " + reason(e), e);
        }
    }

    private static void keepPermissions(Path file, Path tmp, BasicFileAttributes existing) {
        if (existing == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            Files.setPosixFilePermissions(tmp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to read: the new file keeps the folder's defaults
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // some systems cannot open or sync a folder; the rename itself is atomic
        }
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static OutputStream uncloseable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** @return the reason of a write failure for a message: one line, in words where Java's are cryptic */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist.";
        }
        String m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT) + ".";
        }
        m = Echo.of(m, 120);
        return m.endsWith(".") ? m : m + ".";
    }
}
