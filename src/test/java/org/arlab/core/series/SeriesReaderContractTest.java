package org.arlab.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's reproductions of issue 16, one test each, through both parse paths where both apply. */
class SeriesReaderContractTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Reads through the file (fast path when ASCII) and checks the general path says the same. */
    private Series both(String name, String text, boolean drop) throws Exception {
        Path f = write(name, text);
        String general;
        try {
            general = java.util.Arrays.toString(SeriesReader.general(name, text.getBytes(StandardCharsets.UTF_8),
                    new SeriesReader.Request(null, 1, drop, SeriesReader.SAMPLE_ROWS)).values());
        } catch (SeriesFormatException e) {
            general = e.getMessage();
        }
        try {
            Series s = SeriesReader.read(f, null, 1, drop);
            assertThat(java.util.Arrays.toString(s.values())).isEqualTo(general);
            return s;
        } catch (SeriesFormatException e) {
            assertThat(e.getMessage()).isEqualTo(general);
            throw e;
        }
    }

    @Test
    void devicesPipesAndFoldersAreRefusedWithoutBeingOpened() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatThrownBy(() -> SeriesReader.read(Path.of("/dev/zero"), null, 1))
                    .hasMessage("zero: is not a regular file (a device, a pipe or a socket); AR Lab reads only files.");
            assertThatThrownBy(() -> SeriesReader.read(dir, null, 1)).hasMessageEndingWith("is a folder, not a file.");
            Path fifo = dir.resolve("fifo");
            boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
            assumeTrue(made, "mkfifo is not available");
            // before the fix this blocked in readAllBytes for ever
            assertThatThrownBy(() -> SeriesReader.read(fifo, null, 1)).hasMessageContaining("not a regular file");
            assertThatThrownBy(() -> SeriesReader.columns(fifo)).hasMessageContaining("not a regular file");
        });
    }

    @Test
    void aFileAboveTheCeilingIsRefusedNamingIt() throws Exception {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SeriesReader.MAX_BYTES + 1); // sparse: nothing is written
        }
        assertThatThrownBy(() -> SeriesReader.read(big, null, 1))
                .hasMessage("big.csv: is 500 MB; AR Lab reads files of at most 500 MB.");
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        Path f = write("secret.csv", "1\n2\n3\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(f), "running as a user who reads every file (root)");
        assertThatThrownBy(() -> SeriesReader.read(f, null, 1)).hasMessage("secret.csv: permission denied.");
    }

    @Test
    void decimalCommasAreNamedNotReadAsAnotherColumn() {
        // before: the id column was fitted, the value column being "not numeric"
        assertThatThrownBy(() -> both("eu.csv", "id;value\n2012;0,388\n2013;0,401\n2014;0,5\n", false))
                .hasMessage("eu.csv, line 2: \"0,388\" uses a decimal comma; AR Lab reads a decimal point (0.388).");
        assertThatThrownBy(() -> both("eu.tsv", "jahr\twert\n2012\t1.234,5\n", false))
                .hasMessageContaining("line 2: \"1.234,5\" uses a decimal comma").hasMessageContaining("(1234.5)");
    }

    @Test
    void rowsWiderOrNarrowerThanTheHeaderAreRefusedByLine() {
        // before: `40,1,5` read by position as 1.0
        assertThatThrownBy(() -> both("wide.csv", "t,value\n40,1,5\n41,2\n", false))
                .hasMessageStartingWith("wide.csv, line 2: this line has 3 fields; the header has 2.")
                .hasMessageContaining("decimal comma");
        assertThatThrownBy(() -> both("narrow.csv", "t,value\n1,2\n2\n3,4\n", false))
                .hasMessage("narrow.csv, line 3: this line has 1 field; the header has 2.");
        assertThatThrownBy(() -> both("wide2.csv", "1,2\n3,4,5\n", false))
                .hasMessageStartingWith("wide2.csv, line 2: this line has 3 fields; line 1 has 2.");
        assertThatThrownBy(() -> both("wide3.csv", "1 2\n3 4 x\n", false))
                .hasMessage("wide3.csv, line 2: this line has 3 fields; line 1 has 2.");
    }

    @Test
    void aMissingOrTextFirstValueDoesNotMoveTheDefaultColumn() throws Exception {
        StringBuilder missingFirst = new StringBuilder("t,value\n1,\n");
        StringBuilder textFirst = new StringBuilder("t,value\n1,oops\n");
        for (int i = 2; i < 30; i++) {
            missingFirst.append(i).append(',').append(i * 0.5).append('\n');
            textFirst.append(i).append(',').append(i * 0.5).append('\n');
        }
        // before: the default column became t
        assertThatThrownBy(() -> both("m.csv", missingFirst.toString(), false))
                .hasMessage("m.csv, line 2: the \"value\" field is empty; fill it in, or drop the lines with missing "
                        + "values.");
        assertThat(both("m.csv", missingFirst.toString(), true).values()).hasSize(28).startsWith(1.0, 1.5);
        assertThatThrownBy(() -> both("x.csv", textFirst.toString(), false))
                .hasMessage("x.csv, line 2: \"oops\" is not a number.");
        SeriesReader.Columns c = SeriesReader.columns(write("m.csv", missingFirst.toString()));
        assertThat(c.numeric()).containsExactly(true, true);
        assertThat(c.missing()).isTrue();
    }

    @Test
    void aHeaderlessFileStartingWithNanOrInfinityKeepsItsFirstLine() {
        // before: taken as a header and silently dropped
        assertThatThrownBy(() -> both("nan.csv", "NaN\n1\n2\n3\n", false))
                .hasMessageStartingWith("nan.csv, line 1: the value is NaN");
        assertThatThrownBy(() -> both("inf.csv", "Infinity\n1\n2\n", false))
                .hasMessage("inf.csv, line 1: the value \"Infinity\" is infinite.");
        assertThatThrownBy(() -> both("inf.csv", "-inf\n1\n2\n", false)).hasMessageContaining("line 1");
    }

    @Test
    void spreadsheetErrorValuesAreMissingValuesNotComments() throws Exception {
        // before: `#N/A` was skipped as a comment and the series lost a value without a word
        assertThatThrownBy(() -> both("na.csv", "v\n1\n#N/A\n3\n", false))
                .hasMessage("na.csv, line 3: \"#N/A\" marks a missing value; fill it in, or drop the lines with "
                        + "missing values.");
        assertThat(both("na.csv", "v\n1\n#N/A\n3\n", true).values()).containsExactly(1, 3);
        assertThat(both("c.csv", "v\n1\n# a comment\n3\n", false).values()).containsExactly(1, 3);
        for (String m : new String[] {"NA", "N/A", "null", "#DIV/0!", "-", "nan", "None"}) {
            assertThatThrownBy(() -> both("m.csv", "v\n1\n" + m + "\n3\n", false)).as(m)
                    .hasMessageContaining("line 3").hasMessageContaining("missing value");
        }
    }

    @Test
    void digitGroupsAreRefusedNotReadAsTheirFirstGroup() {
        // before: `1 234` in a single column read as 1
        assertThatThrownBy(() -> both("g.csv", "1\n1 234\n3\n", false))
                .hasMessageStartingWith("g.csv, line 2: this line has 2 fields; line 1 has 1.")
                .hasMessageContaining("\"1 234\" one number with its digits in groups");
        assertThatThrownBy(() -> both("g.csv", "v\n1\n1\u00A0234\n3\n", false))
                .hasMessage("g.csv, line 3: \"1\u00A0234\" parts its digits in groups; write it without separators "
                        + "(1234).");
    }

    @Test
    void controlBytesAreNotWhitespaceOnEitherPath() {
        // before: the general path stripped 0x1C–0x1F (Java's isWhitespace), the fast path did not
        for (char c = 0x1C; c <= 0x1F; c++) {
            String text = "v\n1\n" + c + "2\n3\n";
            assertThatThrownBy(() -> both("ctl.csv", text, false))
                    .hasMessage("ctl.csv, line 3: \"\\u%04x2\" is not a number.", (int) c);
        }
        assertThat(SeriesReader.isSpace(0x1C)).isFalse();
        assertThat(SeriesReader.isSpace('\u000B')).isTrue();
    }

    @Test
    void crLfAndCrLfLineEndsAllRead() throws Exception {
        // before: a CR-only file was one line ("this looks like a header…"), pasted whole into the message
        for (String eol : new String[] {"\n", "\r\n", "\r"}) {
            String text = String.join(eol, "t,value", "1,1.5", "2,2.5", "", "3,3.5") + eol;
            assertThat(both("e.csv", text, false).values()).as(eol.replace("\r", "CR").replace("\n", "LF"))
                    .containsExactly(1.5, 2.5, 3.5);
        }
        assertThatThrownBy(() -> both("cr.csv", "v\r1\r2\rthree\r4\r", false))
                .hasMessage("cr.csv, line 4: \"three\" is not a number.");
    }

    @Test
    void mixedTabsAndSpacesGetAClearMessage() {
        assertThatThrownBy(() -> both("mix.csv", "t\tvalue\n1\t2.5\n2 3.5\n", false))
                .hasMessage("mix.csv, line 3: this line parts its fields with spaces, line 1 with tabs; use one or "
                        + "the other.");
    }

    @Test
    void echoedTextIsEscapedAndCut() {
        String longField = "x".repeat(500);
        assertThatThrownBy(() -> both("long.csv", "v\n1\n" + longField + "\n", false)).satisfies(e -> {
            assertThat(e.getMessage()).hasSizeLessThan(100).contains("…");
        });
        assertThatThrownBy(() -> both("q.csv", "v\n1\n\"a\rb\"\n", false))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n"));
        assertThatThrownBy(() -> SeriesReader.parse("n.csv", "a,b\n1,2\n", "x\ry", 1))
                .hasMessage("n.csv: no column named \"x\\ry\"; the columns are a, b.");
        assertThatThrownBy(() -> SeriesReader.parse("n.csv", "a,b\n1,2\n", "99999999999999999999", 1))
                .hasMessage("n.csv: no column 99999999999999999999: the file has 2 columns.");
    }

    @Test
    void javaOnlyNumberFormsAndValuesBeyondADoubleAreRefused() {
        assertThatThrownBy(() -> both("h.csv", "v\n1\n0x10p0\n", false)).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> both("d.csv", "v\n1\n2d\n", false)).hasMessageContaining("\"2d\" is not a number");
        assertThatThrownBy(() -> both("big.csv", "v\n1\n1e400\n", false))
                .hasMessage("big.csv, line 3: \"1e400\" is beyond the range of a double (about ±1.8e308).");
    }

    @Test
    void theDefaultColumnRuleIsTheLastMostlyNumericOne() throws Exception {
        assertThat(both("f.csv", "date,flow,label\n2020-01-01,10,a\n2020-01-02,11,b\n", false).values())
                .containsExactly(10, 11);
        assertThatThrownBy(() -> both("f.csv", "a,b\n1,x\n2,3\n3,4\n4,5\n", false))
                .hasMessage("f.csv, line 2: \"x\" is not a number.");
        assertThat(both("f.csv", "a,b\n1,NA\n2,3\n3,4\n4,5\n", true).name()).isEqualTo("f [b]");
    }
}
