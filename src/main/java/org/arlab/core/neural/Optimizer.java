package org.arlab.core.neural;

/**
 * How a trainer moves θ from the gradient of the mean NLL per observation, {@code g = ∇_θ (−ℓ/N)} (MATH.md,
 * problem 2A): plain gradient ascent on ℓ/N, {@code θ ← θ − η g}, or Adam (Kingma &amp; Ba 2015, algorithm 1:
 * {@code m ← β₁m + (1 − β₁)g}, {@code v ← β₂v + (1 − β₂)g²}, {@code θ ← θ − η m̂/(√v̂ + ε)} with the bias-corrected
 * {@code m̂ = m/(1 − β₁ᵗ)}, {@code v̂ = v/(1 − β₂ᵗ)}, t counting updates), β = 0.9, 0.999 and ε = 1e-8.
 */
public sealed interface Optimizer {
    /** @return η */
    double rate();

    /** @return the command-line name, "sgd" or "adam" */
    String key();

    /** @return plain gradient ascent with step η */
    static Optimizer gradientAscent(double rate) {
        return new GradientAscent(rate);
    }

    /** @return Adam with step η and the paper's β₁, β₂, ε */
    static Optimizer adam(double rate) {
        return new Adam(rate, 0.9, 0.999, 1e-8);
    }

    /** @return the optimiser named on the command line (sgd: gradient ascent; adam) with step η */
    static Optimizer of(String key, double rate) {
        return switch (key.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "sgd" -> gradientAscent(rate);
            case "adam" -> adam(rate);
            default -> throw new IllegalArgumentException("Unknown optimizer '" + key + "': choose adam or sgd.");
        };
    }

    /** @return a fresh state for n parameters */
    Stepper start(int n);

    /** The mutable part: what an optimiser remembers between updates. */
    interface Stepper {
        /** Moves θ by one update from g, the gradient of the mean NLL. */
        void apply(double[] theta, double[] gradient);
    }

    /**
     * Gradient ascent on ℓ/N.
     *
     * @param rate η &gt; 0
     */
    record GradientAscent(double rate) implements Optimizer {
        /** Validates. */
        public GradientAscent {
            checkRate(rate);
        }

        @Override
        public String key() {
            return "sgd";
        }

        @Override
        public Stepper start(int n) {
            return (theta, g) -> {
                for (int i = 0; i < theta.length; i++) {
                    theta[i] -= rate * g[i];
                }
            };
        }
    }

    /**
     * Adam.
     *
     * @param rate η &gt; 0
     * @param beta1 β₁ in [0, 1)
     * @param beta2 β₂ in [0, 1)
     * @param epsilon ε &gt; 0
     */
    record Adam(double rate, double beta1, double beta2, double epsilon) implements Optimizer {
        /** Validates. */
        public Adam {
            checkRate(rate);
            if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && epsilon > 0)) {
                throw new IllegalArgumentException("Adam needs β₁, β₂ in [0, 1) and ε > 0, not " + beta1 + ", "
                        + beta2 + ", " + epsilon + ".");
            }
        }

        @Override
        public String key() {
            return "adam";
        }

        @Override
        public Stepper start(int n) {
            double[] m = new double[n];
            double[] v = new double[n];
            int[] t = {0};
            return (theta, g) -> {
                t[0]++;
                double c1 = 1 - Math.pow(beta1, t[0]);
                double c2 = 1 - Math.pow(beta2, t[0]);
                for (int i = 0; i < theta.length; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    theta[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + epsilon);
                }
            };
        }
    }

    /**
     * @param inner the optimiser
     * @param maxNorm c &gt; 0
     * @return the optimiser fed {@code g · min(1, c/‖g‖₂)}: gradient clipping by norm (Pascanu, Mikolov &amp; Bengio
     *     2013), so that one exploding gradient moves θ at most as far as a gradient of norm c
     */
    static Optimizer clipped(Optimizer inner, double maxNorm) {
        return new Clipped(inner, maxNorm);
    }

    /**
     * Gradient clipping by norm in front of another optimiser.
     *
     * @param inner the optimiser
     * @param maxNorm c &gt; 0
     */
    record Clipped(Optimizer inner, double maxNorm) implements Optimizer {
        /** Validates. */
        public Clipped {
            if (inner == null || !(maxNorm > 0) || Double.isInfinite(maxNorm)) {
                throw new IllegalArgumentException("Clipping needs an optimiser and a positive finite norm, not "
                        + maxNorm + ".");
            }
        }

        @Override
        public double rate() {
            return inner.rate();
        }

        @Override
        public String key() {
            return inner.key();
        }

        @Override
        public Stepper start(int n) {
            Stepper s = inner.start(n);
            double[] clipped = new double[n];
            return (theta, g) -> {
                double ss = 0;
                for (double v : g) {
                    ss += v * v;
                }
                double norm = Math.sqrt(ss);
                double f = norm > maxNorm ? maxNorm / norm : 1;
                for (int i = 0; i < g.length; i++) {
                    clipped[i] = f * g[i];
                }
                s.apply(theta, clipped);
            };
        }
    }

    private static void checkRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("The learning rate η must be a positive number, not " + rate + ".");
        }
    }
}
