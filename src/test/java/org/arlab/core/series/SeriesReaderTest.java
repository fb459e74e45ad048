package org.arlab.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsTheShippedClassicSeries() throws Exception {
        Series lynx = SeriesReader.read(Path.of("assets/series/lynx.csv"), null, 1);
        assertThat(lynx.length()).isEqualTo(114);
        assertThat(lynx.get(0)).isEqualTo(269);
        assertThat(lynx.get(113)).isEqualTo(3396);
        assertThat(lynx.name()).isEqualTo("lynx [value]");
    }

    @Test
    void separatorsHeaderBomQuotesBlankLinesAndComments() throws Exception {
        String[] texts = {
            "t,value\n1,1.5\n2,2.5\n\n3,3.5\n",
            "\uFEFFt;value\r\n1;1.5\r\n2;2.5\r\n3;3.5",
            "t\tvalue\n1\t1.5\n2\t2.5\n3\t3.5\n",
            "# a comment\n1   1.5\n2 2.5\n  3\t3.5\n",
            "\"t\",\"value\"\n\"1\",\"1.5\"\n2,2.5\n3,3.5\n",
        };
        for (String text : texts) {
            Series s = SeriesReader.parse("x.csv", text, null, 1);
            assertThat(s.values()).as(text).containsExactly(1.5, 2.5, 3.5);
        }
    }

    @Test
    void columnByNameOrIndexDefaultLastNumeric() throws Exception {
        String text = "date,flow,label\n2020-01-01,10,a\n2020-01-02,11,b\n";
        assertThat(SeriesReader.parse("f.csv", text, null, 1).values()).containsExactly(10, 11);
        assertThat(SeriesReader.parse("f.csv", text, "flow", 1).values()).containsExactly(10, 11);
        assertThat(SeriesReader.parse("f.csv", text, "FLOW", 1).values()).containsExactly(10, 11);
        assertThat(SeriesReader.parse("f.csv", "1,2,3\n4,5,6\n", "2", 1).values()).containsExactly(2, 5);
        // a date column without header does not make the first row a header
        assertThat(SeriesReader.parse("f.csv", "2020-01-01,10\n2020-01-02,11\n", null, 1).values())
                .containsExactly(10, 11);
        SeriesReader.Columns c = SeriesReader.columns(write("c.csv", text));
        assertThat(c.names()).containsExactly("date", "flow", "label");
        assertThat(c.numeric()).containsExactly(false, true, false);
    }

    @Test
    void badFilesNameTheFileTheLineAndTheReason() throws Exception {
        assertThatThrownBy(() -> SeriesReader.read(write("text.csv", "t,value\n1,1\n2,abc\n3,3\n"), null, 1))
                .isInstanceOf(SeriesFormatException.class).hasMessage("text.csv, line 3: \"abc\" is not a number.");
        assertThatThrownBy(() -> SeriesReader.read(write("nan.csv", "v\n1\nNaN\n"), null, 1))
                .hasMessageStartingWith("nan.csv, line 3: the value is NaN");
        assertThatThrownBy(() -> SeriesReader.read(write("inf.csv", "v\n1\nInfinity\n"), null, 1))
                .hasMessageStartingWith("inf.csv, line 3: the value \"Infinity\" is infinite");
        assertThatThrownBy(() -> SeriesReader.read(write("empty.csv", "\n\n  \n"), null, 1))
                .hasMessage("empty.csv: the file is empty: no values to read.");
        assertThatThrownBy(() -> SeriesReader.read(write("col.csv", "a,b\n1,2\n"), "zzz", 1))
                .hasMessage("col.csv: no column named \"zzz\"; the columns are a, b.");
        assertThatThrownBy(() -> SeriesReader.read(write("col.csv", "a,b\n1,2\n"), "3", 1))
                .hasMessage("col.csv: no column 3: the file has 2 columns.");
        assertThatThrownBy(() -> SeriesReader.read(write("short.csv", "v\n1\n2\n"), null, 5))
                .hasMessage("short.csv: only 2 values in column \"v\"; at least 5 are needed.");
        assertThatThrownBy(() -> SeriesReader.read(write("ragged.csv", "a,b\n1,2\n3\n"), "b", 1))
                .hasMessage("ragged.csv, line 3: this line has 1 field; the header has 2.");
        assertThatThrownBy(() -> SeriesReader.read(dir.resolve("missing.csv"), null, 1))
                .hasMessage("missing.csv: no such file.");
        Path bin = dir.resolve("bin.xlsx");
        Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3});
        assertThatThrownBy(() -> SeriesReader.read(bin, null, 1)).hasMessageContaining("not UTF-8");
    }

    @Test
    void anyInputLoadsOrIsRefusedWithAMessageNamingTheFile() throws Exception {
        SplittableRandom rnd = new SplittableRandom(424242);
        String[] tokens = {"1", "-2.5", "3e2", "abc", "NaN", "Infinity", "\"4\"", "\"x,y\"", "\"", ",", ";", "\t", " ",
            "\n", "\r\n", "\uFEFF", "#", "", "value", "1.5.5", "+", "-", ".", "é", "0x10", "1,5"};
        int loaded = 0;
        for (int trial = 0; trial < 5000; trial++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(tokens[rnd.nextInt(tokens.length)]);
            }
            String column = rnd.nextInt(4) == 0 ? Integer.toString(rnd.nextInt(4)) : null;
            try {
                Series s = SeriesReader.parse("random.csv", sb.toString(), column, 1 + rnd.nextInt(3));
                for (double v : s.values()) {
                    assertThat(Double.isFinite(v)).isTrue();
                }
                loaded++;
            } catch (SeriesFormatException e) {
                assertThat(e.getMessage()).startsWith("random.csv").doesNotContain("\n");
                assertThat(e.line() > 0 || e.getMessage().contains("empty") || e.getMessage().contains("column")
                        || e.getMessage().contains("at least")).as(e.getMessage()).isTrue();
            }
        }
        assertThat(loaded).as("some random inputs load").isGreaterThan(20);
        // random bytes: either UTF-8 text handled as above or refused as not UTF-8
        for (int trial = 0; trial < 500; trial++) {
            byte[] b = new byte[rnd.nextInt(200)];
            rnd.nextBytes(b);
            Path f = dir.resolve("bytes.csv");
            Files.write(f, b);
            try {
                SeriesReader.read(f, null, 1);
            } catch (SeriesFormatException e) {
                assertThat(e.getMessage()).startsWith("bytes.csv");
            }
        }
    }

    @Test
    void aMillionRowsLoad() throws Exception {
        StringBuilder sb = new StringBuilder("t,value\n");
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 1; i <= 1_000_000; i++) {
            sb.append(i).append(',').append(rnd.nextGaussian()).append('\n');
        }
        Path f = write("big.csv", sb.toString());
        Series s = SeriesReader.read(f, null, 1);
        assertThat(s.length()).isEqualTo(1_000_000);
    }

    @Test
    void fastPathAgreesWithTheGeneralReaderOnRandomAsciiFiles() throws Exception {
        SplittableRandom rnd = new SplittableRandom(77);
        String[] tokens = {"1", "-2.5", "3e2", "abc", "NaN", "Infinity", ",", ";", "\t", " ", "\n", "\r\n", "#", "",
            "value", "1.5.5", "+", ".", "0x10", "7", "1d", "\u000B"};
        Path f = dir.resolve("r.csv");
        for (int trial = 0; trial < 4000; trial++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(50);
            for (int i = 0; i < n; i++) {
                sb.append(tokens[rnd.nextInt(tokens.length)]);
            }
            String text = sb.toString();
            String column = rnd.nextInt(4) == 0 ? Integer.toString(1 + rnd.nextInt(3)) : null;
            Files.writeString(f, text, StandardCharsets.US_ASCII);
            String slow;
            String fast;
            try {
                slow = java.util.Arrays.toString(SeriesReader.parse("r.csv", text, column, 1).values());
            } catch (SeriesFormatException e) {
                slow = e.getMessage();
            }
            try {
                fast = java.util.Arrays.toString(SeriesReader.read(f, column, 1).values());
            } catch (SeriesFormatException e) {
                fast = e.getMessage();
            }
            assertThat(fast).as("input %s", text.replace("\n", "⏎")).isEqualTo(slow);
        }
    }
}
