package org.arlab.core.formula;

import org.arlab.core.random.RandomStreams;

import java.util.LinkedHashMap;
import java.util.Map;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.GramMatrix;
import org.arlab.core.ar.LeastSquaresFit;
import org.arlab.core.horizon.HorizonExperiment;
import org.arlab.core.kl.KlExact;
import org.arlab.core.likelihood.SurfaceResult;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.montecarlo.GaussianPolynomial;

/** Each lab's formulas at typical values, for the builder and renderer tests. */
public final class FormulaSamples {
    /** The Data lab's default model. */
    public static final ArModel MODEL = ArModel.of(0.25, new double[] {0.5, -0.3}, 1.2);

    private FormulaSamples() {
    }

    /** @return a simulated AR(2) series */
    public static double[] series(int n) {
        return ArSimulator.simulate(MODEL, n, null, RandomStreams.of(42L)).values();
    }

    /** @return the conditional MLE of an AR(2) on a simulated series */
    public static ArFit fit() {
        return ConditionalMle.fit(series(500), 2, true);
    }

    /** @return a likelihood surface over (φ1, φ2) */
    public static SurfaceResult surface() {
        double[] y = series(300);
        return SurfaceResult.compute(GramMatrix.of(y, 2), y, y.length, 2, 0, 1, false, true, MODEL.phi(),
                MODEL.sigma(), 21);
    }

    /** @return a small horizon experiment */
    public static HorizonExperiment horizon() {
        ArModel truth = ArModel.of(new double[] {0.9, -0.2}, 1);
        return HorizonExperiment.run(truth, 200, 50, 200, 3, y -> LeastSquaresFit.fit(y, 2), RandomStreams.of(7));
    }

    /** @return exact KL for the KL lab's default p and q */
    public static KlExact kl() {
        return KlExact.of(ArModel.of(new double[] {0.5, -0.3}, 1), ArModel.of(new double[] {0.6, 0.2}, 1), 200);
    }

    /** @return every lab's formulas, by lab name */
    public static Map<String, Formula> all() {
        Map<String, Formula> m = new LinkedHashMap<>();
        m.put("data", DataFormulas.of(MODEL, CharacteristicRoots.of(MODEL)));
        m.put("fit", FitFormulas.of(fit()));
        for (ArFit.Method method : new ArFit.Method[] {ArFit.Method.MLE, ArFit.Method.YULE_WALKER,
            ArFit.Method.BURG}) {
            m.put("fit-" + method.key(), FitFormulas.of(method.fit(series(300), 2, true)));
        }
        m.put("likelihood", LikelihoodFormulas.of(surface(), 0.3, new double[] {0.1, 0.2, -480.5}));
        double[] y = series(300);
        for (boolean exact : new boolean[] {false, true}) {
            for (boolean intercept : new boolean[] {false, true}) {
                m.put("likelihood-ar1-" + (exact ? "exact" : "conditional") + (intercept ? "-c" : ""),
                        LikelihoodFormulas.of(SurfaceResult.compute(GramMatrix.of(y, 1), y, y.length, 1, 0, 0, exact,
                                intercept, new double[] {0.5}, 1, 11), 0.3, null));
            }
            m.put("likelihood-ar2-" + (exact ? "exact" : "conditional"), LikelihoodFormulas.of(
                    SurfaceResult.compute(GramMatrix.of(y, 2), y, y.length, 2, 0, 1, exact, true, MODEL.phi(), 1, 11),
                    0.3, null));
        }
        m.put("horizon", HorizonFormulas.of(horizon()));
        m.put("kl", KlFormulas.of(kl(), new Estimate(12.31, 0.456, 14.4, 1000), new Estimate(12.5, 0.0789, 2.5,
                1000)));
        m.put("montecarlo", MonteCarloFormulas.of(new GaussianPolynomial(new double[] {1, 1, 1}, 0, 2),
                new Estimate(3.012, 0.0123, 3.9, 100_000), 15.99, 16.0));
        return m;
    }
}
