package org.arlab.core.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.arlab.core.series.Series;

/**
 * Reads and writes session files: JSON with a format tag and version, every lab's parameters, and the loaded series'
 * values (not only its path). Doubles are written in Java's shortest round-trip form, so saving and loading give back
 * exactly the same numbers. A file that is not a valid session is refused with one message naming the file and the
 * reason (with line and column for malformed JSON).
 */
public final class SessionFile {
    /** The value of the "format" field. */
    public static final String FORMAT = "arlab-session";
    /** The version written; files of a higher version are refused. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();

    private SessionFile() {
    }

    /** A session file that cannot be read, with a message for the user. */
    public static final class InvalidSessionException extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidSessionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Writes a session: to a unique temporary file beside the target, synced, then moved over it atomically
     * ({@link org.arlab.core.io.AtomicFile}), so a crash leaves the old session or the new one.
     *
     * @param slots the labs after Data, in the order they are written; a lab the session does not hold is written
     *     at its defaults
     */
    public static void write(Session session, List<LabSlot<?>> slots, Path file) throws IOException {
        org.arlab.core.io.AtomicFile.write(file, toJson(session, slots).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param slots the labs after Data, in the order they are written (each as its record's fields under
     *     {@code labs.<key>}); a lab the session does not hold is written at its defaults
     * @return the session as JSON text
     */
    public static String toJson(Session session, List<LabSlot<?>> slots) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode labs = root.putObject("labs");
        DataScenario d = session.data();
        ObjectNode data = labs.putObject("data");
        numbers(data.putArray("phi"), d.phi());
        data.put("sigma", d.sigma());
        data.put("intercept", d.intercept());
        data.put("n", d.n());
        data.put("seed", d.seed());
        numbers(data.putArray("initial"), d.initial());
        for (LabSlot<?> slot : slots) {
            labs.set(slot.key(), JSON.valueToTree(session.settings(slot)));
        }
        session.loadedSeries().ifPresent(s -> {
            ObjectNode loaded = root.putObject("loadedSeries");
            loaded.put("name", s.name());
            loaded.put("order", session.loadedOrder());
            loaded.put("note", session.loadedNote());
            numbers(loaded.putArray("values"), s.values());
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a session.
     *
     * @param slots the labs after Data to read; a lab missing from the file (an older file) reads at its defaults,
     *     and a key no slot names is ignored
     * @throws InvalidSessionException when the file is missing, malformed or holds impossible values
     */
    public static Session read(Path file, List<LabSlot<?>> slots) throws InvalidSessionException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidSessionException(file + ": no such file.", e);
        } catch (IOException e) {
            throw new InvalidSessionException(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
        try {
            return fromJson(text, slots);
        } catch (InvalidSessionException e) {
            throw new InvalidSessionException(file.getFileName() + " is not a valid AR Lab session: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Parses session JSON.
     *
     * @param slots the labs after Data to read, as for {@link #read(Path, List)}
     */
    public static Session fromJson(String text, List<LabSlot<?>> slots) throws InvalidSessionException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            throw new InvalidSessionException(where + e.getOriginalMessage(), e);
        }
        try {
            if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("it has no \"format\": \"" + FORMAT + "\" field.");
            }
            int version = root.path("version").asInt(-1);
            if (version < 1 || version > VERSION) {
                throw new IllegalArgumentException("version " + root.path("version") + " is not one this AR Lab "
                        + "reads (1 to " + VERSION + ").");
            }
            JsonNode data = root.path("labs").path("data");
            if (!data.isObject()) {
                throw new IllegalArgumentException("the Data lab's parameters (labs.data) are missing.");
            }
            DataScenario scenario = DataScenario.of(doubles(data, "phi"), number(data, "sigma"),
                    number(data, "intercept"), (int) integer(data, "n"), integer(data, "seed"),
                    data.has("initial") ? doubles(data, "initial") : new double[0]);
            Session session = new Session(scenario, null);
            JsonNode ls = root.path("loadedSeries");
            if (ls.isObject()) {
                int order = ls.has("order") ? (int) integer(ls, "order") : 0;
                session = session.withLoaded(Series.of(ls.path("name").asText("series"), doubles(ls, "values")),
                        order, ls.path("note").asText(""));
            }
            for (LabSlot<?> slot : slots) {
                session = withLab(session, slot, root.path("labs").path(slot.key()));
            }
            return session;
        } catch (IllegalArgumentException e) {
            throw new InvalidSessionException(e.getMessage(), e);
        }
    }

    private static <S> Session withLab(Session session, LabSlot<S> slot, JsonNode node) {
        return session.with(slot, node.isMissingNode() ? slot.defaults() : slot.cast(lab(node, slot.key(),
                slot.type())));
    }

    /** Reads one lab's record; a missing, mistyped or impossible field is refused with the field's path. */
    private static Object lab(JsonNode node, String key, Class<?> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalArgumentException("labs." + key + ": " + cause.getMessage(), e);
        } catch (JsonProcessingException e) {
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce("", String::concat) : "";
            throw new IllegalArgumentException("labs." + key + path + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a number.");
        }
        return v.doubleValue();
    }

    private static long integer(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number.");
        }
        return v.longValue();
    }

    private static double[] doubles(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array of numbers.");
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            if (!v.get(i).isNumber()) {
                throw new IllegalArgumentException("\"" + field + "\"[" + i + "] must be a number.");
            }
            out[i] = v.get(i).doubleValue();
        }
        return out;
    }
}
