package org.arlab.core.neural;

import java.util.Locale;

/**
 * A scheduled-sampling schedule (Bengio et al. 2015; MATH.md, problem 2E): at training step i (here: epoch i, from 0)
 * each input is the true value with probability ε_i and the model's own prediction otherwise. Teacher forcing is
 * ε_i = 1; linear {@code ε_i = max(ε_min, 1 − c·i)}; exponential {@code ε_i = k^i} (k &lt; 1); inverse sigmoid
 * {@code ε_i = k/(k + exp(i/k))} (k ≥ 1).
 *
 * @param kind the shape
 * @param k k of the exponential (0 &lt; k &lt; 1) or inverse-sigmoid (k ≥ 1) schedule, ignored otherwise
 * @param c the slope c &gt; 0 of the linear schedule, ignored otherwise
 * @param floor ε_min in [0, 1] of the linear schedule, ignored otherwise
 */
public record Schedule(Kind kind, double k, double c, double floor) {
    /** The shapes. */
    public enum Kind {
        /** ε = 1: always the true inputs. */
        TEACHER_FORCING("teacher forcing"),
        /** ε_i = max(ε_min, 1 − c·i). */
        LINEAR("linear"),
        /** ε_i = k^i. */
        EXPONENTIAL("exponential"),
        /** ε_i = k/(k + exp(i/k)). */
        INVERSE_SIGMOID("inverse sigmoid");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Teacher forcing. */
    public static final Schedule TEACHER_FORCING = new Schedule(Kind.TEACHER_FORCING, 0.5, 0.01, 0);

    /** Validates. */
    public Schedule {
        if (kind == null) {
            throw new IllegalArgumentException("A schedule needs a kind.");
        }
        if (kind == Kind.EXPONENTIAL && !(k > 0 && k < 1)) {
            throw new IllegalArgumentException("The exponential schedule needs 0 < k < 1, not " + k + ".");
        }
        if (kind == Kind.INVERSE_SIGMOID && !(k >= 1 && k < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The inverse-sigmoid schedule needs k ≥ 1, not " + k + ".");
        }
        if (kind == Kind.LINEAR && (!(c > 0) || Double.isInfinite(c) || !(floor >= 0 && floor <= 1))) {
            throw new IllegalArgumentException("The linear schedule needs c > 0 and ε_min in [0, 1], not c = " + c
                    + ", ε_min = " + floor + ".");
        }
    }

    /** @return the linear schedule */
    public static Schedule linear(double c, double floor) {
        return new Schedule(Kind.LINEAR, 0.5, c, floor);
    }

    /** @return the exponential schedule */
    public static Schedule exponential(double k) {
        return new Schedule(Kind.EXPONENTIAL, k, 0.01, 0);
    }

    /** @return the inverse-sigmoid schedule */
    public static Schedule inverseSigmoid(double k) {
        return new Schedule(Kind.INVERSE_SIGMOID, k, 0.01, 0);
    }

    /** @return ε_i, the probability of the true input at step i ≥ 0 */
    public double epsilon(int i) {
        return switch (kind) {
            case TEACHER_FORCING -> 1;
            case LINEAR -> Math.max(floor, 1 - c * i);
            case EXPONENTIAL -> Math.pow(k, i);
            case INVERSE_SIGMOID -> k / (k + Math.exp(i / k));
        };
    }

    /** @return e.g. "inverse sigmoid, k = 50" */
    public String describe() {
        return switch (kind) {
            case TEACHER_FORCING -> "teacher forcing";
            case LINEAR -> String.format(Locale.ROOT, "linear, c = %s, ε_min = %s", c, floor);
            case EXPONENTIAL, INVERSE_SIGMOID -> kind + ", k = " + k;
        };
    }
}
