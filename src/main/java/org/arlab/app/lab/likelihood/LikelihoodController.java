package org.arlab.app.lab.likelihood;

import javafx.beans.value.ObservableValue;

import org.arlab.app.Background;
import org.arlab.app.lab.SeriesPort;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.ar.ArModel;
import org.arlab.core.likelihood.PrefixGram;
import org.arlab.core.likelihood.SurfaceResult;
import org.arlab.core.session.LikelihoodSettings;

/**
 * Recomputes the surface (and, for AR(1), the profile ℓ(φ₁) beside it) whenever the Data lab's series, the
 * observations used or a choice changes, in the background. The prefix sums of the series are built once per series; every surface after that costs O(p²) per grid
 * point whatever n is.
 */
public final class LikelihoodController {
    /** Grid size per axis. */
    public static final int GRID = 256;

    private final LikelihoodModel model;
    private final SeriesPort data;
    private final Background runner;
    private double[] series;
    private PrefixGram prefix;
    private int prefixOrder = -1;

    /**
     * @param model the lab's model
     * @param data the current series
     * @param runner the lab's runner
     */
    public LikelihoodController(LikelihoodModel model, SeriesPort data, Background runner) {
        this.model = model;
        this.data = data;
        this.runner = runner;
        ObservableValue<?>[] inputs = {model.exactProperty(), model.interceptProperty(), model.xCoefficientProperty(),
            model.yCoefficientProperty(), model.fractionProperty(), data.currentSeriesProperty(),
            model.zoomedToMleProperty()};
        for (ObservableValue<?> o : inputs) {
            o.addListener((obs, a, b) -> refresh());
        }
        refresh();
    }

    /** @return the number of observations the fraction slider stands for */
    static int used(int n, int p, double fraction) {
        int min = Math.min(n, Math.max(3 * p + 10, 20));
        return (int) Math.max(min, Math.min(n, Math.round(Math.pow(n, Math.max(0, Math.min(1, fraction))))));
    }

    /**
     * One surface, decided from the series and the lab's choices: the lab and {@code arlab export} compute it
     * the same way.
     *
     * @param y the series
     * @param p the order of the series' model
     * @param xIndex the coefficient on the horizontal axis (0-based; −1 for AR(1), whose map is over (φ, σ))
     * @param yIndex the coefficient on the vertical axis
     * @param used the observations used
     * @param exact exact rather than conditional likelihood
     * @param intercept whether c is profiled out
     * @param truthPhi the true coefficients (generated series), else null
     * @param truthSigma the true σ, else NaN
     */
    record Request(double[] y, int p, int xIndex, int yIndex, int used, boolean exact, boolean intercept,
            double[] truthPhi, double truthSigma, boolean zoom) {
        /** @return this request with the map zoomed to the MLE, or not */
        Request zoomed(boolean z) {
            return new Request(y, p, xIndex, yIndex, used, exact, intercept, truthPhi, truthSigma, z);
        }

        /**
         * @throws IllegalArgumentException with the sentence shown when the series has no map
         */
        static Request of(CurrentSeries d, LikelihoodSettings s) {
            double[] y = d.values();
            int p = d.model().order();
            if (p == 0) {
                throw new IllegalArgumentException("The Data lab's model has no coefficients to map.");
            }
            if (y.length < 3 * p + 10) {
                throw new IllegalArgumentException("The series is too short for a likelihood map of an AR(" + p
                        + ").");
            }
            int xi = Math.min(p, Math.max(1, s.xCoefficient())) - 1;
            int yi = Math.min(p, Math.max(1, s.yCoefficient())) - 1;
            if (p >= 2 && xi == yi) {
                yi = xi == 0 ? 1 : 0;
            }
            return new Request(y, p, xi, yi, LikelihoodController.used(y.length, p, s.fraction()), s.exact(), s.intercept(),
                    d.generated() ? d.model().phi() : null, d.generated() ? d.model().sigma() : Double.NaN, false);
        }

        /** @return the surface, from the series' prefix sums of this order */
        SurfaceResult compute(PrefixGram prefix) {
            return SurfaceResult.compute(prefix.upTo(used), y, used, p, xIndex, yIndex, exact, intercept, truthPhi,
                    truthSigma, GRID, zoom);
        }
    }

    /** Requests a surface. */
    public void refresh() {
        CurrentSeries d = data.currentSeriesProperty().get();
        if (d == null) {
            return;
        }
        model.seriesIs(d.values().length, d.model().order());
        Request r;
        try {
            r = Request.of(d, model.settings()).zoomed(model.zoomedToMleProperty().get());
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage());
            return;
        }
        runner.submit("likelihood surface, n = " + r.used(), progress -> {
            if (series != r.y() || prefixOrder != r.p()) {
                series = r.y();
                prefixOrder = r.p();
                prefix = PrefixGram.of(r.y(), r.p());
            }
            SurfaceResult res = r.compute(prefix);
            return new Surface(res, res.i() < 0 ? profile(res) : null);
        }, s -> {
            model.publish(s.result(), s.profile());
            model.say("");
        }, e -> model.say(e.getMessage()));
    }

    /** A surface and, for AR(1), its profile: what one background run publishes. */
    private record Surface(SurfaceResult result, double[] profile) {
    }

    /**
     * @param r an AR(1) surface over (φ₁, σ)
     * @return the profile ℓ(φ₁), σ² (and c or μ) concentrated out, at the surface's φ₁ grid: conditional or exact as
     *     the surface is
     */
    static double[] profile(SurfaceResult r) {
        return r.ar1Profile(r.surface().xs());
    }

    /** @return the model of the Data lab's current series, for tests */
    ArModel dataModel() {
        return data.currentSeriesProperty().get().model();
    }
}
