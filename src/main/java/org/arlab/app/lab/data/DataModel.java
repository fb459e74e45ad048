package org.arlab.app.lab.data;

import org.arlab.core.series.CurrentSeries;
import org.arlab.app.lab.SeriesPort;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

import org.arlab.core.ar.ArModel;
import org.arlab.core.series.Series;
import org.arlab.core.session.DataScenario;

/**
 * The Data lab's state: the generator's parameters in, the simulated series out. Touched only on the FX thread
 * (or a test's thread); the controller computes off it.
 */
public final class DataModel implements SeriesPort {
    /** Largest order offered. */
    public static final int MAX_ORDER = DataScenario.MAX_ORDER;
    /** Slider range of log10 n: n from 10 to 10⁶. */
    public static final double LOG_N_MIN = 1;
    /** Upper end of the log10 n slider. */
    public static final double LOG_N_MAX = 6;

    private final IntegerProperty order = new SimpleIntegerProperty(this, "order",
            DataScenario.DEFAULT.phi().length);
    private final DoubleProperty[] phi = new DoubleProperty[MAX_ORDER];
    private final DoubleProperty sigma = new SimpleDoubleProperty(this, "sigma", 1.0);
    private final DoubleProperty intercept = new SimpleDoubleProperty(this, "intercept", 0.0);
    private final ObjectProperty<double[]> initial = new SimpleObjectProperty<>(this, "initial", new double[0]);
    private final DoubleProperty logN = new SimpleDoubleProperty(this, "logN",
            Math.log10(DataScenario.DEFAULT.n()));
    private final LongProperty seed = new SimpleLongProperty(this, "seed", DataScenario.DEFAULT.seed());
    private final ReadOnlyObjectWrapper<CurrentSeries> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<Series> loaded = new SimpleObjectProperty<>(this, "loaded");
    private final IntegerProperty loadedOrder = new SimpleIntegerProperty(this, "loadedOrder", 0);
    private String loadedNote = "";
    private final ReadOnlyLongWrapper batches = new ReadOnlyLongWrapper(this, "batches", 0);
    private boolean batching;

    /** Creates the model at its default: AR(2) with φ = (0.5, −0.3), σ = 1, n = 500, seed 42. */
    public DataModel() {
        double[] defaults = DataScenario.DEFAULT.phi();
        for (int i = 0; i < MAX_ORDER; i++) {
            phi[i] = new SimpleDoubleProperty(this, "phi" + (i + 1), i < defaults.length ? defaults[i] : 0);
        }
    }

    /** @return the order p, 1..{@value #MAX_ORDER} */
    public IntegerProperty orderProperty() {
        return order;
    }

    /** @return φ_i for i in 1..{@value #MAX_ORDER} (those above the order are ignored) */
    public DoubleProperty phiProperty(int i) {
        return phi[i - 1];
    }

    /** @return σ */
    public DoubleProperty sigmaProperty() {
        return sigma;
    }

    /** @return the intercept c */
    public DoubleProperty interceptProperty() {
        return intercept;
    }

    /**
     * @return the values before the series, most recent first (y₀, y₋₁, …), used when the model is not stationary;
     *     missing ones count as 0, extra ones are ignored
     */
    public ObjectProperty<double[]> initialProperty() {
        return initial;
    }

    /** @return the p initial values y_{1−p}..y_0, oldest first, as the simulator wants them */
    public double[] initialValues() {
        int p = order.get();
        double[] given = initial.get() == null ? new double[0] : initial.get();
        double[] out = new double[p];
        for (int i = 0; i < p && i < given.length; i++) {
            out[p - 1 - i] = given[i];
        }
        return out;
    }

    /** @return log10 of the series length */
    public DoubleProperty logNProperty() {
        return logN;
    }

    /** @return the seed */
    public LongProperty seedProperty() {
        return seed;
    }

    /** @return the series length n = round(10^logN), 10..10⁶ */
    public int n() {
        return (int) Math.round(Math.pow(10, logN.get()));
    }

    /** @return the model the sliders describe */
    public ArModel model() {
        int p = order.get();
        double[] coefficients = new double[p];
        for (int i = 0; i < p; i++) {
            coefficients[i] = phi[i].get();
        }
        return ArModel.of(intercept.get(), coefficients, sigma.get());
    }

