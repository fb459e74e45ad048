package org.arlab.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.arlab.core.series.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16's session reproductions, one test each, and every field's type held. */
class SessionContractTest {
    private static final List<LabSlot<?>> SLOTS = RandomSessions.SLOTS;
    private static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path dir;

    private static String good() {
        double[] v = new double[12];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i);
        }
        return SessionFile.toJson(Session.DEFAULT.withLoaded(Series.of("lynx.csv", v), 2, "a note"), SLOTS);
    }

    private static String refusal(String json) {
        try {
            SessionFile.fromJson(json, SLOTS);
        } catch (SessionFile.InvalidSessionException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").doesNotContain("`")
                    .doesNotContain("com.fasterxml").doesNotContain("java.");
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void duplicateKeysAreRefusedNotLastWins() {
        String json = good().replace("\"n\" : 500,", "\"n\" : 500, \"n\" : 20,");
        assertThat(refusal(json)).startsWith("labs.data has the field \"n\" twice (line ");
        assertThat(refusal(good().replace("\"version\" : 3,", "\"version\" : 3, \"version\" : 3,")))
                .startsWith("the session has the field \"version\" twice");
    }

    @Test
    void textAfterTheClosingBraceIsRefused() throws Exception {
        assertThat(refusal(good() + "\n{\"more\": 1}")).startsWith("text follows the end of the session (line ");
        assertThat(refusal(good() + " garbage")).startsWith("text follows the end of the session");
        assertThat(SessionFile.fromJson(good() + "\n  \n", SLOTS)).isNotNull(); // trailing whitespace is fine
    }

    @Test
    void theVersionIsAWholeNumberThisArLabReads() {
        String v = "\"version\" : 3";
        assertThat(refusal(good().replace(v, "\"version\" : true"))).isEqualTo("version must be a whole number, not "
                + "true.");
        assertThat(refusal(good().replace(v, "\"version\" : \"1\"")))
                .isEqualTo("version must be a whole number, not the text \"1\".");
        assertThat(refusal(good().replace(v, "\"version\" : 1.9"))).isEqualTo("version must be a whole number, not "
                + "1.9.");
        assertThat(refusal(good().replace(v, "\"version\" : 4"))).isEqualTo("it is version 4, newer than this AR "
                + "Lab reads (version 3); open it with a newer AR Lab.");
        assertThat(refusal(good().replace(v, "\"version\" : 4294967297"))).contains("version 4294967297, newer");
        assertThat(refusal(good().replace(v, "\"version\" : 0"))).contains("version 0 is not a session version");
        assertThat(refusal(good().replace(v + ",", ""))).isEqualTo("it has no \"version\" field.");
    }

    @Test
    void integersAreRangeCheckedNotCastDown() {
        // "n": 4294967306 was read as 10, loadedSeries.order 4294967298 as 2
        assertThat(refusal(good().replace("\"n\" : 500", "\"n\" : 4294967306")))
                .isEqualTo("labs.data.n must be 10 to 1 000 000, not 4294967306.");
        assertThat(refusal(good().replace("\"order\" : 2,\n    \"note\"", "\"order\" : 4294967298,\n    \"note\"")))
                .isEqualTo("loadedSeries.order must be 0 to 30, not 4294967298.");
        // a 30-digit seed was truncated
        assertThat(refusal(good().replace("\"seed\" : 42", "\"seed\" : 123456789012345678901234567890")))
                .isEqualTo("labs.data.seed must be -2^63 to 2^63 - 1, not 123456789012345678901234567890.");
        assertThat(refusal(good().replace("\"maxOrder\" : 10", "\"maxOrder\" : 4294967306")))
                .startsWith("labs.fit.maxOrder must be -2 147 483 648 to 2 147 483 647");
        assertThat(refusal(good().replace("\"seed\" : 7", "\"seed\" : 123456789012345678901234567890")))
                .startsWith("labs.horizon.seed must be -2^63 to 2^63 - 1");
        assertThat(refusal(good().replace("\"n\" : 500", "\"n\" : 5e2"))).isEqualTo("labs.data.n must be a whole "
                + "number, not 500.0.");
    }

    @Test
    void aLoadedSeriesOfTheWrongShapeIsRefusedNotDropped() {
        String json = good();
        int at = json.indexOf("\"loadedSeries\"");
        String withArray = json.substring(0, at) + "\"loadedSeries\" : [ ]\n}";
        // before: ignored, and the loaded series lost without a word
        assertThat(refusal(withArray)).isEqualTo("loadedSeries must be an object {name, order, note, values}, not an "
                + "array.");
        String shortValues = json.substring(0, at) + "\"loadedSeries\" : {\"name\": \"x\", \"values\": []}\n}";
        // before: "Index 0 out of bounds for length 0" when a lab drew it
        assertThat(refusal(shortValues)).isEqualTo("loadedSeries.values must hold 10 to 50 000 000 numbers, not 0.");
        assertThat(refusal(json.substring(0, at) + "\"loadedSeries\" : null\n}")).contains("not null");
        assertThat(refusal(json.replace("\"note\" : \"a note\"", "\"note\" : 7"))).isEqualTo("loadedSeries.note must "
                + "be text in quotes, not 7.");
    }

    @Test
    void unreadableFilesSayWhy() throws Exception {
        Path bad = dir.resolve("s.json");
        byte[] utf8 = good().getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 2);
        broken[broken.length - 2] = (byte) 0xC3;
        broken[broken.length - 1] = (byte) 0x28;
        Files.write(bad, broken);
        // was "cannot be read (Input length = 1)."
        assertThatThrownBy(() -> SessionFile.read(bad, SLOTS)).hasMessage("s.json is not a valid AR Lab session: it "
                + "is not UTF-8 text (a session is the JSON file AR Lab saves).");
        Files.writeString(bad, "\uFEFF" + good());
        assertThat(SessionFile.read(bad, SLOTS).loaded().length()).isEqualTo(12);
        assertThatThrownBy(() -> SessionFile.read(Path.of("/dev/zero"), SLOTS)).hasMessageContaining("not a regular "
                + "file");
        assertThatThrownBy(() -> SessionFile.read(dir, SLOTS)).hasMessageContaining("is a folder");
        Files.writeString(bad, "");
        assertThatThrownBy(() -> SessionFile.read(bad, SLOTS)).hasMessage("s.json is not a valid AR Lab session: "
                + "the file is empty.");
        Files.writeString(bad, good().replace("\"note\" : \"a note\"", "\"note\" : \"a\\r\\nb\"").replace(
                "\"seed\" : 42", "\"seed\" : \"4\\r2\""));
        assertThatThrownBy(() -> SessionFile.read(bad, SLOTS)).satisfies(e -> assertThat(e.getMessage())
                .contains("labs.data.seed must be a whole number, not the text \"4\\r2\"").doesNotContain("\r"));
    }

    @Test
    void savesGoThroughAUniqueTemporaryNotAFixedOne() throws Exception {
        // before: a fixed "F.tmp", clobbered or blocking, and no fsync
        Path file = dir.resolve("lesson.json");
        Path fixed = dir.resolve("lesson.json.tmp");
        Files.writeString(fixed, "someone else's file");
        SessionFile.write(Session.DEFAULT, SLOTS, file);
        assertThat(fixed).hasContent("someone else's file");
        assertThat(SessionFile.read(file, SLOTS)).isEqualTo(Session.DEFAULT.complete(SLOTS));
        Files.delete(fixed);
        Files.createDirectory(fixed); // the old code's temporary name taken by a folder: it could not save at all
        SessionFile.write(Session.DEFAULT, SLOTS, file);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lesson.json",
                    "lesson.json.tmp");
        }
        assertThatThrownBy(() -> SessionFile.write(Session.DEFAULT, SLOTS, dir.resolve("none/lesson.json")))
                .hasMessageEndingWith("does not exist.");
    }

    @Test
    void unknownFieldsAreRefusedWithTheirPath() {
        assertThat(refusal(good().replace("\"n\" : 500", "\"n\" : 500, \"m\" : 1")))
                .isEqualTo("labs.data has a field AR Lab does not know: \"m\".");
        assertThat(refusal(good().replace("\"maxOrder\" : 10", "\"maxOrder\" : 10, \"extra\" : 1")))
                .isEqualTo("labs.fit has a field AR Lab does not know: \"extra\".");
        assertThat(refusal(good().replace("\"version\" : 3,", "\"version\" : 3, \"what\" : 1,")))
                .isEqualTo("the session has a field AR Lab does not know: \"what\".");
    }

    /** Every field of every lab, replaced by each value of another JSON type, is refused naming its path. */
    @Test
    void everyFieldHoldsItsType() throws Exception {
        JsonNode root = M.readTree(good());
        List<String[]> paths = new ArrayList<>();
        leaves(root, "", paths);
        assertThat(paths.size()).as("fields swept").isGreaterThan(40);
        JsonNode[] pool = {M.readTree("true"), M.readTree("\"1\""), M.readTree("1.5"), M.readTree("3"),
            M.readTree("null"), M.readTree("[]"), M.readTree("{}"), M.readTree("\"\""), M.readTree("[1]")};
        int refused = 0;
        for (String[] p : paths) {
            String path = p[0];
            if (path.equals("format")) {
                continue;
            }
            JsonNode original = at(root, path);
            for (JsonNode wrong : pool) {
                if (sameKind(original, wrong)) {
                    continue;
                }
                ObjectNode copy = root.deepCopy();
                set(copy, path, wrong);
                String msg = refusal(M.writeValueAsString(copy));
                String shown = path.replaceAll("\\[\\d+]$", "");
                assertThat(msg).as("%s := %s", path, wrong).satisfiesAnyOf(
                        m -> assertThat(m).contains(shown),
                        m -> assertThat(path).startsWith("version"));
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(200);
    }

    private static boolean sameKind(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            // an integer where a double is expected is a number; a fraction where a whole number is expected is not
            return !(a.isIntegralNumber() && !b.isIntegralNumber());
        }
        return a.getNodeType() == b.getNodeType(); // same type, other value: not a question of type

    }

    private static void leaves(JsonNode n, String path, List<String[]> out) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(new String[] {p});
                leaves(e.getValue(), p, out);
            }
        } else if (n.isArray() && n.size() > 0) {
            out.add(new String[] {path + "[0]"});
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            if (part.endsWith("[0]")) {
                n = n.get(part.substring(0, part.length() - 3)).get(0);
            } else {
                n = n.get(part);
            }
        }
        return n;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode n = root;
        for (int i = 0; i < parts.length - 1; i++) {
            n = n.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (last.endsWith("[0]")) {
            ((ArrayNode) n.get(last.substring(0, last.length() - 3))).set(0, value);
        } else {
            ((ObjectNode) n).set(last, value);
        }
    }
}
