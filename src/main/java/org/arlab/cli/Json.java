package org.arlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON output helpers: non-finite numbers become null, which every JSON reader accepts. */
final class Json {
    private Json() {
    }

    /** Puts a number, or null when it is NaN or infinite. */
    static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    /** Puts an array of numbers (non-finite ones as null). */
    static ArrayNode putArray(ObjectNode node, String key, double[] values) {
        ArrayNode a = node.putArray(key);
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a;
    }
}
