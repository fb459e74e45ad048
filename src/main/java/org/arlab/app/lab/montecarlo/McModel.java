package org.arlab.app.lab.montecarlo;

import org.arlab.core.session.McSettings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.arlab.app.SamplingSettings;
import org.arlab.core.montecarlo.GaussianPolynomial;

/** The Monte Carlo lab's parameters — f(x) = Σ a_k x^k and x ~ N(μ, s²), the budget — and its latest result. */
public final class McModel {
    /** Highest degree offered by the sliders. */
    public static final int MAX_DEGREE = 4;

    private final IntegerProperty degree = new SimpleIntegerProperty(this, "degree", McSettings.DEFAULT.degree());
    private final DoubleProperty[] coefficients = new DoubleProperty[MAX_DEGREE + 1];
    private final DoubleProperty mu = new SimpleDoubleProperty(this, "mu", McSettings.DEFAULT.mu());
    private final DoubleProperty variance = new SimpleDoubleProperty(this, "variance",
            McSettings.DEFAULT.variance());
    private final SamplingSettings sampling = new SamplingSettings(McSettings.DEFAULT.sampling(), 7);
    private final ReadOnlyObjectWrapper<McSnapshot> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** At the default of MATH.md problem 4: f(x) = x² + x + 1, x ~ N(0, 2). */
    public McModel() {
        for (int k = 0; k <= MAX_DEGREE; k++) {
            coefficients[k] = new SimpleDoubleProperty(this, "a" + k, McSettings.DEFAULT.coefficients()[k]);
        }
    }

    /** @return the degree of f */
    public IntegerProperty degreeProperty() {
        return degree;
    }

    /** @return a_k, the coefficient of x^k, k in 0..{@value #MAX_DEGREE} */
    public DoubleProperty coefficientProperty(int k) {
        return coefficients[k];
    }

    /** @return μ */
    public DoubleProperty muProperty() {
        return mu;
    }

    /** @return s², the variance of x */
    public DoubleProperty varianceProperty() {
        return variance;
    }

    /** @return the largest M (samples), the pace and the seed */
    public SamplingSettings sampling() {
        return sampling;
    }

    /** @return f and the law of x */
    public GaussianPolynomial polynomial() {
        double[] a = new double[degree.get() + 1];
        for (int k = 0; k < a.length; k++) {
            a[k] = coefficients[k].get();
        }
        return new GaussianPolynomial(a, mu.get(), variance.get());
    }

    /** Sets the coefficients (a_0, a_1, …); the degree follows, within {@value #MAX_DEGREE}. */
    public void setCoefficients(double[] a) {
        if (a.length == 0 || a.length > MAX_DEGREE + 1) {
            throw new IllegalArgumentException("Type between 1 and " + (MAX_DEGREE + 1) + " coefficients (a₀ … a"
                    + MAX_DEGREE + "), not " + a.length + ".");
        }
        for (int k = 0; k <= MAX_DEGREE; k++) {
            coefficients[k].set(k < a.length ? a[k] : 0);
        }
        degree.set(a.length - 1);
    }

    /** @return the parameters, for sessions */
    public McSettings settings() {
        double[] a = new double[MAX_DEGREE + 1];
        for (int k = 0; k < a.length; k++) {
            a[k] = coefficients[k].get();
        }
        return new McSettings(degree.get(), a, mu.get(), variance.get(), sampling.budget());
    }

    /** Sets every parameter from a session (coefficients beyond a⁴ are dropped). */
    public void apply(McSettings s) {
        double[] a = s.coefficients();
        for (int k = 0; k <= MAX_DEGREE; k++) {
            coefficients[k].set(k < a.length ? a[k] : 0);
        }
        degree.set(Math.min(MAX_DEGREE, s.degree()));
        mu.set(s.mu());
        variance.set(s.variance());
        sampling.apply(s.sampling());
    }

    /** @return the latest estimates */
    public ReadOnlyObjectProperty<McSnapshot> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a warning or error for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(McSnapshot s) {
        result.set(s);
    }

    void say(String text) {
        message.set(text);
    }
}
