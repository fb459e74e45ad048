package org.arlab.app.lab.likelihood;

import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.arlab.app.Ticker;
import org.arlab.chart.Format;
import org.arlab.core.formula.Formula;
import org.arlab.core.formula.LikelihoodFormulas;
import org.arlab.core.likelihood.GradientAscent;
import org.arlab.core.likelihood.SurfaceResult;
import org.arlab.core.session.LikelihoodSettings;

/**
 * The Likelihood lab's state: its choices (writable), and as read-only properties the latest surface, the AR(1)
 * profile, the gradient-ascent path with the sentence that describes it, whether Play and "Watch it sharpen" run, the
 * value under the pointer and the formulas. Commands start, step, play and clear the climb, grow n and read the map.
 * The view binds to it and lays it out; the controller computes the surface in the background. Called on the FX
 * thread.
 */
public final class LikelihoodModel {
    private static final LikelihoodSettings DEFAULTS = LikelihoodSettings.DEFAULT;
    /** Period of Play: one gradient-ascent step per tick, ms. */
    static final double PLAY_MS = 80;
    /** Period of "Watch it sharpen": n grows by a hundredth of its log scale per tick, ms. */
    static final double GROW_MS = 60;
    /** What is said for an AR(1), where the map is over (φ₁, σ). */
    static final String AR1_SENTENCE = "For AR(1) the map is over (φ₁, σ); the profile ℓ(φ₁) is beside it. "
            + "Gradient ascent maps two coefficients: generate an AR(2) or higher.";
    /** What the map shows, before the first surface. */
    static final String MAP_OVER_PAIR = "ℓ of the Data lab's series over two coefficients, the others at their MLE; "
            + "c and σ² profiled out. The brighter, the likelier.";
    /** What an AR(1) map shows: σ is an axis. */
    static final String MAP_OVER_PHI_SIGMA = "ℓ of the Data lab's AR(1) series over (φ₁, σ), c profiled out (its "
            + "best value at each φ₁). The brighter, the likelier.";
    /** What an exact AR(1) map shows. */
    static final String MAP_OVER_PHI_SIGMA_EXACT = "ℓ of the Data lab's AR(1) series over (φ₁, σ), μ at its exact "
            + "MLE. The brighter, the likelier.";
    /** What the hover line says before the pointer reads the map. */
    static final String NO_HOVER = "Point at the map to read ℓ there.";

