package org.arlab.app.lab.likelihood;

import javafx.beans.value.ObservableValue;

import org.arlab.app.Background;
import org.arlab.app.lab.data.DataModel;
import org.arlab.app.lab.data.DataResult;
import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ExactMle;
import org.arlab.core.ar.GramMatrix;
import org.arlab.core.likelihood.LikelihoodSurface;
import org.arlab.core.likelihood.PrefixGram;

/**
 * Recomputes the surface whenever the Data lab's series, the observations used or a choice changes, in the
 * background. The prefix sums of the series are built once per series; every surface after that costs O(p²) per grid
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
            return compute(prefix.upTo(m), y, m, p, xIndex, yIndex, exact, intercept, truthPhi, truthSigma);
        }, r -> {
            model.publish(r);
            model.say("");
        }, e -> model.say(e.getMessage()));
    }

    /** The surface for the first m values. */
    static SurfaceResult compute(GramMatrix g, double[] y, int m, int p, int xi, int yi, boolean exact,
            boolean intercept, double[] truthPhi, double truthSigma) {
        double[][] ls = g.leastSquares(intercept);
        double[] phiHat = java.util.Arrays.copyOfRange(ls[0], 1, p + 1);
        double sigmaHat = Math.sqrt(g.ssr(ls[0][0], phiHat) / g.nobs());
        if (p == 1) {
            double[] xs = LikelihoodSurface.grid(-1.3, 1.3, GRID);
            double[] ys = LikelihoodSurface.grid(Math.max(1e-3, sigmaHat * 0.3), sigmaHat * 2.5, GRID);
            LikelihoodSurface s = LikelihoodSurface.phiSigma(g, intercept, xs, ys);
            double[] truth = truthPhi == null ? null : new double[] {truthPhi[0], truthSigma};
            double lmax = g.logLikelihood(ls[0][0], phiHat, sigmaHat * sigmaHat);
            return new SurfaceResult(s, g, phiHat, -1, 0, new double[] {phiHat[0], sigmaHat}, truth, null, lmax, m,
                    false, intercept);
        }
        double[] xs = LikelihoodSurface.grid(-2.2, 2.2, GRID);
        double[] ys = LikelihoodSurface.grid(-1.2, 1.2, GRID);
        if (p > 2) {
            xs = LikelihoodSurface.grid(phiHat[xi] - 1.5, phiHat[xi] + 1.5, GRID);
            ys = LikelihoodSurface.grid(phiHat[yi] - 1.5, phiHat[yi] + 1.5, GRID);
        }
        double[] truth = truthPhi == null ? null : new double[] {truthPhi.length > xi ? truthPhi[xi] : 0,
            truthPhi.length > yi ? truthPhi[yi] : 0};
        double[][] cov = {{ls[2 + xi][1 + xi], ls[2 + xi][1 + yi]}, {ls[2 + yi][1 + xi], ls[2 + yi][1 + yi]}};
        if (exact) {
            double[] prefixY = java.util.Arrays.copyOf(y, m);
            ArFit mle = ExactMle.fit(prefixY, p, intercept);
            double[] base = mle.phi();
            LikelihoodSurface s = LikelihoodSurface.exact(prefixY, g, base, xi, yi, intercept ? mle.mean() : 0, xs,
                    ys);
            return new SurfaceResult(s, g, base, xi, yi, new double[] {base[xi], base[yi]}, truth, cov,
                    mle.logLikelihood(), m, true, intercept);
        }
        LikelihoodSurface s = LikelihoodSurface.conditional(g, phiHat, xi, yi, intercept, xs, ys);
        double lmax = -0.5 * g.nobs() * (Math.log(2 * Math.PI * sigmaHat * sigmaHat) + 1);
        return new SurfaceResult(s, g, phiHat, xi, yi, new double[] {phiHat[xi], phiHat[yi]}, truth, cov, lmax, m,
                false, intercept);
    }

    /** @return the model of the Data lab's current series, for tests */
    ArModel dataModel() {
        return data.resultProperty().get().model();
    }
}
