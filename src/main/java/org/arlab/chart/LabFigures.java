package org.arlab.chart;

import org.apache.commons.rng.simple.RandomSource;
import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.Forecast;
import org.arlab.core.ar.OrderChoice;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.GramMatrix;
import org.arlab.core.ar.LeastSquaresFit;
import org.arlab.core.horizon.HorizonExperiment;
import org.arlab.core.kl.KlExact;
import org.arlab.core.likelihood.SurfaceResult;
import org.arlab.core.montecarlo.GaussianPolynomial;
import org.arlab.core.montecarlo.PolynomialMonteCarlo;
import org.arlab.core.montecarlo.Trace;
import org.arlab.core.ar.Simulation;
import org.arlab.core.session.DataScenario;
import org.arlab.core.session.FitSettings;
import org.arlab.core.session.HorizonSettings;
import org.arlab.core.session.KlSettings;
import org.arlab.core.session.McSettings;
import org.arlab.core.session.Session;

/**
 * The main figure of each lab for a session, built headless: what {@code arlab export} writes and what the window
 * shows for the same parameters.
 */
public final class LabFigures {
    private LabFigures() {
    }

    /** The labs, by the names the command line uses. */
    public enum LabName {
        /** Data lab. */
        DATA,
        /** Fit lab. */
        FIT,
        /** Likelihood lab. */
        LIKELIHOOD,
        /** Horizon lab. */
        HORIZON,
        /** KL lab. */
        KL,
        /** Monte Carlo lab. */
        MONTECARLO
    }

    /**
     * @return the lab's main figure for the session: Data, Fit and Likelihood on the session's series (loaded or
     *     generated), Horizon, KL and Monte Carlo with their own parameters and seeds
     */
    public static org.jfree.chart.JFreeChart main(LabName lab, Session session, ChartStyle style) {
        return switch (lab) {
            case DATA -> data(session, style).chart();
            case FIT -> fit(session, style).chart();
            case LIKELIHOOD -> likelihood(session, style).chart();
            case HORIZON -> horizon(session, style).chart();
            case KL -> kl(session, style).chart();
            case MONTECARLO -> monteCarlo(session, style).chart();
        };
    }

    /** The session's series: the loaded one, else the Data lab's generated one. */
    static double[] series(Session session) {
        if (session.loaded() != null) {
            return session.loaded().values();
        }
        return simulate(session.data()).values();
    }

    /** The Data lab's generated series for its parameters. */
    private static Simulation simulate(DataScenario d) {
        return ArSimulator.simulate(d.model(), d.n(), d.initialOldestFirst(),
                RandomSource.XO_RO_SHI_RO_128_PP.create(d.seed()));
    }

    private static String seriesName(Session session) {
        return session.loaded() != null ? session.loaded().name() : "generated AR(" + session.data().model().order() + ")";
    }

    /**
     * The Fit lab's main figure: the series, its one-step predictions and an h-step forecast, by the session's
     * method, with its fixed order or the one AIC/BIC picks (at the default: least squares, AR(2), h = 20).
     */
    public static ForecastFigure fit(Session session, ChartStyle style) {
        double[] y = series(session);
        FitSettings f = session.fit();
        OrderChoice choice = f.orderMode();
        int p = choice == OrderChoice.FIXED ? f.order() : choice.compare(y, f.maxOrder(), f.intercept()).order();
        ArFit fit = f.method().fit(y, p, f.intercept());
        ForecastFigure figure = new ForecastFigure(style);
        figure.show(seriesName(session), y, fit.predictions(y), p, f.method().label(),
                Forecast.of(fit.model(), y, f.horizon()));
        return figure;
    }

