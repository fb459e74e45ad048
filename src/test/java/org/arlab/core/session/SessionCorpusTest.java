package org.arlab.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's session corpus: 2 000 seeded random sessions, each mutated once — a field given a value of another
 * type or out of range, a field removed or added, a line duplicated (duplicate keys), text appended, the file cut
 * short, characters and numbers edited, bytes that are not UTF-8, a byte-order mark — read in one JVM under a
 * timeout. Every one is read or refused with one line; nothing else is thrown. A session that is read was read
 * exactly as written: every field the file holds comes back with the same value (no int-cast wraparound, no
 * truncated seed, no coercion of "1" to 1, nothing ignored), and it round-trips again unchanged.
 */
public class SessionCorpusTest {
    /** How many mutated sessions. */
    public static final int SESSIONS = 2_000;
    private static final List<LabSlot<?>> SLOTS = RandomSessions.SLOTS;
    private static final ObjectMapper LENIENT = new ObjectMapper();
    private static final String[] POOL = {"true", "false", "null", "\"1\"", "\"\"", "1.9", "-1", "0", "4294967306",
        "2147483648", "-2147483649", "9223372036854775808", "123456789012345678901234567890", "1e400", "-1e400",
        "1e-400", "[]", "{}", "[1, 2]", "{\"a\": 1}", "\"NaN\"", "3", "1.0", "-0.0", "\"OLS\"", "\"AIC\""};

    @TempDir
    Path dir;

    /** One mutated session. */
    public record Mutant(String kind, byte[] bytes) {
        /** @return the text (for the text mutations, valid UTF-8) */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** @return the i-th mutated session of a seeded stream */
    public static Mutant next(SplittableRandom rnd) throws Exception {
        Session base = RandomSessions.next(rnd);
        String json = SessionFile.toJson(base, SLOTS);
        int kind = rnd.nextInt(12);
        switch (kind) {
            case 0, 1, 2 -> {
                ObjectNode tree = (ObjectNode) LENIENT.readTree(json);
                List<String> paths = new ArrayList<>();
                paths(tree, "", paths);
                String p = paths.get(rnd.nextInt(paths.size()));
                set(tree, p, LENIENT.readTree(POOL[rnd.nextInt(POOL.length)]));
                return text("value of " + p, LENIENT.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
            }
            case 3 -> {
                ObjectNode tree = (ObjectNode) LENIENT.readTree(json);
                List<String> paths = new ArrayList<>();
                paths(tree, "", paths);
                String p = paths.get(rnd.nextInt(paths.size()));
                if (!remove(tree, p)) {
                    return text("none", json);
                }
                return text("removed " + p, LENIENT.writeValueAsString(tree));
            }
            case 4 -> {
                ObjectNode tree = (ObjectNode) LENIENT.readTree(json);
                List<ObjectNode> objects = new ArrayList<>();
                objects(tree, objects);
                objects.get(rnd.nextInt(objects.size())).put("unknown" + rnd.nextInt(3), 1);
                return text("added a field", LENIENT.writeValueAsString(tree));
            }
            case 5 -> {
                String[] lines = json.split("\n", -1);
                int i = 1 + rnd.nextInt(lines.length - 2);
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < lines.length; k++) {
                    sb.append(lines[k]).append(k < lines.length - 1 ? "\n" : "");
                    if (k == i) {
                        sb.append(lines[k].endsWith(",") ? lines[k] : lines[k] + ",").append('\n');
                    }
                }
                return text("duplicated a line", sb.toString());
            }
            case 6 -> {
                String[] tails = {" x", "\n{}", "}", ",", "\u0000", " // comment", "\n[1]", "\"", "]"};
                return text("appended", json + tails[rnd.nextInt(tails.length)]);
            }
            case 7 -> {
                return text("cut", json.substring(0, rnd.nextInt(json.length())));
            }
            case 8 -> {
                StringBuilder sb = new StringBuilder(json);
                String chars = "{}[]\":,0123456789.-+eE \t\r\n\u0000\u001c\u2028é\\atfn";
                int edits = 1 + rnd.nextInt(4);
                for (int e = 0; e < edits && sb.length() > 0; e++) {
                    int at = rnd.nextInt(sb.length());
                    char c = chars.charAt(rnd.nextInt(chars.length()));
                    switch (rnd.nextInt(3)) {
                        case 0 -> sb.setCharAt(at, c);
                        case 1 -> sb.insert(at, c);
                        default -> sb.deleteCharAt(at);
                    }
                }
                return text("edited characters", sb.toString());
            }
            case 9 -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")
                        .matcher(json);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                int[] s = spans.get(rnd.nextInt(spans.size()));
                String[] numbers = {"4294967306", "4294967298", "-4294967295", "2147483648", "9223372036854775808",
                    "123456789012345678901234567890", "1e400", "1e-400", "0.1e1", "1E2", "-0", "00", "1.", ".5",
                    "1e999999999", "0x10", "NaN", "Infinity", "1_000"};
                return text("number", json.substring(0, s[0]) + numbers[rnd.nextInt(numbers.length)]
                        + json.substring(s[1]));
            }
            case 10 -> {
                byte[] b = json.getBytes(StandardCharsets.UTF_8);
                int at = rnd.nextInt(b.length);
                b[at] = (byte) (0x80 + rnd.nextInt(0x80));
                return new Mutant("invalid byte", b);
            }
            default -> {
                String v = new String[] {"0", "2", "-1", "1.0", "true", "\"1\"", "null", "1e0", "1"}[rnd.nextInt(9)];
                String t = json.replace("\"version\" : 1", "\"version\" : " + v);
                return text("version " + v, rnd.nextInt(4) == 0 ? "\uFEFF" + t : t);
            }
        }
    }

