package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: no command's JSON ever holds {@code null}, NaN or an infinity, and no command ever fails with more than
 * one line or a stack trace. A seeded corpus of bad and edge inputs — degenerate series (constant, alternating ±1,
 * a spike, exponential growth), extreme scales (10^±200, a 10³⁰⁰ outlier, values near the largest double), tiny
 * series, explosive models, coefficients and means near overflow — is run through every command that writes JSON;
 * each run must either succeed with finite JSON (and text without "NaN" or "Infinity") or exit 2 with one sentence.
 */
class FiniteOutputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] METHODS = {"ols", "mle", "yule-walker", "burg"};

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int succeeded;
    private int refused;

    /** The degenerate and extreme series of the corpus, each at a few lengths. */
    private List<Path> series(SplittableRandom rnd) throws Exception {
        List<Path> files = new ArrayList<>();
        String[] names = {"constant", "alternating", "spike", "growth", "scaledUp", "scaledDown", "outlier", "nearMax",
            "offset", "randomWalk", "integers", "nearlyConstant", "ar1"};
        for (String name : names) {
            for (int n : new int[] {3, 6, 12, 60, 400}) {
                double[] y = new double[n];
                double[] e = new double[n];
                for (int t = 0; t < n; t++) {
                    e[t] = rnd.nextGaussian();
                }
                for (int t = 0; t < n; t++) {
                    double ar = t == 0 ? e[0] : 0.6 * yAr(e, t - 1) + e[t];
                    y[t] = switch (name) {
                        case "constant" -> 3;
                        case "alternating" -> t % 2 == 0 ? 1 : -1;
                        case "spike" -> t == n / 2 ? 1 : 0;
                        case "growth" -> Math.pow(1.5, t);
                        case "scaledUp" -> ar * 1e200;
                        case "scaledDown" -> ar * 1e-200;
                        case "outlier" -> t == n / 3 ? 1e300 : ar;
                        case "nearMax" -> (1 + 0.1 * e[t]) * 1e307;
                        case "offset" -> 1e9 + ar;
                        case "randomWalk" -> t == 0 ? e[0] : y[t - 1] + e[t];
                        case "integers" -> Math.round(3 * e[t]);
                        case "nearlyConstant" -> 5 + 1e-13 * e[t];
                        default -> ar;
                    };
                }
                Path f = dir.resolve(name + n + ".csv");
                StringBuilder sb = new StringBuilder("t,value\n");
                for (int t = 0; t < n; t++) {
                    sb.append(t + 1).append(',').append(y[t]).append('\n');
                }
                Files.writeString(f, sb);
                files.add(f);
            }
        }
        return files;
    }

    private static double yAr(double[] e, int t) {
        double y = 0;
        for (int s = 0; s <= t; s++) {
            y = 0.6 * y + e[s];
        }
        return y;
    }

    private void check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err),
                args);
        String line = String.join(" ", args);
        String o = out.toString();
        String e = err.toString().strip();
        if (status == 0) {
            succeeded++;
            if (o.contains("NaN") || o.contains("Infinity") || o.contains("null")) {
                failures.add(line + " -> " + abbreviate(o));
            }
            if (List.of(args).contains("--json")) {
                try {
                    JsonNode root = JSON.readTree(o);
                    String bad = firstNonFinite(root, "");
                    if (bad != null) {
                        failures.add(line + " -> " + bad + " in " + abbreviate(o));
                    }
                } catch (Exception ex) {
                    failures.add(line + " -> unreadable JSON " + abbreviate(o));
                }
            }
        } else {
            refused++;
            if (status != 2 || e.isEmpty() || e.contains("\n") || e.contains("Exception") || e.contains("\tat ")
                    || !o.isEmpty() && List.of(args).contains("--json")) {
                failures.add(line + " -> status " + status + ": " + abbreviate(e) + " / out " + abbreviate(o));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** @return the path of the first null or non-finite number, or null when there is none */
    private static String firstNonFinite(JsonNode n, String path) {
        if (n.isNull()) {
            return path + " = null";
        }
        if (n.isNumber() && !Double.isFinite(n.asDouble())) {
            return path + " = " + n.asText();
        }
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
                String k = it.next();
                String bad = firstNonFinite(n.get(k), path + "." + k);
                if (bad != null) {
                    return bad;
                }
            }
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String bad = firstNonFinite(n.get(i), path + "[" + i + "]");
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }

    private static String num(SplittableRandom rnd, double[] choices) {
        return String.format(Locale.ROOT, "%s", choices[rnd.nextInt(choices.length)]);
    }

    private static String phi(SplittableRandom rnd, int p, DoubleUnaryOperator scale) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p; i++) {
            sb.append(i == 0 ? "" : ",").append(scale.applyAsDouble(rnd.nextDouble(-1.5, 1.5)));
        }
        return sb.toString();
    }

    @Test
    void fitSelectForecastAndDiagnoseOnDegenerateAndExtremeSeries() throws Exception {
        SplittableRandom rnd = new SplittableRandom(15);
        for (Path f : series(rnd)) {
            for (int p : new int[] {0, 1, 2, 4}) {
                for (String m : METHODS) {
                    check("fit", "--input", f.toString(), "--order", "" + p, "--method", m, "--json");
                    check("fit", "--input", f.toString(), "--order", "" + p, "--method", m, "--no-intercept", "--json");
                }
            }
            for (String m : METHODS) {
                String p = "" + rnd.nextInt(4);
                String steps = new String[] {"1", "40", "3000"}[rnd.nextInt(3)];
                check("forecast", "--input", f.toString(), "--order", p, "--method", m, "--steps", steps, "--json");
                check("forecast", "--input", f.toString(), "--order", p, "--method", m, "--no-intercept", "--steps",
                        steps);
                String lags = "" + (Integer.parseInt(p) + 1 + rnd.nextInt(12));
                check("diagnose", "--input", f.toString(), "--order", p, "--method", m, "--lags", lags, "--json");
                check("diagnose", "--input", f.toString(), "--order", p, "--method", m, "--lags", lags);
            }
            check("select", "--input", f.toString(), "--max-order", "3", "--json");
            check("select", "--input", f.toString(), "--max-order", "3");
        }
        report();
    }

    @Test
    void klMcAndHorizonOnExplosiveModelsAndNumbersNearOverflow() {
        SplittableRandom rnd = new SplittableRandom(1515);
        double[] big = {0, 1, -1, 0.5, 1e-300, 1e100, -1e150, 1e200, 1e308, -1e308};
        for (int i = 0; i < 60; i++) {
            int k = 1 + rnd.nextInt(4);
            String coefficients = String.join(",", java.util.stream.IntStream.range(0, k)
                    .mapToObj(j -> num(rnd, big)).toArray(String[]::new));
            String mu = num(rnd, big);
            String variance = num(rnd, new double[] {0, 1, 2, 1e100, 1e200, 1e300});
            check("mc", "--coefficients", coefficients, "--mu", mu, "--variance", variance, "--samples", "500",
                    "--seed", "" + i, "--json");
            check("mc", "--coefficients", coefficients, "--mu", mu, "--variance", variance, "--samples", "500");
        }
        for (int i = 0; i < 40; i++) {
            DoubleUnaryOperator scale = i % 3 == 0 ? v -> v * 3 : v -> v;
            String p = phi(rnd, 1 + rnd.nextInt(3), scale);
            String q = phi(rnd, 1 + rnd.nextInt(3), scale);
            String t = num(rnd, new double[] {1, 5, 50, 400, 3000});
            String[] args = {"kl", "--p-phi", p, "--p-sigma", num(rnd, new double[] {1, 0.01, 100, 1e-150, 1e150}),
                "--q-phi", q, "--q-sigma", num(rnd, new double[] {1, 0.5, 1e-150, 1e150}), "--horizon",
                t.replace(".0", ""), "--samples", "200", "--seed", "" + i};
            check(concat(args, "--json"));
            check(args);
            String[] h = {"horizon", "--phi", p, "--sigma", num(rnd, new double[] {1, 1e100, 1e-100}), "--steps",
                num(rnd, new double[] {5, 100, 1000}).replace(".0", ""), "--rollouts", "20", "--seed", "" + i};
            check(concat(h, "--json"));
            check(h);
        }
        report();
    }

    private static String[] concat(String[] a, String b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + 1);
        c[a.length] = b;
        return c;
    }

    private void report() {
        assertThat(failures).as("%d runs succeeded, %d refused", succeeded, refused).isEmpty();
        assertThat(succeeded).isPositive();
        assertThat(refused).isPositive();
    }
}
