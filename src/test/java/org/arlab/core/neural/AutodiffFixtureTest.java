package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loss and full gradient of fixed small networks against an independent autodiff: jax.grad in float64 on the CPU,
 * written from MATH.md and the documented parameter layout by {@code make_neural_fixtures.py} beside
 * {@code neural.properties} under src/test/resources/org/arlab/core/reference (see its README). Every case to a
 * relative error of 1e-10: MLPs with each activation and head, an MDN, the RNN and the GRU by full and truncated
 * backpropagation through time.
 */
class AutodiffFixtureTest {
    private static final double TOLERANCE = 1e-10;
    private static final Map<String, String> FIXTURES = load("neural.properties");

    /** @return the lines {@code key = value} of a fixture file under org/arlab/core/reference */
    static Map<String, String> load(String file) {
        try (InputStream in = AutodiffFixtureTest.class.getResourceAsStream(
                "/org/arlab/core/reference/" + file)) {
            Map<String, String> m = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int eq = line.indexOf('=');
                    m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            return m;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> cases() {
        Set<String> names = new LinkedHashSet<>();
        FIXTURES.keySet().stream().sorted().forEach(k -> names.add(k.substring(0, k.indexOf('.'))));
        return names.stream();
    }

    private static double[] numbers(String key) {
        return numbers(FIXTURES, key);
    }

    /** @return the numbers of a fixture line */
    static double[] numbers(Map<String, String> fixtures, String key) {
        String[] parts = fixtures.get(key).split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i]);
        }
        return v;
    }

    private static Map<String, String> spec(String name) {
        return spec(FIXTURES, name);
    }

    /** @return a case's {@code .spec} line as key:value pairs */
    static Map<String, String> spec(Map<String, String> fixtures, String name) {
        Map<String, String> s = new HashMap<>();
        for (String part : fixtures.get(name + ".spec").split("\\s+")) {
            int colon = part.indexOf(':');
            s.put(part.substring(0, colon), part.substring(colon + 1));
        }
        return s;
    }

    private static HeadSpec head(Map<String, String> s) {
        return switch (s.get("head")) {
            case "gaussian" -> HeadSpec.gaussian();
            case "fixed" -> HeadSpec.gaussian(Double.parseDouble(s.get("sigma")));
            default -> HeadSpec.mixture(Integer.parseInt(s.get("components")));
        };
    }

    /** @return the network a spec describes */
    static SeriesNetwork network(Map<String, String> s) {
        if (s.get("kind").equals("window")) {
            String h = s.get("hidden");
            int[] hidden = h.isEmpty() ? new int[0] : Stream.of(h.split(",")).mapToInt(Integer::parseInt).toArray();
            return WindowModel.of(Integer.parseInt(s.get("order")), hidden, Activation.of(s.get("activation")),
                    head(s));
        }
        return RecurrentModel.of(RecurrentModel.Cell.of(s.get("cell")), Integer.parseInt(s.get("hidden")),
                Integer.parseInt(s.get("first")), head(s));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void lossAndGradientMatchJax(String name) {
        Map<String, String> s = spec(name);
        SeriesNetwork net = network(s);
        double[] z = numbers(name + ".z");
        double[] theta = numbers(name + ".theta");
        double expectedLoss = numbers(name + ".loss")[0];
        double[] expectedGrad = numbers(name + ".grad");
        assertThat(net.parameterCount()).isEqualTo(theta.length).isEqualTo(expectedGrad.length);
        int first = net.first();
        int n = z.length - first;
        double[] grad = new double[theta.length];
        double loss;
        if (net instanceof RecurrentModel r && s.containsKey("truncation")) {
            loss = r.gradient(theta, z, 0, new double[r.cell().hidden()], first, z.length,
                    Integer.parseInt(s.get("truncation")), 1.0 / n, grad) / n;
        } else {
            loss = net.gradient(theta, z, first, z.length, 1.0 / n, grad) / n;
            assertThat(net.nll(theta, z, first, z.length, null) / n).isCloseTo(expectedLoss,
                    org.assertj.core.data.Offset.offset(TOLERANCE * Math.abs(expectedLoss)));
        }
        assertThat(Math.abs(loss - expectedLoss) / Math.abs(expectedLoss)).as(name + " loss").isLessThanOrEqualTo(
                TOLERANCE);
        double worst = 0;
        int at = -1;
        for (int i = 0; i < grad.length; i++) {
            double e = Math.abs(grad[i] - expectedGrad[i]) / Math.max(Math.abs(expectedGrad[i]), Double.MIN_NORMAL);
            if (e > worst) {
                worst = e;
                at = i;
            }
        }
        assertThat(worst).as("%s: largest relative error of the gradient, at %d", name, at)
                .isLessThanOrEqualTo(TOLERANCE);
    }
}