    /** The Likelihood lab's main figure: the conditional log-likelihood over (φ₁, φ₂) of an AR(2) fit. */
    public static LikelihoodMapFigure likelihood(Session session, ChartStyle style) {
        double[] y = series(session);
        double[] truthPhi = session.loaded() == null ? session.data().model().phi() : null;
        double truthSigma = session.loaded() == null ? session.data().model().sigma() : Double.NaN;
        SurfaceResult r = SurfaceResult.compute(GramMatrix.of(y, 2), y, y.length, 2, 0, 1, false, true, truthPhi,
                truthSigma, 200);
        LikelihoodMapFigure figure = new LikelihoodMapFigure(style);
        figure.setAxes("φ₁", "φ₂", true);
        figure.showSurface("Conditional log-likelihood of an AR(2), " + seriesName(session) + ", n = "
                + Format.count(y.length), r.surface().xs(), r.surface().ys(), r.surface().z(), r.maxLogLik());
        figure.showPoints(r.truth(), r.mle(), r.cov());
        return figure;
    }

    /**
     * The Horizon lab's main figure: the fitted model's rollouts fanning out beside the truth and the theory, for the
     * session's true model, n_train, H, M and seed.
     */
    public static FanChartFigure horizon(Session session, ChartStyle style) {
        HorizonSettings hs = session.horizon();
        ArModel truth = hs.truth().model();
        int p = truth.order();
        HorizonExperiment e = HorizonExperiment.run(truth, pow10(hs.logTrain()), pow10(hs.logHorizon()),
                pow10(hs.logRollouts()), 5, y -> LeastSquaresFit.fit(y, p), hs.seed());
        FanChartFigure fan = new FanChartFigure(style);
        fan.show(e, FanChartFigure.HISTORY);
        return fan;
    }

    /** The KL lab's main figure: KL_T both ways against T with the rate lines, for the session's p, q and T. */
    public static KlCurveFigure kl(Session session, ChartStyle style) {
        KlSettings k = session.kl();
        KlCurveFigure figure = new KlCurveFigure(style);
        figure.show(KlExact.of(k.p().model(), k.q().model(), pow10(k.logHorizon())));
        return figure;
    }

    /**
     * The Monte Carlo lab's main figure: the running estimate of E f(x) for the session's f, μ, s², seed and largest M
     * (at the default, E[x² + x + 1], x ~ N(0, 2), over 10⁵ samples).
     */
    public static RunningEstimateFigure monteCarlo(Session session, ChartStyle style) {
        McSettings m = session.monteCarlo();
        double[] a = java.util.Arrays.copyOf(m.coefficients(), m.degree() + 1);
        PolynomialMonteCarlo mc = new PolynomialMonteCarlo(new GaussianPolynomial(a, m.mu(), m.variance()),
                m.sampling().seed());
        mc.advance(Math.round(Math.pow(10, m.sampling().logMaxSamples())), () -> false);
        Trace t = mc.trace();
        RunningEstimateFigure figure = new RunningEstimateFigure("Running estimate of E f(x) with its 95% band",
                "E f(x)", "exact", new String[] {"(1/M) Σ f(xₘ) ± 1.96·se"}, style);
        figure.setExact(mc.polynomial().mean());
        figure.show(0, t.counts(), t.means(), t.stdErrors());
        return figure;
    }

    private static int pow10(double exponent) {
        return (int) Math.round(Math.pow(10, exponent));
    }

    /** The Data lab's series figure: the loaded series if there is one, else the generated one. */
    public static SeriesFigure data(Session session, ChartStyle style) {
        SeriesFigure figure = new SeriesFigure(style);
        if (session.loaded() != null) {
            figure.show(session.loaded().name() + ", n = " + Format.count(session.loaded().length()),
                    session.loaded().values(), 1, Double.NaN);
            return figure;
        }
        DataScenario d = session.data();
        Simulation sim = simulate(d);
        figure.show(SeriesFigure.title(d.model(), sim.values().length, d.seed()), sim.values(), 1,
                sim.stationary() ? d.model().mean() : Double.NaN);
        return figure;
    }
}