    private final BooleanProperty exact = new SimpleBooleanProperty(this, "exact", DEFAULTS.exact());
    /** Whether the map spans only a few standard errors around the MLE (a view, not kept in the session). */
    private final BooleanProperty zoomedToMle = new SimpleBooleanProperty(this, "zoomedToMle", false);
    private final BooleanProperty intercept = new SimpleBooleanProperty(this, "intercept", DEFAULTS.intercept());
    private final IntegerProperty xCoefficient = new SimpleIntegerProperty(this, "x", DEFAULTS.xCoefficient());
    private final IntegerProperty yCoefficient = new SimpleIntegerProperty(this, "y", DEFAULTS.yCoefficient());
    private final DoubleProperty fraction = new SimpleDoubleProperty(this, "fraction", DEFAULTS.fraction());
    private final DoubleProperty logEta = new SimpleDoubleProperty(this, "logEta", DEFAULTS.logEta());
    private final ReadOnlyObjectWrapper<SurfaceResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<double[]> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", MAP_OVER_PAIR);
    private final javafx.beans.property.ReadOnlyObjectWrapper<int[]> seriesShape =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "seriesShape", new int[] {0, 0});
    private final ReadOnlyBooleanWrapper twoCoefficients = new ReadOnlyBooleanWrapper(this, "twoCoefficients", true);
    /** The path a session asked for, climbed when its surface arrives (null when none is waiting). */
    private LikelihoodSettings.Ascent pendingAscent;
    private final ReadOnlyObjectWrapper<double[][]> path = new ReadOnlyObjectWrapper<>(this, "path", new double[4][0]);
    private final ReadOnlyStringWrapper pathInfo = new ReadOnlyStringWrapper(this, "pathInfo", AscentPath.NO_PATH);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper growing = new ReadOnlyBooleanWrapper(this, "growing", false);
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "hover", NO_HOVER);
    private final ReadOnlyObjectWrapper<Formula> formula = new ReadOnlyObjectWrapper<>(this, "formula");
    private final AscentPath ascent = new AscentPath();
    private final Ticker player;
    private final Ticker grower;

    /** A model whose Play and "Watch it sharpen" run on JavaFX timelines. */
    public LikelihoodModel() {
        this(Ticker.FX);
    }

    /** @param tickers what Play and "Watch it sharpen" run on (tests tick by hand) */
    LikelihoodModel(Ticker.Factory tickers) {
        player = tickers.every(PLAY_MS, this::step);
        grower = tickers.every(GROW_MS, this::grow);
        logEta.addListener((obs, o, v) -> updateFormula(result.get()));
    }

    /** @return whether the map is zoomed to the MLE: ±5 standard errors around it instead of the fixed grid */
    public BooleanProperty zoomedToMleProperty() {
        return zoomedToMle;
    }

    /** @return whether the exact likelihood is drawn instead of the conditional one */
    public BooleanProperty exactProperty() {
        return exact;
    }

    /** @return whether the intercept is profiled out (else c = 0) */
    public BooleanProperty interceptProperty() {
        return intercept;
    }

    /** @return the coefficient on the x axis (1-based) */
    public IntegerProperty xCoefficientProperty() {
        return xCoefficient;
    }

    /** @return the coefficient on the y axis (1-based) */
    public IntegerProperty yCoefficientProperty() {
        return yCoefficient;
    }

    /** @return the share of the series used, on a log scale of n: log10(n_used)/log10(n) */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    /** @return log10 of the learning rate η */
    public DoubleProperty logEtaProperty() {
        return logEta;
    }

    /** @return the choices and the gradient-ascent path (its start and steps), for sessions */
    public LikelihoodSettings settings() {
        LikelihoodSettings.Ascent a = pendingAscent;
        if (a == null) {
            a = ascent.isEmpty() ? LikelihoodSettings.Ascent.NONE : new LikelihoodSettings.Ascent(true,
                    ascent.start().x(), ascent.start().y(), ascent.steps());
        }
        return new LikelihoodSettings(exact.get(), intercept.get(), xCoefficient.get(), yCoefficient.get(),
                fraction.get(), logEta.get(), a);
    }

    /**
     * Sets every choice from a session; its gradient-ascent path is climbed again from its start, at once when the
     * surface is there, else when the next one arrives.
     */
    public void apply(LikelihoodSettings s) {
        pause();
        exact.set(s.exact());
        intercept.set(s.intercept());
        xCoefficient.set(s.xCoefficient());
        yCoefficient.set(s.yCoefficient());
        fraction.set(s.fraction());
        logEta.set(s.logEta());
        ascent.clear();
        pendingAscent = s.ascent();
        SurfaceResult r = result.get();
        if (r != null && r.i() >= 0 && !replayPending(r)) {
            pathChanged(r);
        }
    }

    /**
     * Climbs the path a session asked for on this surface: its start, then its steps. Every surface that arrives
     * until the user starts, steps or clears a path climbs it again (the last to arrive is the one the session's
     * choices ask for: the runner lets the latest request win).
     *
     * @return whether a path was replayed
     */
    private boolean replayPending(SurfaceResult r) {
        LikelihoodSettings.Ascent a = pendingAscent;
        if (a == null || r.i() < 0) {
            return false;
        }
        if (!a.shown()) {
            ascent.clear();
            pathChanged(r);
            return true;
        }
        ascent.restart(new GradientAscent.Point(a.x(), a.y(), valueAt(r, a.x(), a.y())));
        for (int k = 0; k < a.steps() && ascent.step(r, eta()); k++) {
            // the climb is deterministic: the same steps as when the session was saved
        }
        pathChanged(r);
        return true;
    }

    /** @return the latest surface; when it changes, every other result below is already up to date */
    public ReadOnlyObjectProperty<SurfaceResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return for an AR(1) surface, the profile ℓ(φ₁) (σ² and c concentrated out) at the map's φ₁ grid; else null */
    public ReadOnlyObjectProperty<double[]> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** @return a message for the user (why there is no map, or a failure) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the observations used and the summit of the surface, in words */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return {n, p} of the Data lab's series and model, which the slider of observations used counts in */
    public ReadOnlyObjectProperty<int[]> seriesShapeProperty() {
        return seriesShape.getReadOnlyProperty();
    }

    /** @return how many observations the fraction slider stands for now (0 before a series) */
    public int observationsUsed(double fraction) {
        int[] np = seriesShape.get();
        return np[0] == 0 ? 0 : LikelihoodController.used(np[0], np[1], fraction);
    }

    /** @return the fraction that stands for about m observations of the current series */
    public double fractionFor(double m) {
        int n = seriesShape.get()[0];
        return n <= 1 ? 1 : Math.max(0, Math.min(1, Math.log(Math.max(1, m)) / Math.log(n)));
    }

    void seriesIs(int n, int p) {
        int[] now = seriesShape.get();
        if (now[0] != n || now[1] != p) {
            seriesShape.set(new int[] {n, p});
        }
    }

    /** @return what the map shows and what is profiled out, in words */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** @return false for an AR(1), whose map is over (φ₁, σ): no pair of coefficients to choose or to climb */
    public ReadOnlyBooleanProperty twoCoefficientsProperty() {
        return twoCoefficients.getReadOnlyProperty();
    }

    /** @return the gradient-ascent path as columns {x, y, iteration, ℓ}, empty when there is none */
    public ReadOnlyObjectProperty<double[][]> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** @return how the climb goes, in words */
    public ReadOnlyStringProperty pathInfoProperty() {
        return pathInfo.getReadOnlyProperty();
    }

    /** @return whether Play is taking steps */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** @return whether "Watch it sharpen" is growing n */
    public ReadOnlyBooleanProperty growingProperty() {
        return growing.getReadOnlyProperty();
    }

    /** @return ℓ at the point last read by {@link #hover(double, double)}, in words */
    public ReadOnlyStringProperty hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    /** @return the lab's formulas with the current surface, learning rate and path end; null before a surface */
    public ReadOnlyObjectProperty<Formula> formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    /** @return the learning rate η = 10^logEta */
    double eta() {
        return Math.pow(10, logEta.get());
    }

    /** Starts a gradient-ascent path at (x, y) on the current surface (nothing for an AR(1) or before a surface). */
    public void startPath(double x, double y) {
        pendingAscent = null;
        SurfaceResult r = result.get();
        if (r == null || r.i() < 0) {
            return;
        }
        ascent.restart(new GradientAscent.Point(x, y, valueAt(r, x, y)));
        pathChanged();
    }

    /**
     * What a click on the map does: starts a gradient-ascent path there and plays it (one step per tick until the
     * top, a refused step or Pause). Nothing for an AR(1) or before a surface.
     */
    public void climbFrom(double x, double y) {
        startPath(x, y);
        if (!ascent.isEmpty()) {
            play();
        }
    }

    /**
     * Takes one gradient-ascent step from the end of the path. A step that would leave the map (or the 500th) is
     * refused: the path stays, the sentence says why, and Play stops.
     *
     * @return whether a step was taken
     */
    public boolean step() {
        pendingAscent = null;
        SurfaceResult r = result.get();
        if (r == null || ascent.isEmpty()) {
            return false; // Play may be pressed before the map is clicked: the climb starts with the click
        }
        boolean stepped = ascent.step(r, eta());
        if (stepped) {
            pathChanged();
        } else {
            pause();
            pathInfo.set(ascent.sentence());
        }
        return stepped;
    }

    /** Removes the path. */
    public void clearPath() {
        pendingAscent = null;
        ascent.clear();
        pathChanged();
    }

    /** Takes steps continuously (one every {@value #PLAY_MS} ms) until paused or a step is refused; not for AR(1). */
    public void play() {
        if (!twoCoefficients.get()) {
            return;
        }
        playing.set(true);
        player.start();
    }

    /** Stops Play. */
    public void pause() {
        player.stop();
        playing.set(false);
    }

    /** "Watch it sharpen": n from a few values to the whole series, a hundredth of the log scale per tick. */
    public void sharpen() {
        fraction.set(0);
        growing.set(true);
        grower.start();
    }

    private void grow() {
        double f = fraction.get() + 0.01;
        fraction.set(Math.min(1, f));
        if (f >= 1) {
            grower.stop();
            growing.set(false);
        }
    }

    /**
     * Reads ℓ at a point of the map, exact or conditional as the map is: at (φ_i, φ_j), the other coefficients at the
     * MLE; for AR(1) at (φ₁, σ). O(p²) from the surface's Gram matrix (the exact one O(p²) more).
     */
    public void hover(double x, double y) {
        SurfaceResult r = result.get();
        lastHover = new double[] {x, y};
        if (r == null) {
            return;
        }
        double l = r.valueAt(x, y);
        hover.set(String.format(Locale.ROOT, "(%s, %s): ℓ = %s", Format.number(x), Format.number(y),
                Format.number(l)));
    }

    /** The point the hover line last read, read again on every new surface (else the line goes stale). */
    private double[] lastHover;

    /** @return ℓ at every point of the path, for tests */
    double[] pathLogLikelihoods() {
        return ascent.logLikelihoods();
    }

    /**
     * Shows a new surface (from the controller, on the FX thread) with its AR(1) profile (null otherwise). A path
     * keeps its start and is climbed again on the new surface; an AR(1) has none and stops Play.
     */
    void publish(SurfaceResult r, double[] ar1Profile) {
        boolean ar1 = r.i() < 0;
        profile.set(ar1Profile);
        twoCoefficients.set(!ar1);
        description.set(!ar1 ? MAP_OVER_PAIR : r.exact() ? MAP_OVER_PHI_SIGMA_EXACT : MAP_OVER_PHI_SIGMA);
        summary.set(String.format(Locale.ROOT, "n = %s observations; ℓ̂ = %s at (%s, %s)", Format.count(r.nUsed()),
                Format.number(r.maxLogLik()), Format.number(r.mle()[0]), Format.number(r.mle()[1])));
        if (ar1) {
            pause();
            ascent.clear();
        } else if (pendingAscent != null) {
            replayPending(r);
        } else if (!ascent.isEmpty()) {
            GradientAscent.Point start = ascent.start();
            ascent.restart(new GradientAscent.Point(start.x(), start.y(), valueAt(r, start.x(), start.y())));
        }
        pathChanged(r);
        result.set(r);
        if (lastHover != null) {
            if (ar1 != (hoverWasAr1 == Boolean.TRUE)) {
                lastHover = null; // the axes changed meaning: (φ₁, σ) against (φ_i, φ_j)
                hover.set(NO_HOVER);
            } else {
                hover(lastHover[0], lastHover[1]);
            }
        }
        hoverWasAr1 = ar1;
    }

    private Boolean hoverWasAr1;

    void say(String text) {
        message.set(text);
    }

    private void pathChanged() {
        pathChanged(result.get());
    }

    private void pathChanged(SurfaceResult r) {
        path.set(ascent.columns());
        pathInfo.set(r != null && r.i() < 0 ? AR1_SENTENCE : ascent.sentence());
        updateFormula(r);
    }

    private void updateFormula(SurfaceResult r) {
        if (r != null) {
            GradientAscent.Point end = ascent.end();
            formula.set(LikelihoodFormulas.of(r, eta(), end == null ? null : new double[] {end.x(), end.y(),
                end.logLikelihood()}));
        }
    }

    private static double valueAt(SurfaceResult r, double x, double y) {
        double[] f = r.base().clone();
        f[r.i()] = x;
        f[r.j()] = y;
        return GradientAscent.logLikelihood(r.gram(), f, r.intercept());
    }
}
