package org.arlab.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 16's corpus: 10 000 generated series files (seeded) through the reader, in one JVM, under a timeout. Every
 * file loads as finite values or is refused with one line naming the file; the fast path and the general path give
 * the same answer on every file either can read, with the default sample and with tiny ones (which send most lines
 * through the fast path's byte scanner); and a file whose intended reading is known reads as intended: its values,
 * or a refusal at the planted defect's line naming it, or — with missing values dropped — the values without it.
 */
class SeriesCorpusTest {
    static final int FILES = 10_000;

    /** The outcome of one read: the values, or the refusal's message. */
    private record Outcome(double[] values, String message) {
        boolean same(Outcome o) {
            return Arrays.equals(values, o.values) && java.util.Objects.equals(message, o.message);
        }

        @Override
        public String toString() {
            return message != null ? message : Arrays.toString(values);
        }
    }

    private interface Reader {
        Series read() throws SeriesFormatException;
    }

    private static Outcome outcome(Reader r) {
        try {
            return new Outcome(r.read().values(), null);
        } catch (SeriesFormatException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    @Test
    void tenThousandGeneratedFilesKeepTheContract() {
        List<String> failures = new ArrayList<>();
        Map<SeriesCorpus.Expect, Integer> counts = new EnumMap<>(SeriesCorpus.Expect.class);
        int[] stats = new int[3]; // loaded, refused, compared fast with general
        long[] slowest = new long[1];
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            SeriesCorpus corpus = new SeriesCorpus(20_260_016L);
            for (int i = 0; i < FILES; i++) {
                SeriesCorpus.Sample s = corpus.next();
                counts.merge(s.expect, 1, Integer::sum);
                long t0 = System.nanoTime();
                try {
                    check(s, i, failures, stats);
                } catch (Throwable t) {
                    failures.add("uncaught " + t + " on " + s.show());
                }
                slowest[0] = Math.max(slowest[0], System.nanoTime() - t0);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.getLogger(SeriesCorpusTest.class.getName()).log(System.Logger.Level.INFO, String.format(
                "series corpus: %d files (%s), %d loaded, %d refused, %d compared on both paths, %.1f s, slowest "
                        + "%.0f ms", FILES, counts, stats[0], stats[1], stats[2], seconds, slowest[0] / 1e6));
        assertThat(failures.subList(0, Math.min(20, failures.size()))).as("%d failures, the first 20",
                failures.size()).isEmpty();
        assertThat(stats[0]).as("files that load").isGreaterThan(FILES / 5);
        assertThat(stats[1]).as("files refused").isGreaterThan(FILES / 5);
        assertThat(counts.get(SeriesCorpus.Expect.REFUSED)).isGreaterThan(FILES / 10);
        assertThat(slowest[0]).as("slowest file, ns").isLessThan(2_000_000_000L);
    }

    private static void check(SeriesCorpus.Sample s, int i, List<String> failures, int[] stats) {
        SeriesReader.Request req = new SeriesReader.Request(null, 1, false, SeriesReader.SAMPLE_ROWS);
        Outcome main = outcome(() -> SeriesReader.read(s.name, s.bytes, req));
        if (main.message == null) {
            stats[0]++;
            for (double v : main.values) {
                if (!Double.isFinite(v)) {
                    failures.add("non-finite value " + v + " from " + s.show());
                }
            }
        } else {
            stats[1]++;
            String m = main.message;
            if (!m.startsWith(s.name) || m.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == 0x2028)
                    || m.length() > 400) {
                failures.add("message not one short line: " + m + " from " + s.show());
            }
        }
        if (FastPath.applies(s.bytes)) {
            for (int sample : new int[] {SeriesReader.SAMPLE_ROWS, 1 + i % 4}) {
                SeriesReader.Request r = new SeriesReader.Request(null, 1, false, sample);
                Outcome fast = outcome(() -> SeriesReader.read(s.name, s.bytes, r));
                Outcome general = outcome(() -> SeriesReader.general(s.name, s.bytes, r));
                if (!fast.same(general)) {
                    failures.add("paths disagree (sample " + sample + "): fast " + fast + " / general " + general
                            + " on " + s.show());
                }
                SeriesReader.Request drop = new SeriesReader.Request(null, 1, true, sample);
                Outcome fastDrop = outcome(() -> SeriesReader.read(s.name, s.bytes, drop));
                Outcome generalDrop = outcome(() -> SeriesReader.general(s.name, s.bytes, drop));
                if (!fastDrop.same(generalDrop)) {
                    failures.add("paths disagree dropping missing values (sample " + sample + "): fast "
                            + fastDrop + " / general " + generalDrop + " on " + s.show());
                }
                stats[2]++;
            }
        }
        switch (s.expect) {
            case VALUES -> {
                if (!Arrays.equals(main.values, s.values)) {
                    failures.add("expected " + Arrays.toString(s.values) + ", got " + main + " from " + s.show());
                }
            }
            case REFUSED -> {
                if (main.message == null || !main.message.contains(", line " + s.line + ": ")
                        || !main.message.contains(s.reason)) {
                    failures.add("expected a refusal at line " + s.line + " (" + s.reason + "), got " + main
                            + " from " + s.show());
                }
                if (s.valuesWithoutMissing != null) {
                    Outcome dropped = outcome(() -> SeriesReader.read(s.name, s.bytes,
                            new SeriesReader.Request(null, 1, true, SeriesReader.SAMPLE_ROWS)));
                    if (!Arrays.equals(dropped.values, s.valuesWithoutMissing)) {
                        failures.add("dropping missing values: expected " + Arrays.toString(s.valuesWithoutMissing)
                                + ", got " + dropped + " from " + s.show());
                    }
                }
            }
            default -> {
            }
        }
    }
}
