package org.arlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private long temporaries() throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void writesAndReplacesWholeFiles() throws Exception {
        Path f = dir.resolve("a.csv");
        AtomicFile.write(f, "one".getBytes(StandardCharsets.UTF_8));
        assertThat(f).hasContent("one");
        AtomicFile.write(f, out -> out.write("two, longer".getBytes(StandardCharsets.UTF_8)));
        assertThat(f).hasContent("two, longer");
        assertThat(temporaries()).isZero();
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporary() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "old content");
        assertThatThrownBy(() -> AtomicFile.write(f, out -> {
            out.write("new, partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("cannot write " + f + ": No space left on device.");
        assertThat(f).hasContent("old content");
        assertThatThrownBy(() -> AtomicFile.write(f, out -> {
            out.write(1);
            throw new IllegalStateException("a painter failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(f).hasContent("old content");
        assertThat(temporaries()).isZero();
    }

    @Test
    void temporaryNamesAreUniqueAndBesideTheTarget() throws Exception {
        Path f = dir.resolve("b.png");
        Path[] seen = new Path[2];
        AtomicFile.write(f, out -> {
            try (var s = Files.list(dir)) {
                seen[0] = s.filter(p -> AtomicFile.isTemporaryOf(p, f)).findFirst().orElseThrow();
            }
        });
        AtomicFile.write(f, out -> {
            try (var s = Files.list(dir)) {
                seen[1] = s.filter(p -> AtomicFile.isTemporaryOf(p, f)).findFirst().orElseThrow();
            }
        });
        assertThat(seen[0].getParent()).isEqualTo(dir);
        assertThat(seen[0]).isNotEqualTo(seen[1]);
        assertThat(seen[0].getFileName().toString()).startsWith(".b.png.").endsWith(".tmp");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path f = dir.resolve("shared.csv");
        Files.writeString(f, "x");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(f, "y".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
    }

    @Test
    void badTargetsAreOneLine() {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("no/such/x.csv"), new byte[1]))
                .hasMessage("cannot write " + dir.resolve("no/such/x.csv") + ": the folder " + dir.resolve("no/such")
                        + " does not exist.");
        assertThatThrownBy(() -> AtomicFile.write(dir, new byte[1])).hasMessage("cannot write " + dir
                + ": it is a folder.");
        assertThatThrownBy(() -> AtomicFile.write(Path.of("/"), new byte[1])).hasMessageContaining("not a file name");
    }

    @Test
    void aDeviceIsWrittenInPlace() throws Exception {
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) {
            AtomicFile.write(devNull, "x".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.isRegularFile(devNull)).isFalse();
        }
        Path full = Path.of("/dev/full");
        if (Files.exists(full)) {
            assertThatThrownBy(() -> AtomicFile.write(full, new byte[100_000]))
                    .hasMessage("cannot write /dev/full: No space left on device.");
        }
    }
}