    private static Mutant text(String kind, String text) {
        return new Mutant(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void twoThousandMutatedSessionsAreReadAsWrittenOrRefusedInOneLine() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> accepted = new TreeMap<>();
        int[] refused = new int[1];
        long[] slowest = new long[1];
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            SplittableRandom rnd = new SplittableRandom(16_2000L);
            Path file = dir.resolve("mutant.arlab.json");
            for (int i = 0; i < SESSIONS; i++) {
                Mutant m = next(rnd);
                long t0 = System.nanoTime();
                try {
                    Files.write(file, m.bytes());
                    Session s = SessionFile.read(file, SLOTS);
                    accepted.merge(m.kind().replaceFirst(" .*", ""), 1, Integer::sum);
                    String again = SessionFile.toJson(s, SLOTS);
                    if (!SessionFile.fromJson(again, SLOTS).equals(s)) {
                        failures.add("not stable on a second round trip: " + m.kind());
                    }
                    String diff = sameContent(LENIENT.readTree(m.text().replaceFirst("^\uFEFF", "")),
                            LENIENT.readTree(again));
                    if (diff != null) {
                        failures.add("read other than written (" + m.kind() + "): " + diff);
                    }
                } catch (SessionFile.InvalidSessionException e) {
                    refused[0]++;
                    String msg = e.getMessage();
                    if (!msg.startsWith("mutant.arlab.json is not a valid AR Lab session: ")
                            || msg.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == 0x2028) || msg.length() > 400
                            || msg.contains("com.fasterxml") || msg.contains("`") || msg.contains("JsonToken")) {
                        failures.add("message not one clear line (" + m.kind() + "): " + msg);
                    }
                } catch (Throwable t) {
                    failures.add("uncaught " + t + " (" + m.kind() + ")");
                }
                slowest[0] = Math.max(slowest[0], System.nanoTime() - t0);
            }
        });
        System.getLogger(SessionCorpusTest.class.getName()).log(System.Logger.Level.INFO, String.format(
                "session corpus: %d mutated sessions, %d refused, accepted by mutation %s, %.1f s, slowest %.0f ms",
                SESSIONS, refused[0], accepted, (System.nanoTime() - start) / 1e9, slowest[0] / 1e6));
        assertThat(failures.subList(0, Math.min(20, failures.size()))).as("%d failures, the first 20",
                failures.size()).isEmpty();
        assertThat(refused[0]).isGreaterThan(SESSIONS / 2);
    }

    /**
     * @return null when every field of the input holds the same value in the output (a lab key no slot names is
     *     ignored by design), else where they differ
     */
    static String sameContent(JsonNode in, JsonNode out) {
        for (Map.Entry<String, JsonNode> e : in.properties()) {
            if (e.getKey().equals("labs")) {
                for (Map.Entry<String, JsonNode> lab : e.getValue().properties()) {
                    boolean known = lab.getKey().equals("data")
                            || SLOTS.stream().anyMatch(s -> s.key().equals(lab.getKey()));
                    if (known) {
                        String d = same(lab.getValue(), out.path("labs").path(lab.getKey()), "labs." + lab.getKey());
                        if (d != null) {
                            return d;
                        }
                    }
                }
            } else {
                String d = same(e.getValue(), out.path(e.getKey()), e.getKey());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String same(JsonNode a, JsonNode b, String path) {
        if (a.isNumber()) {
            boolean equal = b.isNumber() && (a.isIntegralNumber() && b.isIntegralNumber()
                    ? a.bigIntegerValue().equals(b.bigIntegerValue()) : a.doubleValue() == b.doubleValue());
            return equal ? null : path + ": " + a + " read as " + b;
        }
        if (a.isObject()) {
            if (!b.isObject()) {
                return path + ": an object read as " + b;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                String d = same(e.getValue(), b.path(e.getKey()), path + "." + e.getKey());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isArray()) {
            if (!b.isArray() || a.size() != b.size()) {
                return path + ": " + a + " read as " + b;
            }
            for (int i = 0; i < a.size(); i++) {
                String d = same(a.get(i), b.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return a.equals(b) ? null : path + ": " + a + " read as " + b;
    }

    private static void paths(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(p);
                paths(e.getValue(), p, out);
            }
        } else if (n.isArray() && n.size() > 0) {
            out.add(path + "[0]");
        }
    }

    private static void objects(JsonNode n, List<ObjectNode> out) {
        if (n.isObject()) {
            out.add((ObjectNode) n);
            n.forEach(c -> objects(c, out));
        }
    }

    private static JsonNode parent(ObjectNode root, String path) {
        String[] parts = path.split("\\.");
        JsonNode n = root;
        for (int i = 0; i < parts.length - 1; i++) {
            n = n.get(parts[i]);
        }
        return n;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        JsonNode n = parent(root, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (last.endsWith("[0]")) {
            ((ArrayNode) n.get(last.substring(0, last.length() - 3))).set(0, value);
        } else {
            ((ObjectNode) n).set(last, value);
        }
    }

    private static boolean remove(ObjectNode root, String path) {
        JsonNode n = parent(root, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (last.endsWith("[0]")) {
            ((ArrayNode) n.get(last.substring(0, last.length() - 3))).remove(0);
        } else {
            ((ObjectNode) n).remove(last);
        }
        return true;
    }
}
