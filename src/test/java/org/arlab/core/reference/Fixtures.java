package org.arlab.core.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference values made by {@code make_fixtures.py} (statsmodels) and {@code make_fixtures.R} (R) beside the
 * fixture files under src/test/resources/org/arlab/core/reference, and the classic series they were made from.
 */
public final class Fixtures {
    private static final Map<String, Map<String, double[]>> CACHE = new HashMap<>();

    private Fixtures() {
    }

    /** @return the values of {@code key} in statsmodels.properties or r.properties */
    public static double[] get(String file, String key) {
        Map<String, double[]> m = CACHE.computeIfAbsent(file, Fixtures::load);
        double[] v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no fixture " + key + " in " + file);
        }
        return v;
    }

    /** @return a statsmodels value */
    public static double[] sm(String key) {
        return get("statsmodels.properties", key);
    }

    /** @return an R value */
    public static double[] r(String key) {
        return get("r.properties", key);
    }

    /**
     * @return a series as the fixtures used it (lynx on log10): a classic one from the copy the application ships,
     *     the hard-data ones (mean1e6, austres, …) from the reference folder beside the fixtures
     */
    public static double[] series(String name) {
        String shipped = "/org/arlab/app/series/" + name + ".csv";
        String text = text(Fixtures.class.getResource(shipped) != null ? shipped
                : "/org/arlab/core/reference/" + name + ".csv");
        String[] lines = text.strip().split("\\R");
        double[] v = new double[lines.length - 1];
        for (int i = 1; i < lines.length; i++) {
            v[i - 1] = Double.parseDouble(lines[i].split(",")[1]);
            if (name.equals("lynx")) {
                v[i - 1] = Math.log10(v[i - 1]);
            }
        }
        return v;
    }

    /** Asserts |actual − expected| ≤ tol · |expected| element by element. */
    public static void assertRelative(double[] actual, double[] expected, double tol, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertRelative(actual[i], expected[i], tol, what + "[" + i + "]");
        }
    }

    /** Asserts |actual − expected| ≤ tol · |expected| (or tol when expected is 0). */
    public static void assertRelative(double actual, double expected, double tol, String what) {
        double bound = tol * Math.max(Math.abs(expected), expected == 0 ? 1 : 0);
        assertThat(Math.abs(actual - expected)).as("%s: %s vs %s", what, actual, expected).isLessThanOrEqualTo(bound);
    }

    private static Map<String, double[]> load(String file) {
        Map<String, double[]> m = new HashMap<>();
        for (String line : text("/org/arlab/core/reference/" + file).split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String[] parts = line.substring(eq + 1).trim().split("\\s+");
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = parts[i].equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(parts[i]);
            }
            m.put(line.substring(0, eq).trim(), v);
        }
        return m;
    }

    private static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + resource, e);
        }
    }
}
