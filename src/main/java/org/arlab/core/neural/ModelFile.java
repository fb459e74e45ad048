package org.arlab.core.neural;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the model file {@code train --save} writes (format "arlab-neural-model", version 1): {@code {"format",
 * "version", "series", "log10", "model", "description", "network": {"kind": "window", "order", "hidden": [..],
 * "activation"} or {"kind": "recurrent", "cell", "hidden", "warmup"}, "head": {"kind": "gaussian", "sigma":
 * "learned"} or {"kind": "gaussian", "sigma": "fixed", "logVariance"} or {"kind": "mixture", "components"},
 * "scaling": {"mean", "sd"}, "parameters": [θ], "start": [x_0..x_{k−1}]}}. The network works on {@code (x − mean)/sd},
 * x after log10 when "log10" is true. "start" (written since the KL lab reads these files; optional) is the first
 * values of the training series, in the model's units: the fixed prefix a
 * {@link org.arlab.core.process.NetworkProcess} starts from; a file without it starts from the scaling's mean
 * (z = 0) repeated. Every refusal names the field.
 *
 * @param model the trained network
 * @param start the fixed start, at least max(1, first()) values
 * @param series the series it was trained on (a file name)
 * @param log10 whether it models log10 of the values
 * @param description the network's one-line description
 */
public record ModelFile(TrainedModel model, double[] start, String series, boolean log10, String description) {
    /** The format's name. */
    public static final String FORMAT = "arlab-neural-model";

    /** Largest file read, bytes. */
    private static final long MAX_BYTES = 64L << 20;

    /**
     * @param file a file written by {@code train --save}
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is not such a file, naming the field
     */
    public static ModelFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a regular file.");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(file.getFileName() + " is over 64 MB: not a model file.");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * @param json the file's text
     * @throws IllegalArgumentException when it is not a model file, naming the field
     */
    public static ModelFile parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a model file: the JSON does not parse (line "
                    + e.getLocation().getLineNr() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Not a model file: no JSON object.");
        }
        if (!FORMAT.equals(text(root, "format"))) {
            throw new IllegalArgumentException("Not a model file: format must be \"" + FORMAT + "\".");
        }
        long version = whole(root, "version", 1, 1);
        assert version == 1;
        JsonNode net = object(root, "network");
        JsonNode headNode = object(root, "head");
        HeadSpec head = head(headNode);
        String kind = text(net, "kind");
        SeriesNetwork network;
        if (kind.equals("window")) {
            int order = (int) whole(net, "order", 1, WindowModel.MAX_ORDER);
            JsonNode h = field(net, "hidden");
            if (!h.isArray()) {
                throw new IllegalArgumentException("network.hidden must be an array of widths.");
            }
            int[] hidden = new int[h.size()];
            for (int i = 0; i < hidden.length; i++) {
                if (!h.get(i).canConvertToInt() || !h.get(i).isIntegralNumber() || h.get(i).intValue() < 1
                        || h.get(i).intValue() > 4096) {
                    throw new IllegalArgumentException("network.hidden[" + i + "] must be a width of 1 to 4096.");
                }
                hidden[i] = h.get(i).intValue();
            }
            network = WindowModel.of(order, hidden, Activation.of(text(net, "activation")), head);
        } else if (kind.equals("recurrent")) {
            network = RecurrentModel.of(RecurrentModel.Cell.of(text(net, "cell")),
                    (int) whole(net, "hidden", 1, RecurrentModel.MAX_HIDDEN), (int) whole(net, "warmup", 0, 100_000),
                    head);
        } else {
            throw new IllegalArgumentException("network.kind must be \"window\" or \"recurrent\", not \"" + kind
                    + "\".");
        }
        JsonNode sc = object(root, "scaling");
        Standardisation scaling;
        try {
            scaling = new Standardisation(number(sc, "mean"), number(sc, "sd"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scaling: " + e.getMessage());
        }
        double[] theta = numbers(root, "parameters");
        if (theta.length != network.parameterCount()) {
            throw new IllegalArgumentException("parameters has " + theta.length + " values; the network "
                    + network.describe() + " has " + network.parameterCount() + ".");
        }
        TrainedModel model = TrainedModel.of(network, theta, scaling);
        int need = Math.max(1, network.first());
        double[] start;
        if (root.has("start")) {
            start = numbers(root, "start");
            if (start.length < need) {
                throw new IllegalArgumentException("start has " + start.length + " values; the network needs "
                        + need + ".");
            }
        } else {
            start = new double[need];
            java.util.Arrays.fill(start, scaling.mean());
        }
        boolean log10 = field(root, "log10").isBoolean() && root.get("log10").booleanValue();
        String series = root.hasNonNull("series") ? root.get("series").asText() : "";
        return new ModelFile(model, start, series, log10, network.describe());
    }

    private static HeadSpec head(JsonNode h) {
        String kind = text(h, "kind");
        if (kind.equals("mixture")) {
            return HeadSpec.mixture((int) whole(h, "components", 1, HeadSpec.MAX_COMPONENTS));
        }
        if (!kind.equals("gaussian")) {
            throw new IllegalArgumentException("head.kind must be \"gaussian\" or \"mixture\", not \"" + kind + "\".");
        }
        String sigma = text(h, "sigma");
        if (sigma.equals("learned")) {
            return HeadSpec.gaussian();
        }
        if (!sigma.equals("fixed")) {
            throw new IllegalArgumentException("head.sigma must be \"learned\" or \"fixed\", not \"" + sigma + "\".");
        }
        double lv = number(h, "logVariance");
        if (Math.abs(lv) > 1000) {
            throw new IllegalArgumentException("head.logVariance must be within ±1000, not " + lv + ".");
        }
        return HeadSpec.gaussian(Math.exp(0.5 * lv));
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Not a model file: " + name + " is missing.");
        }
        return v;
    }

    private static JsonNode object(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isObject()) {
            throw new IllegalArgumentException(name + " must be an object {…}.");
        }
        return v;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(name + " must be text.");
        }
        return v.textValue();
    }

    private static long whole(JsonNode n, String name, long low, long high) {
        JsonNode v = field(n, name);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < low || v.longValue() > high) {
            throw new IllegalArgumentException(name + " must be a whole number " + low + " to " + high + ".");
        }
        return v.longValue();
    }

    private static double number(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new IllegalArgumentException(name + " must be a finite number.");
        }
        return v.doubleValue();
    }

    private static double[] numbers(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isArray()) {
            throw new IllegalArgumentException(name + " must be an array of numbers.");
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode e = v.get(i);
            if (!e.isNumber() || !Double.isFinite(e.doubleValue())) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a finite number.");
            }
            out[i] = e.doubleValue();
        }
        return out;
    }
}
