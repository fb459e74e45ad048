package org.arlab.core.session;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.arlab.core.io.Echo;

/**
 * The strict reading of a session's JSON tree: every field read through a typed getter that refuses any other JSON
 * type, an integer outside its range (no int-cast wraparound, no truncated long), a non-finite number or a field the
 * format does not have, with the field's JSON path in the message ({@code labs.data.n must be 10 to 1 000 000, not
 * 4294967306.}); and Jackson's own exceptions turned into the same kind of sentence.
 */
final class StrictJson {
    private StrictJson() {
    }

    /** A refusal naming a field by its JSON path. */
    static final class Refusal extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    /**
     * Checks a settings record's JSON against the record itself, before Jackson binds it: an object with exactly
     * the record's components, each of its Java type — a whole number in the int or long range, a finite number,
     * true or false, text, one of an enum's names, an array of numbers, a nested record — so no coercion, cast or
     * default of Jackson's can change what the file says.
     */
    static void shape(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            throw new Refusal(path + " must be an object {…}, not " + shown(node) + ".");
        }
        java.lang.reflect.RecordComponent[] parts = type.getRecordComponents();
        List<String> names = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent c : parts) {
            names.add(c.getName());
        }
        onlyFields(node, path, names);
        for (java.lang.reflect.RecordComponent c : parts) {
            String name = c.getName();
            Class<?> t = c.getType();
            JsonNode v = present(node, name, path);
            String at = path(path, name);
            if (t == int.class) {
                integer(node, name, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
            } else if (t == long.class) {
                integer(node, name, path, Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (t == double.class) {
                number(node, name, path);
            } else if (t == boolean.class) {
                if (!v.isBoolean()) {
                    throw new Refusal(at + " must be true or false, not " + shown(v) + ".");
                }
            } else if (t == String.class) {
                text(node, name, path);
            } else if (t.isEnum()) {
                boolean known = v.isTextual() && java.util.Arrays.stream(t.getEnumConstants())
                        .anyMatch(e -> ((Enum<?>) e).name().equals(v.textValue()));
                if (!known) {
                    throw new Refusal(at + " must be one of " + enumValues(t) + ", not " + shown(v) + ".");
                }
            } else if (t == double[].class) {
                numbers(node, name, path, 0, Integer.MAX_VALUE);
            } else if (t.isRecord()) {
                shape(v, t, at);
            }
        }
    }

    /** @return "labs.data.n" for a path and a field */
    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** Refuses a field the object does not allow. */
    static void onlyFields(JsonNode node, String path, List<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new Refusal((path.isEmpty() ? "the session" : path) + " has a field AR Lab does not know: "
                        + Echo.quoted(n) + ".");
            }
        }
    }

    /** @return the object at {@code path} */
    static JsonNode object(JsonNode parent, String field, String parentPath) {
        JsonNode v = parent.get(field);
        String p = path(parentPath, field);
        if (v == null) {
            throw new Refusal(p + " is missing.");
        }
        if (!v.isObject()) {
            throw new Refusal(p + " must be an object {…}, not " + shown(v) + ".");
        }
        return v;
    }

    /** @return a finite number */
    static double number(JsonNode parent, String field, String parentPath) {
        JsonNode v = present(parent, field, parentPath);
        if (!v.isNumber()) {
            throw new Refusal(path(parentPath, field) + " must be a number, not " + shown(v) + ".");
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new Refusal(path(parentPath, field) + " is beyond the range of a double: " + shown(v) + ".");
        }
        return d;
    }

    /** @return a whole number in [low, high], refused with the range otherwise (never cast down) */
    static long integer(JsonNode parent, String field, String parentPath, long low, long high) {
        JsonNode v = present(parent, field, parentPath);
        String p = path(parentPath, field);
        if (!v.isIntegralNumber()) {
            throw new Refusal(p + " must be a whole number, not " + shown(v) + ".");
        }
        BigInteger b = v.bigIntegerValue();
        if (b.compareTo(BigInteger.valueOf(low)) < 0 || b.compareTo(BigInteger.valueOf(high)) > 0) {
            throw new Refusal(p + " must be " + range(low, high) + ", not " + Echo.of(b.toString()) + ".");
        }
        return b.longValue();
    }

    /** @return a string */
    static String text(JsonNode parent, String field, String parentPath) {
        JsonNode v = present(parent, field, parentPath);
        if (!v.isTextual()) {
            throw new Refusal(path(parentPath, field) + " must be text in quotes, not " + shown(v) + ".");
        }
        return v.textValue();
    }

    /** @return an array of finite numbers, of at least {@code min} and at most {@code max} */
    static double[] numbers(JsonNode parent, String field, String parentPath, int min, int max) {
        JsonNode v = present(parent, field, parentPath);
        String p = path(parentPath, field);
        if (!v.isArray()) {
            throw new Refusal(p + " must be an array of numbers [...], not " + shown(v) + ".");
        }
        if (v.size() < min || v.size() > max) {
            throw new Refusal(p + " must hold " + range(min, max) + " numbers, not " + v.size() + ".");
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode e = v.get(i);
            if (!e.isNumber()) {
                throw new Refusal(p + "[" + i + "] must be a number, not " + shown(e) + ".");
            }
            out[i] = e.doubleValue();
            if (!Double.isFinite(out[i])) {
                throw new Refusal(p + "[" + i + "] is beyond the range of a double: " + shown(e) + ".");
            }
        }
        return out;
    }

    private static JsonNode present(JsonNode parent, String field, String parentPath) {
        JsonNode v = parent.get(field);
        if (v == null) {
            throw new Refusal(path(parentPath, field) + " is missing.");
        }
        return v;
    }

    /** @return the range for a message: "10 to 1 000 000", with the long's ends named */
    static String range(long low, long high) {
        return number(low) + " to " + number(high);
    }

    private static String number(long v) {
        if (v == Long.MAX_VALUE) {
            return "2^63 - 1";
        }
        if (v == Long.MIN_VALUE) {
            return "-2^63";
        }
        return String.format(Locale.ROOT, "%,d", v).replace(',', ' ');
    }

    /** @return a JSON value as a message shows it: its kind and, for a scalar, its text cut short */
    static String shown(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "the text " + Echo.quoted(v.textValue());
        }
        return Echo.of(v.asText());
    }

    /** @return a parse failure as one sentence with its line and column, and its JSON path where known */
    static String parseFailure(JsonProcessingException e) {
        String where = "";
        var loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            where = " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        }
        String path = "";
        if (e instanceof StreamReadException s && s.getProcessor() != null) {
            JsonParser p = s.getProcessor();
            path = pathOf(p.getParsingContext());
        }
        String m = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        if (m.startsWith("Duplicate field")) {
            String name = m.replaceFirst("^Duplicate field '(.*)'$", "$1");
            int dot = path.lastIndexOf('.');
            String parent = dot < 0 ? "" : path.substring(0, dot);
            return (parent.isEmpty() ? "the session" : parent) + " has the field " + Echo.quoted(name)
                    + " twice" + where + ".";
        }
        String text = Echo.of(plain(m), 160);
        String at = loc != null && loc.getLineNr() > 0 ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                + ": " : "";
        return at + text + (text.endsWith(".") ? "" : ".");
    }

    /** @return Jackson's parse message in plain words, without its configuration advice or source excerpts */
    static String plain(String m) {
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete (was it cut short?)";
        }
        if (m.startsWith("Non-standard token")) {
            return m.replaceFirst("^Non-standard token '([^']*)'.*$", "'$1' is not a JSON number");
        }
        String t = m;
        for (String cut : new String[] {" (start marker", " (for Array", " (for Object", " (for root", "[Source",
            ": enable `", ", from `", "\n"}) {
            int i = t.indexOf(cut);
            if (i > 0) {
                t = t.substring(0, i);
            }
        }
        return t.replace("`", "'").strip();
    }

    /** @return "labs.data.n" for a parser's position */
    static String pathOf(JsonStreamContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            String part = c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]"
                    : c.getCurrentName() == null ? "" : "." + c.getCurrentName();
            sb.insert(0, part);
        }
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }

    /**
     * @return a lab record's binding failure as one sentence with the field's path, in words rather than Jackson's
     *     ("Cannot deserialize value of type `int` from Floating-point value …")
     */
    static String bindingFailure(String base, JsonProcessingException e) {
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return base + ": " + Echo.of(String.valueOf(cause.getMessage()), 200);
        }
        String path = base;
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                path += r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]";
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return path.substring(0, Math.max(base.length(), path.lastIndexOf('.'))) + " has a field AR Lab does not "
                    + "know: " + Echo.quoted(u.getPropertyName()) + ".";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return path + " must be one of " + enumValues(f.getTargetType()) + ", not " + Echo.of(String.valueOf(
                    f.getValue())) + ".";
        }
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("Missing required creator property")) {
            String name = m.replaceFirst("^Missing required creator property '([^']*)'.*$", "$1");
            return path(path, name) + " is missing.";
        }
        if (m.startsWith("Null value for creator property")) {
            String name = m.replaceFirst("^Null value for creator property '([^']*)'.*$", "$1");
            return path(path, name) + " must not be null.";
        }
        Class<?> target = e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
        if (e instanceof InputCoercionException c) {
            target = c.getTargetType();
        } else if (e.getCause() instanceof InputCoercionException c) {
            target = c.getTargetType();
        }
        if (target != null) {
            return path + " must be " + kind(target) + ".";
        }
        return path + ": " + Echo.of(m, 160);
    }

    private static String kind(Class<?> t) {
        if (t == int.class || t == Integer.class) {
            return "a whole number from " + range(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (t == long.class || t == Long.class) {
            return "a whole number from " + range(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (t == double.class || t == Double.class) {
            return "a number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "text in quotes";
        }
        if (t.isArray()) {
            return "an array [...] of " + kind(t.getComponentType()).replaceFirst("^an? ", "") + "s";
        }
        if (t.isEnum()) {
            return "one of " + enumValues(t);
        }
        return "an object {…}";
    }

    private static String enumValues(Class<?> t) {
        StringBuilder sb = new StringBuilder();
        Object[] values = t.getEnumConstants();
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : i == values.length - 1 ? " or " : ", ").append('"')
                    .append(((Enum<?>) values[i]).name()).append('"');
        }
        return sb.toString();
    }
}
