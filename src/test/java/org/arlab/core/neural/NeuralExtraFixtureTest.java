package org.arlab.core.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Connectivity and the mixture-density regression against an independent autodiff: jax's values in
 * {@code neural-extra.properties} (made by make_neural_extra_fixtures.py beside it, from MATH.md's formulas and the
 * layouts the classes document; nothing of AR Lab's code). Each to a relative error of 1e-10.
 */
class NeuralExtraFixtureTest {
    private static final double TOLERANCE = 1e-10;
    private static final Map<String, String> FIXTURES = AutodiffFixtureTest.load("neural-extra.properties");

    static Stream<String> connectivityCases() {
        return cases("conn.");
    }

    static Stream<String> regressionCases() {
        return cases("mdr.");
    }

    static Stream<String> scheduledCases() {
        return cases("ss.");
    }

    private static Stream<String> cases(String prefix) {
        return FIXTURES.keySet().stream().filter(k -> k.startsWith(prefix) && k.endsWith(".spec"))
                .map(k -> k.substring(0, k.length() - ".spec".length())).sorted();
    }

    private static double[] numbers(String key) {
        return AutodiffFixtureTest.numbers(FIXTURES, key);
    }

    /** c_t(k) = ∂μ_t/∂x_{t−k} of window and recurrent models, for early, middle and after-the-end targets. */
    @ParameterizedTest
    @MethodSource("connectivityCases")
    void connectivityIsJaxsDerivativeOfTheMean(String name) {
        SeriesNetwork net = AutodiffFixtureTest.network(AutodiffFixtureTest.spec(FIXTURES, name));
        double[] z = numbers(name + ".z");
        double[] theta = numbers(name + ".theta");
        assertThat(net.parameterCount()).isEqualTo(theta.length);
        // unit scaling: the data are the standardised series (the ratio is the same in either unit)
        Connectivity c = Connectivity.of(TrainedModel.of(net, theta, new Standardisation(0, 1)), z);
        String target = java.util.regex.Pattern.quote(name) + "\\.t\\d+";
        String[] targets = FIXTURES.keySet().stream().filter(k -> k.matches(target)).sorted().toArray(String[]::new);
        assertThat(targets).isNotEmpty();
        for (String key : targets) {
            int t = Integer.parseInt(key.substring(key.lastIndexOf(".t") + 2));
            double[] expected = numbers(key);
            double[] got = c.lags(t, expected.length);
            double scale = 0;
            for (double v : expected) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int k = 0; k < expected.length; k++) {
                assertThat(Math.abs(got[k] - expected[k])).as("%s, t = %d, k = %d: %s against %s", name, t, k + 1,
                        got[k], expected[k]).isLessThanOrEqualTo(TOLERANCE * scale);
            }
        }
    }

    /** Σ −log p(y|x) of the tanh-layer mixture density network and its gradient by backpropagation. */
    @ParameterizedTest
    @MethodSource("regressionCases")
    void theMixtureRegressionsNllAndGradientAreJaxs(String name) {
        Map<String, String> s = AutodiffFixtureTest.spec(FIXTURES, name);
        MixtureRegression mr = MixtureRegression.of(Integer.parseInt(s.get("hidden")),
                Integer.parseInt(s.get("components")));
        double[] x = numbers(name + ".x");
        double[] y = numbers(name + ".y");
        double[] theta = numbers(name + ".theta");
        double nll = numbers(name + ".nll")[0];
        double[] expected = numbers(name + ".grad");
        assertThat(mr.parameterCount()).isEqualTo(theta.length).isEqualTo(expected.length);
        assertThat(Math.abs(mr.nll(theta, x, y, null) - nll)).isLessThanOrEqualTo(TOLERANCE * Math.abs(nll));
        double[] grad = new double[theta.length];
        double sum = mr.gradient(theta, x, y, 1.0, grad);
        assertThat(Math.abs(sum - nll)).isLessThanOrEqualTo(TOLERANCE * Math.abs(nll));
        for (int i = 0; i < grad.length; i++) {
            assertThat(Math.abs(grad[i] - expected[i])).as("%s: ∂/∂θ_%d: %s against %s", name, i, grad[i],
                    expected[i]).isLessThanOrEqualTo(TOLERANCE * Math.max(1e-3, Math.abs(expected[i])));
        }
    }

    /**
     * Scheduled sampling's two pieces at fixed weights, as {@link ScheduledTrainer#step()} uses them: the inputs with
     * the model's own predictive means fed back in time order (here wherever t mod 3 ≠ 0), and the gradient of the
     * data targets' NLL given windows of those inputs, which does not flow through the fed-back values. jax's
     * gradient with the flow (also in the file) differs, so the comparison can tell the two apart.
     */
    @ParameterizedTest
    @MethodSource("scheduledCases")
    void scheduledSamplingsInputsAndGradientAreJaxs(String name) {
        WindowModel net = (WindowModel) AutodiffFixtureTest.network(AutodiffFixtureTest.spec(FIXTURES, name));
        double[] z = numbers(name + ".z");
        double[] theta = numbers(name + ".theta");
        double[] expectedInputs = numbers(name + ".zhat");
        double loss = numbers(name + ".loss")[0];
        double[] expected = numbers(name + ".grad");
        double[] through = numbers(name + ".through");
        int first = net.first();
        double[] inputs = z.clone();
        for (int t = first; t < z.length; t++) {
            if (t % 3 != 0) {
                inputs[t] = net.predictive(theta, inputs, t).mean();
            }
        }
        for (int t = 0; t < z.length; t++) {
            assertThat(Math.abs(inputs[t] - expectedInputs[t])).as("%s: input %d", name, t)
                    .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(expectedInputs[t])));
        }
        int n = z.length - first;
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            targets[i] = first + i;
        }
        double[] grad = new double[theta.length];
        double sum = net.gradient(theta, inputs, z, targets, 0, n, 1.0 / n, grad);
        assertThat(Math.abs(sum / n - loss)).isLessThanOrEqualTo(TOLERANCE * Math.abs(loss));
        // and by central finite differences, the inputs held fixed (the NLL sum returned, weight 0)
        GradientCheck.check(name + " scheduled sampling", t -> net.gradient(t, inputs, z, targets, 0, n, 0,
                new double[t.length]) / n, theta, grad);
        double gap = 0;
        for (int i = 0; i < grad.length; i++) {
            assertThat(Math.abs(grad[i] - expected[i])).as("%s: ∂/∂θ_%d: %s against %s", name, i, grad[i],
                    expected[i]).isLessThanOrEqualTo(TOLERANCE * Math.max(1e-3, Math.abs(expected[i])));
            gap = Math.max(gap, Math.abs(through[i] - expected[i]));
        }
        assertThat(gap).as("the gradient through the fed-back values is another one").isGreaterThan(1e-3);
    }
}