    /** @return the series loaded from a file or a classic preset, null while the generator is shown */
    public ObjectProperty<Series> loadedProperty() {
        return loaded;
    }

    /** @return the order of the model fitted to a loaded series; 0 to choose it by AIC */
    public IntegerProperty loadedOrderProperty() {
        return loadedOrder;
    }

    /** @return where the loaded series comes from */
    public String loadedNote() {
        return loadedNote;
    }

    /**
     * Shows a loaded series instead of the generator's.
     *
     * @param series the series
     * @param order the order of its model, 0 to choose by AIC
     * @param note where it comes from, for the user
     */
    public void load(Series series, int order, String note) {
        batch(() -> {
            loadedNote = note == null ? "" : note;
            loadedOrder.set(Math.max(0, order));
            loaded.set(series);
        });
    }

    /**
     * Says why a series cannot be the Data lab's series, before it replaces the one on screen: a constant series has
     * no variation, so no autocorrelation and no AR model (every other lab would fail on it).
     *
     * @param series the series
     * @param source where it comes from, for the sentence (a file name)
     * @return the reason, empty when the series can be loaded
     */
    public static java.util.Optional<String> refusal(Series series, String source) {
        double[] v = series.values();
        for (double x : v) {
            if (x != v[0]) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(DataPresenter.constant(source, v.length, v.length == 0 ? 0 : v[0]));
    }

    /** Goes back to the generator. */
    public void generate() {
        loaded.set(null);
    }

    /** @return the current parameters as a scenario, for sessions */
    public DataScenario scenario() {
        return DataScenario.of(model().phi(), sigma.get(), intercept.get(), n(), seed.get(),
                initial.get() == null ? new double[0] : initial.get());
    }

    /** Sets every parameter from a scenario, as one change. */
    public void apply(DataScenario s) {
        batch(() -> {
            double[] c = s.phi();
            order.set(c.length);
            for (int i = 0; i < MAX_ORDER; i++) {
                phi[i].set(i < c.length ? c[i] : 0);
            }
            sigma.set(s.sigma());
            intercept.set(s.intercept());
            logN.set(Math.log10(s.n()));
            seed.set(s.seed());
            initial.set(s.initial());
        });
    }

    /** Sets order, coefficients and σ from a preset, as one change. */
    public void apply(Preset preset) {
        batch(() -> {
            double[] c = preset.phi();
            order.set(Math.max(1, Math.min(MAX_ORDER, c.length)));
            for (int i = 0; i < MAX_ORDER; i++) {
                phi[i].set(i < c.length ? c[i] : 0);
            }
            sigma.set(preset.sigma());
            intercept.set(0);
        });
    }

    /** Sets φ_1..φ_k as one change (k ≤ the order; the rest stay). */
    public void setPhi(double[] coefficients) {
        batch(() -> {
            for (int i = 0; i < coefficients.length && i < MAX_ORDER; i++) {
                phi[i].set(coefficients[i]);
            }
        });
    }

    /**
     * Runs several parameter changes as one: listeners that check {@link #isBatching()} skip the intermediate
     * states and react once to {@link #batchesProperty()}.
     */
    public void batch(Runnable changes) {
        boolean outer = !batching;
        batching = true;
        try {
            changes.run();
        } finally {
            if (outer) {
                batching = false;
                batches.set(batches.get() + 1);
            }
        }
    }

    /** @return true while a {@link #batch} runs */
    public boolean isBatching() {
        return batching;
    }

    /** @return counts finished batches; it changes once at the end of each */
    public ReadOnlyLongProperty batchesProperty() {
        return batches.getReadOnlyProperty();
    }

    /** @return the latest result, null before the first */
    public ReadOnlyObjectProperty<CurrentSeries> resultProperty() {
        return result.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<CurrentSeries> currentSeriesProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a warning or error for the user, empty when all is well */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(CurrentSeries r) {
        result.set(r);
        message.set(r.simulation() == null ? "" : r.simulation().warning());
    }

    void fail(String why) {
        message.set(why);
    }
}
