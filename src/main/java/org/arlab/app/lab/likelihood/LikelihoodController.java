package org.arlab.app.lab.likelihood;

import javafx.beans.value.ObservableValue;

import org.arlab.app.Background;
import org.arlab.app.lab.data.DataModel;
import org.arlab.app.lab.data.DataResult;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.GramMatrix;
import org.arlab.core.likelihood.GradientAscent;
import org.arlab.core.likelihood.PrefixGram;
import org.arlab.core.likelihood.SurfaceResult;

/**
 * Recomputes the surface (and, for AR(1), the profile ℓ(φ₁) beside it) whenever the Data lab's series, the
 * observations used or a choice changes, in the background. The prefix sums of the series are built once per series; every surface after that costs O(p²) per grid
 * point whatever n is.
 */
public final class LikelihoodController {
    /** Grid size per axis. */
    public static final int GRID = 256;

    private final LikelihoodModel model;
    private final DataModel data;
    private final Background runner;
    private double[] series;
    private PrefixGram prefix;
    private int prefixOrder = -1;

    /**
     * @param model the lab's model
     * @param data the Data lab's model
     * @param runner the lab's runner
     */
    public LikelihoodController(LikelihoodModel model, DataModel data, Background runner) {
        this.model = model;
        this.data = data;
        this.runner = runner;
        ObservableValue<?>[] inputs = {model.exactProperty(), model.interceptProperty(), model.xCoefficientProperty(),
            model.yCoefficientProperty(), model.fractionProperty(), data.resultProperty()};
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

    /** Requests a surface. */
    public void refresh() {
        DataResult d = data.resultProperty().get();
        if (d == null) {
            return;
        }
        double[] y = d.values();
        int p = d.model().order();
        if (p == 0) {
            model.say("The Data lab's model has no coefficients to map.");
            return;
        }
        if (y.length < 3 * p + 10) {
            model.say("The series is too short for a likelihood map of an AR(" + p + ").");
            return;
        }
        double[] truthPhi = d.generated() ? d.model().phi() : null;
        double truthSigma = d.generated() ? d.model().sigma() : Double.NaN;
        boolean exact = model.exactProperty().get();
        boolean intercept = model.interceptProperty().get();
        int xi = Math.min(p, Math.max(1, model.xCoefficientProperty().get())) - 1;
        int yi = Math.min(p, Math.max(1, model.yCoefficientProperty().get())) - 1;
        if (p >= 2 && xi == yi) {
            yi = xi == 0 ? 1 : 0;
        }
        int m = used(y.length, p, model.fractionProperty().get());
        int xIndex = xi;
        int yIndex = yi;
        runner.submit("likelihood surface, n = " + m, progress -> {
            if (series != y || prefixOrder != p) {
                series = y;
                prefixOrder = p;
                prefix = PrefixGram.of(y, p);
            }
            SurfaceResult r = SurfaceResult.compute(prefix.upTo(m), y, m, p, xIndex, yIndex, exact, intercept,
                    truthPhi, truthSigma, GRID);
            return new Surface(r, r.i() < 0 ? profile(r) : null);
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
     * @return the profile ℓ(φ₁), σ² (and c) concentrated out, at the surface's φ₁ grid
     */
    static double[] profile(SurfaceResult r) {
        double[] xs = r.surface().xs();
        double[] prof = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            prof[k] = GradientAscent.logLikelihood(r.gram(), new double[] {xs[k]}, r.intercept());
        }
        return prof;
    }


    /** @return the model of the Data lab's current series, for tests */
    ArModel dataModel() {
        return data.resultProperty().get().model();
    }
}
