package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.arlab.core.series.SeriesCorpus;
import org.arlab.core.series.SeriesFormatException;
import org.arlab.core.series.SeriesReader;
import org.arlab.core.session.RandomSessions;
import org.arlab.core.session.SessionCorpusTest;
import org.arlab.core.session.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample of issue 16's two corpora through the real command line ({@link ArLabCommand#run} with captured
 * streams): every refusal is exit 2 and exactly one line on standard error — the reader's or the session's own
 * message after the command's name — and every success prints its answer with no NaN or infinity in it.
 */
class CorpusThroughCliTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err),
                args);
        return new Run(status, out.toString(), err.toString());
    }

    private static void oneLine(Run r, String what, List<String> failures) {
        String e = r.err();
        if (e.isEmpty() || e.strip().contains("\n") || e.contains("\r") || e.contains("Exception")
                || e.contains("\tat ") || !e.startsWith("arlab")) {
            failures.add(what + ": stderr is not one line: " + e.replace("\n", "⏎"));
        }
    }

    @Test
    void aSampleOfTheSeriesCorpusThroughFitAndSelect() throws Exception {
        List<String> failures = new ArrayList<>();
        int[] counts = new int[3]; // refused by the reader, fitted, refused by the fit
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            SeriesCorpus corpus = new SeriesCorpus(20_260_016L);
            for (int i = 0; i < 10_000; i++) {
                SeriesCorpus.Sample s = corpus.next();
                if (i % 40 != 0) {
                    continue;
                }
                Path f = dir.resolve(s.name);
                Files.write(f, s.bytes);
                String reader;
                try {
                    SeriesReader.read(f, null, 1);
                    reader = null;
                } catch (SeriesFormatException e) {
                    reader = e.getMessage();
                }
                boolean select = i % 200 == 0;
                String cmd = select ? "select" : "fit";
                Run r = select ? run("select", "--input", f.toString(), "--max-order", "2", "--json")
                        : run("fit", "--input", f.toString(), "--order", "1", "--json");
                String what = cmd + " " + s.show();
                if (reader != null && reader.startsWith(s.name) && !reader.contains("at least")) {
                    counts[0]++;
                    if (r.status() != 2 || !r.err().strip().startsWith("arlab " + cmd + ": " + reader
                            .replaceFirst("\\.$", ""))) {
                        failures.add(what + ": expected exit 2 with the reader's message, got " + r);
                    }
                    oneLine(r, what, failures);
                } else if (r.status() == 0) {
                    counts[1]++;
                    // a success may carry one warning line (a short series), nothing else
                    boolean warned = r.err().startsWith("arlab " + cmd + ": warning: ")
                            && !r.err().strip().contains("\n");
                    if ((!r.err().isEmpty() && !warned) || r.out().strip().contains("\n")) {
                        failures.add(what + ": success with stderr or several lines: " + r);
                    }
                    if (r.out().contains("NaN") || r.out().contains("Infinity")) {
                        failures.add(what + ": NaN or infinity in the answer: " + r.out());
                    }
                } else {
                    counts[2]++;
                    if (r.status() != 2) {
                        failures.add(what + ": exit " + r.status());
                    }
                    oneLine(r, what, failures);
                }
            }
        });
        System.getLogger(CorpusThroughCliTest.class.getName()).log(System.Logger.Level.INFO, String.format(
                "series through the CLI: %d refused by the reader, %d fitted, %d refused by the fit", counts[0],
                counts[1], counts[2]));
        assertThat(failures.subList(0, Math.min(20, failures.size()))).as("%d failures", failures.size()).isEmpty();
        assertThat(counts[0]).isGreaterThan(50);
        assertThat(counts[1]).isGreaterThan(10);
    }

    @Test
    void aSampleOfTheSessionCorpusThroughExport() throws Exception {
        List<String> failures = new ArrayList<>();
        int[] counts = new int[2]; // refused, drawn
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            SplittableRandom rnd = new SplittableRandom(16_2000L);
            Path file = dir.resolve("lesson.json");
            Path png = dir.resolve("out.png");
            for (int i = 0; i < SessionCorpusTest.SESSIONS; i++) {
                SessionCorpusTest.Mutant m = SessionCorpusTest.next(rnd);
                if (i % 10 != 0) {
                    continue;
                }
                Files.write(file, m.bytes());
                String refusal;
                try {
                    SessionFile.read(file, RandomSessions.SLOTS);
                    refusal = null;
                } catch (SessionFile.InvalidSessionException e) {
                    refusal = e.getMessage();
                }
                if (refusal == null && counts[1] >= 5) {
                    continue; // drawing is slow; a few accepted sessions are enough
                }
                Run r = run("export", "--lab", "fit", "--session", file.toString(), "--output", png.toString(),
                        "--width", "300", "--height", "200");
                String what = "export (" + m.kind() + ")";
                if (refusal != null) {
                    counts[0]++;
                    if (r.status() != 2 || !r.err().strip().equals("arlab export: " + refusal)) {
                        failures.add(what + ": expected exit 2 with the session's message, got " + r);
                    }
                    oneLine(r, what, failures);
                } else {
                    counts[1]++;
                    if (r.status() != 0) {
                        oneLine(r, what, failures);
                    }
                }
            }
        });
        System.getLogger(CorpusThroughCliTest.class.getName()).log(System.Logger.Level.INFO, String.format(
                "sessions through the CLI: %d refused, %d drawn", counts[0], counts[1]));
        assertThat(failures.subList(0, Math.min(20, failures.size()))).as("%d failures", failures.size()).isEmpty();
        assertThat(counts[0]).isGreaterThan(100);
    }
}
