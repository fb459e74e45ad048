package org.arlab.core.process;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.arlab.core.neural.Predictive;

/**
 * Processes with a dependence at a long lag L (MATH.md, problem 2D), each with exact Gaussian conditionals from its
 * own start, so that the true NLL of a series is exact. With ε_t i.i.d. N(0, σ²) and 0-based t:
 * <ul>
 * <li>{@link Kind#SEASONAL}: {@code x_t = φ x_{t−L} + ε_t}, |φ| &lt; 1; it is L interleaved AR(1) chains, started
 * stationary: {@code x_t ~ N(0, σ²/(1 − φ²))} independently for t &lt; L. Conditionals: {@code N(0, σ²/(1 − φ²))}
 * for t &lt; L, {@code N(φ x_{t−L}, σ²)} after.</li>
 * <li>{@link Kind#DELAYED_COPY}: {@code x_t = a x_{t−L} + u_t} (x before 0 read as 0) with short-range noise
 * {@code u_t = ψ u_{t−1} + ε_t}, started stationary {@code u_0 ~ N(0, σ²/(1 − ψ²))}, |ψ| &lt; 1. Since
 * {@code u_{t−1} = x_{t−1} − a x_{t−1−L}} is known from the past, the conditionals are {@code N(0, σ²/(1 − ψ²))} at
 * t = 0 and {@code N(a x_{t−L} + ψ (x_{t−1} − a x_{t−1−L}), σ²)} after.</li>
 * <li>{@link Kind#LONG_PERIOD}: {@code x_t = A sin(2π t / L) + ε_t}: the conditionals {@code N(A sin(2πt/L), σ²)}
 * do not depend on the past at all (the phase is fixed), while a model that does not know t must find the phase from
 * the past values.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class LongLagProcess implements SequenceModel {
    /** The processes. */
    public enum Kind {
        /** x_t = φ x_{t−L} + ε_t. */
        SEASONAL("seasonal AR"),
        /** x_t = a x_{t−L} + u_t, u an AR(1). */
        DELAYED_COPY("delayed copy"),
        /** x_t = A sin(2πt/L) + ε_t. */
        LONG_PERIOD("long period");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the name people read */
        public String label() {
            return label;
        }
    }

    /** The largest lag. */
    public static final int MAX_LAG = 10_000;

    private final Kind kind;
    private final int lag;
    private final double coefficient;
    private final double shortRange;
    private final double sigma;

    private LongLagProcess(Kind kind, int lag, double coefficient, double shortRange, double sigma) {
        this.kind = kind;
        this.lag = lag;
        this.coefficient = coefficient;
        this.shortRange = shortRange;
        this.sigma = sigma;
    }

    /**
     * @param kind which process
     * @param lag L, 1..10 000
     * @param coefficient φ (seasonal, |φ| &lt; 1), a (delayed copy, any finite value) or A (long period, finite)
     * @param shortRange ψ of the delayed copy's noise, |ψ| &lt; 1 (ignored by the others)
     * @param sigma σ &gt; 0
     * @throws IllegalArgumentException for a value out of range
     */
    public static LongLagProcess of(Kind kind, int lag, double coefficient, double shortRange, double sigma) {
        if (kind == null) {
            throw new IllegalArgumentException("Choose a process.");
        }
        if (lag < 1 || lag > MAX_LAG) {
            throw new IllegalArgumentException("The lag L must be 1 to " + MAX_LAG + ", not " + lag + ".");
        }
        if (!Double.isFinite(coefficient) || (kind == Kind.SEASONAL && !(Math.abs(coefficient) < 1))) {
            throw new IllegalArgumentException(kind == Kind.SEASONAL
                    ? "The seasonal coefficient φ must lie strictly between −1 and 1, not " + coefficient + "."
                    : "The coefficient must be a finite number, not " + coefficient + ".");
        }
        if (!(Math.abs(shortRange) < 1)) {
            throw new IllegalArgumentException("The short-range coefficient ψ must lie strictly between −1 and 1, not "
                    + shortRange + ".");
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("σ must be a positive finite number, not " + sigma + ".");
        }
        return new LongLagProcess(kind, lag, coefficient, shortRange, sigma);
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return L */
    public int lag() {
        return lag;
    }

    /** @return φ, a or A */
    public double coefficient() {
        return coefficient;
    }

    /** @return ψ */
    public double shortRange() {
        return shortRange;
    }

    /** @return σ */
    public double sigma() {
        return sigma;
    }

    @Override
    public String name() {
        return switch (kind) {
            case SEASONAL -> "seasonal AR, L = " + lag;
            case DELAYED_COPY -> "delayed copy, L = " + lag;
            case LONG_PERIOD -> "period L = " + lag + " + noise";
        };
    }

    @Override
    public int firstConditional() {
        return 0;
    }

    /** Draws from the start the class documents: one ziggurat normal draw per value, in order. */
    @Override
    public double[] sample(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[n];
        double u = 0;
        for (int t = 0; t < n; t++) {
            double e = gauss.sample();
            switch (kind) {
                case SEASONAL -> x[t] = t < lag ? e * sigma / Math.sqrt(1 - coefficient * coefficient)
                        : coefficient * x[t - lag] + sigma * e;
                case DELAYED_COPY -> {
                    u = t == 0 ? e * sigma / Math.sqrt(1 - shortRange * shortRange) : shortRange * u + sigma * e;
                    x[t] = (t >= lag ? coefficient * x[t - lag] : 0) + u;
                }
                case LONG_PERIOD -> x[t] = periodic(t) + sigma * e;
                default -> throw new AssertionError(kind);
            }
        }
        return x;
    }

    private double periodic(int t) {
        return coefficient * Math.sin(2 * Math.PI * (t % lag) / lag);
    }

    /** @return the conditional mean and standard deviation of x_t given x_0..x_{t−1} */
    private double[] moments(double[] x, int t) {
        return switch (kind) {
            case SEASONAL -> t < lag ? new double[] {0, sigma / Math.sqrt(1 - coefficient * coefficient)}
                    : new double[] {coefficient * x[t - lag], sigma};
            case DELAYED_COPY -> {
                if (t == 0) {
                    yield new double[] {0, sigma / Math.sqrt(1 - shortRange * shortRange)};
                }
                double copy = t >= lag ? coefficient * x[t - lag] : 0;
                double before = x[t - 1] - (t - 1 >= lag ? coefficient * x[t - 1 - lag] : 0);
                yield new double[] {copy + shortRange * before, sigma};
            }
            case LONG_PERIOD -> new double[] {periodic(t), sigma};
        };
    }

    @Override
    public Predictive[] conditionals(double[] x, int from, int to) {
        check(x, from, to);
        Predictive[] out = new Predictive[to - from];
        for (int t = from; t < to; t++) {
            double[] m = moments(x, t);
            out[t - from] = Predictive.gaussian(m[0], m[1]);
        }
        return out;
    }

    /**
     * The exact NLL per observation of the targets [from, to): the mean of {@code −log p(x_t | x_<t)}.
     *
     * @throws IllegalArgumentException for an empty or out-of-range span or a non-finite value
     */
    public double meanNll(double[] x, int from, int to) {
        check(x, from, to);
        if (to <= from) {
            throw new IllegalArgumentException("No targets in " + from + ".." + (to - 1) + ".");
        }
        double sum = 0;
        for (int t = from; t < to; t++) {
            double[] m = moments(x, t);
            double r = (x[t] - m[0]) / m[1];
            sum += 0.5 * Math.log(2 * Math.PI) + Math.log(m[1]) + 0.5 * r * r;
        }
        return sum / (to - from);
    }

    /** @return the NLL per observation a model with the true conditionals reaches on average after the start: ½ log 2πeσ² */
    public double entropyRate() {
        return 0.5 * Math.log(2 * Math.PI * Math.E * sigma * sigma);
    }

    private static void check(double[] x, int from, int to) {
        if (from < 0 || from > to || to > x.length) {
            throw new IllegalArgumentException("Targets " + from + ".." + (to - 1) + " are outside 0.." + (x.length - 1)
                    + ".");
        }
        for (int t = 0; t < to; t++) {
            if (!Double.isFinite(x[t])) {
                throw new IllegalArgumentException("Value " + (t + 1) + " of the series is not finite.");
            }
        }
    }

    @Override
    public String toString() {
        return "LongLagProcess(" + kind + ", L = " + lag + ", " + coefficient + ", ψ = " + shortRange + ", σ = "
                + sigma + ")";
    }
}
