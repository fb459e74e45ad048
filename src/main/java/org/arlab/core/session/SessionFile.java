package org.arlab.core.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.arlab.core.io.Echo;
import org.arlab.core.io.InputFile;
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
    public static final int VERSION = 3;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer,
                    CoercionAction.Fail).setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer,
                    CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Array, c -> c.setCoercion(CoercionInputShape.EmptyString,
                    CoercionAction.Fail).setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

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
            if (s.firstT() != 1) {
                loaded.put("firstT", s.firstT()); // the file's first year, for the series chart's time axis
            }
            numbers(loaded.putArray("values"), s.values());
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The largest session file read, in bytes (a loaded series of 10⁶ values is about 20 MB). */
    public static final long MAX_BYTES = 500_000_000L;
    /** The most values a loaded series holds. */
    public static final int MAX_LOADED = 50_000_000;

    /**
     * Reads a session: only a regular file of at most {@link #MAX_BYTES}, UTF-8 (with or without a byte-order mark),
     * strict JSON (no duplicate key, nothing after the closing brace), every field of the type and range the format
     * gives it, a version this AR Lab reads.
     *
     * @param slots the labs after Data to read; a lab missing from the file (an older file) reads at its defaults,
     *     and a key no slot names is ignored
     * @throws InvalidSessionException when the file is missing, malformed or holds impossible values: one line
     *     naming the file, and the field by its JSON path ({@code labs.data.n}) or the line and column
     */
    public static Session read(Path file, List<LabSlot<?>> slots) throws InvalidSessionException {
        String name = Echo.of(file.getFileName() == null ? file.toString() : file.getFileName().toString(), 80);
        byte[] bytes;
        try {
            bytes = InputFile.read(file, MAX_BYTES);
        } catch (IOException e) {
            throw new InvalidSessionException(name + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSessionException(name + " is not a valid AR Lab session: it is not UTF-8 text (a "
                    + "session is the JSON file AR Lab saves).", e);
        }
        try {
            return fromJson(text, slots);
        } catch (InvalidSessionException e) {
            throw new InvalidSessionException(name + " is not a valid AR Lab session: " + e.getMessage(), e);
        }
    }

    /**
     * Parses session JSON, strictly (see {@link #read(Path, List)}).
     *
     * @param slots the labs after Data to read, as for {@link #read(Path, List)}
     */
    public static Session fromJson(String text, List<LabSlot<?>> slots) throws InvalidSessionException {
        JsonNode root = tree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        try {
            return session(root, slots);
        } catch (IllegalArgumentException e) {
            throw new InvalidSessionException(Echo.line(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * A lab's entry in a file of an older version: the fields added since read at the lab's defaults (version 2
     * added the Likelihood lab's ascent, version 3 the KL lab's model choices and reference). Entries of the current version are read as they are, strictly.
     */
    private static JsonNode upgraded(JsonNode node, LabSlot<?> slot, int version) {
        if (version >= VERSION || node == null || !node.isObject()) {
            return node;
        }
        ObjectNode merged = (ObjectNode) JSON.valueToTree(slot.defaults());
        merged.setAll((ObjectNode) node);
        return merged;
    }

    /** @return the whole text as one JSON value, refusing duplicate keys and anything after it */
    private static JsonNode tree(String text) throws InvalidSessionException {
        try (JsonParser p = JSON.createParser(text)) {
            JsonNode root = JSON.readTree(p);
            if (root == null || root.isMissingNode()) {
                throw new InvalidSessionException("the file is empty.", null);
            }
            JsonToken extra;
            try {
                extra = p.nextToken();
            } catch (JsonProcessingException e) {
                extra = JsonToken.NOT_AVAILABLE;
            }
            if (extra != null) {
                var loc = p.currentTokenLocation();
                throw new InvalidSessionException("text follows the end of the session (line " + loc.getLineNr()
                        + ", column " + loc.getColumnNr() + ").", null);
            }
            return root;
        } catch (InvalidSessionException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new InvalidSessionException(StrictJson.parseFailure(e), e);
        } catch (IOException e) {
            throw new InvalidSessionException("it cannot be read (" + Echo.of(String.valueOf(e.getMessage())) + ").",
                    e);
        }
    }

    private static Session session(JsonNode root, List<LabSlot<?>> slots) {
        if (!root.isObject() || root.get("format") == null || !root.get("format").isTextual()
                || !FORMAT.equals(root.get("format").textValue())) {
            throw new StrictJson.Refusal("it has no \"format\": \"" + FORMAT + "\" field.");
        }
        int version = version(root.get("version"));
        StrictJson.onlyFields(root, "", List.of("format", "version", "labs", "loadedSeries"));
        JsonNode labs = StrictJson.object(root, "labs", "");
        if (labs.get("data") == null) {
            throw new StrictJson.Refusal("the Data lab's parameters (labs.data) are missing.");
        }
        JsonNode data = StrictJson.object(labs, "data", "labs");
        String at = "labs.data";
        StrictJson.onlyFields(data, at, List.of("phi", "sigma", "intercept", "n", "seed", "initial"));
        double[] phi = StrictJson.numbers(data, "phi", at, 1, DataScenario.MAX_ORDER);
        double sigma = StrictJson.number(data, "sigma", at);
        double intercept = StrictJson.number(data, "intercept", at);
        int n = (int) StrictJson.integer(data, "n", at, 10, 1_000_000);
        long seed = StrictJson.integer(data, "seed", at, Long.MIN_VALUE, Long.MAX_VALUE);
        double[] initial = data.has("initial") ? StrictJson.numbers(data, "initial", at, 0, DataScenario.MAX_ORDER)
                : new double[0];
        DataScenario scenario;
        try {
            scenario = DataScenario.of(phi, sigma, intercept, n, seed, initial);
        } catch (IllegalArgumentException e) {
            throw new StrictJson.Refusal(at + ": " + e.getMessage());
        }
        Session session = new Session(scenario, null);
        if (root.has("loadedSeries")) {
            session = loaded(root.get("loadedSeries"), session);
        }
        for (LabSlot<?> slot : slots) {
            session = withLab(session, slot, upgraded(labs.get(slot.key()), slot, version));
        }
        return session;
    }

    /** Version rules: a whole number, 1 to {@link #VERSION}; a newer one is named as such. */
    private static int version(JsonNode v) {
        if (v == null) {
            throw new StrictJson.Refusal("it has no \"version\" field.");
        }
        if (!v.isIntegralNumber()) {
            throw new StrictJson.Refusal("version must be a whole number, not " + StrictJson.shown(v) + ".");
        }
        java.math.BigInteger b = v.bigIntegerValue();
        if (b.compareTo(java.math.BigInteger.valueOf(VERSION)) > 0) {
            throw new StrictJson.Refusal("it is version " + Echo.of(b.toString()) + ", newer than this AR Lab reads "
                    + "(version " + VERSION + "); open it with a newer AR Lab.");
        }
        if (b.signum() <= 0) {
            throw new StrictJson.Refusal("version " + Echo.of(b.toString()) + " is not a session version (they "
                    + "start at 1).");
        }
        return b.intValue();
    }

    private static Session loaded(JsonNode ls, Session session) {
        String at = "loadedSeries";
        if (!ls.isObject()) {
            // before: "loadedSeries": [] was ignored, and the loaded series lost without a word
            throw new StrictJson.Refusal(at + " must be an object {name, order, note, values}, not "
                    + StrictJson.shown(ls) + ".");
        }
        StrictJson.onlyFields(ls, at, List.of("name", "order", "note", "firstT", "values"));
        String name = ls.has("name") ? StrictJson.text(ls, "name", at) : "series";
        int order = ls.has("order") ? (int) StrictJson.integer(ls, "order", at, 0, 30) : 0;
        String note = ls.has("note") ? StrictJson.text(ls, "note", at) : "";
        double[] values = StrictJson.numbers(ls, "values", at, Session.MIN_LOADED, MAX_LOADED);
        double firstT = ls.has("firstT") ? StrictJson.number(ls, "firstT", at) : 1;
        if (!(Math.abs(firstT) < 1e9)) {
            throw new StrictJson.Refusal(at + ".firstT must be a time within ±1e9, not " + StrictJson.shown(
                    ls.get("firstT")) + ".");
        }
        return session.withLoaded(Series.of(name, values).withFirstT(firstT), order, note);
    }

    private static <S> Session withLab(Session session, LabSlot<S> slot, JsonNode node) {
        if (node == null) {
            return session.with(slot, slot.defaults());
        }
        String at = "labs." + slot.key();
        if (!node.isObject()) {
            throw new StrictJson.Refusal(at + " must be an object {…}, not " + StrictJson.shown(node) + ".");
        }
        StrictJson.shape(node, slot.type(), at);
        try {
            return session.with(slot, slot.cast(JSON.treeToValue(node, slot.type())));
        } catch (JsonProcessingException e) {
            throw new StrictJson.Refusal(StrictJson.bindingFailure(at, e));
        } catch (IllegalArgumentException e) {
            throw new StrictJson.Refusal(at + ": " + Echo.of(String.valueOf(e.getMessage()), 200));
        }
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }
}
