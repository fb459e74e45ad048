package org.arlab.app.lab.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.Map;

import org.arlab.app.Background;
import org.arlab.app.Ticker;
import org.arlab.app.lab.data.DataController;
import org.arlab.app.lab.data.DataModel;
import org.arlab.chart.Format;
import org.arlab.core.formula.Tex;
import org.arlab.core.likelihood.GradientAscent;
import org.arlab.core.likelihood.SurfaceResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Likelihood lab's state without a window: the gradient-ascent climb (MATH.md, problem 2A), Play and "Watch it
 * sharpen" on tickers the test ticks by hand, the AR(1) case, the hover value and the sentences. The Data lab's
 * default series (AR(2), φ = (0.5, −0.3), n = 500, seed 42) is computed on the calling thread.
 */
class LikelihoodModelTest {
    /** Tickers that tick only when the test says so. */
    static final class HandTickers implements Ticker.Factory {
        final Map<Double, HandTicker> byPeriod = new HashMap<>();

        @Override
        public Ticker every(double millis, Runnable tick) {
            HandTicker t = new HandTicker(tick);
            byPeriod.put(millis, t);
            return t;
        }
    }

    static final class HandTicker implements Ticker {
        final Runnable tick;
        boolean running;

        HandTicker(Runnable tick) {
            this.tick = tick;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        /** Ticks n times, as the timeline would while it runs. */
        void tick(int n) {
            for (int k = 0; k < n && running; k++) {
                tick.run();
            }
        }
    }

    /** Upper left of the AR(2) map: far from the MLE (0.57, −0.35), inside the grid. */
    private static final double X0 = -1.2;
    private static final double Y0 = 0.7;

    private final HandTickers tickers = new HandTickers();
    private DataModel data;
    private LikelihoodModel model;

    @BeforeEach
    void open() {
        data = new DataModel();
        new DataController(data, new Background("Data", Runnable::run, Runnable::run));
        model = new LikelihoodModel(tickers);
        new LikelihoodController(model, data, new Background("L", Runnable::run, Runnable::run));
    }

    private HandTicker player() {
        return tickers.byPeriod.get(LikelihoodModel.PLAY_MS);
    }

    private HandTicker grower() {
        return tickers.byPeriod.get(LikelihoodModel.GROW_MS);
    }

    private static void assertNeverFalls(double[] l) {
        for (int k = 1; k < l.length; k++) {
            assertThat(l[k]).as("ℓ at step %d", k).isGreaterThanOrEqualTo(l[k - 1] - 1e-9);
        }
    }

    @Test
    void atASmallRateTheLikelihoodNeverDecreases() {
        assertThat(model.eta()).isCloseTo(0.3, offset(1e-12)); // the default η
        assertThat(model.pathInfoProperty().get()).isEqualTo("Click the map to start gradient ascent there.");
        model.startPath(X0, Y0);
        assertThat(model.pathLogLikelihoods()).hasSize(1);
        for (int k = 0; k < 40; k++) {
            assertThat(model.step()).isTrue();
        }
        double[] l = model.pathLogLikelihoods();
        assertThat(l).hasSize(41);
        assertNeverFalls(l);
        assertThat(l[40]).isGreaterThan(l[0]);
        // towards the summit ℓ̂ (the conditional surface's maximum)
        assertThat(l[40]).isLessThanOrEqualTo(model.resultProperty().get().maxLogLik() + 1e-9);
        assertThat(model.pathInfoProperty().get()).isEqualTo("40 steps, ℓ = " + Format.number(l[40])
                + ", climbing steadily.");
        double[][] columns = model.pathProperty().get();
        assertThat(columns[0][0]).isEqualTo(X0);
        assertThat(columns[1][0]).isEqualTo(Y0);
        assertThat(columns[2]).hasSize(41).startsWith(0, 1, 2).endsWith(40);
        assertThat(columns[3]).containsExactly(l);
        assertThat(model.formulaProperty().get().latex()).contains("\\ell = " + Tex.num(l[40]));
    }

    @Test
    void atALargeRateThePathOvershootsAndTheSentenceSaysSo() {
        model.logEtaProperty().set(Math.log10(2.2)); // above 2: each step overshoots by more than it climbed
        model.startPath(X0, Y0);
        for (int k = 0; k < 40; k++) {
            assertThat(model.step()).isTrue();
        }
        double[] l = model.pathLogLikelihoods();
        int falls = 0;
        for (int k = 1; k < l.length; k++) {
            if (l[k] < l[k - 1] - 1e-9) {
                falls++;
            }
        }
        assertThat(falls).isPositive();
        assertThat(model.pathInfoProperty().get()).startsWith("ℓ fell at " + falls + " of 40 steps")
                .contains("Lower η");
    }

    @Test
    void aStepLeavingTheMapIsRefusedAndStopsPlay() {
        model.logEtaProperty().set(7); // η = 10⁷: the first step lands beyond |φ| = 10⁶
        model.startPath(X0, Y0);
        double[][] before = model.pathProperty().get();
        model.play();
        assertThat(model.playingProperty().get()).isTrue();
        player().tick(1);
        assertThat(model.pathLogLikelihoods()).hasSize(1);
        assertThat(model.pathProperty().get()).isSameAs(before);
        assertThat(model.pathInfoProperty().get()).startsWith("The path left the map");
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(player().running).isFalse();
        assertThat(model.step()).isFalse();
        // a smaller η climbs again from the same point
        model.logEtaProperty().set(Math.log10(0.3));
        assertThat(model.step()).isTrue();
        assertThat(model.pathInfoProperty().get()).contains("1 steps", "climbing steadily");
    }

    @Test
    void playTakesAStepAtEveryTickUntilPausedAndStopsAfter500Steps() {
        model.play(); // before a click: Play waits for the path
        player().tick(3);
        assertThat(model.pathLogLikelihoods()).isEmpty();
        assertThat(model.playingProperty().get()).isTrue();
        model.startPath(X0, Y0);
        player().tick(5);
        assertThat(model.pathLogLikelihoods()).hasSize(6);
        model.pause();
        assertThat(player().running).isFalse();
        assertThat(model.playingProperty().get()).isFalse();
        player().tick(5);
        assertThat(model.pathLogLikelihoods()).hasSize(6);
        model.play();
        player().tick(1_000);
        // Play stops by itself: at the top here (110 steps), after 500 steps at the latest
        assertThat(model.pathLogLikelihoods().length).isBetween(50, AscentPath.MAX_STEPS + 1);
        assertThat(model.pathInfoProperty().get()).startsWith("Reached the top");
        assertThat(model.playingProperty().get()).isFalse();
        assertNeverFalls(model.pathLogLikelihoods());
    }

    /**
     * Issue 17: gradient ascent stops when it reaches the top instead of jittering on for 500 steps: at η = 1 (and
     * at η = 1.9, overshooting but converging) Play stops with the top reached, ℓ at the conditional maximum.
     */
    @Test
    void playStopsWhenTheClimbReachesTheTop() {
        for (double eta : new double[] {1.0, 1.9}) {
            model.logEtaProperty().set(Math.log10(eta));
            model.startPath(X0, Y0);
            model.play();
            player().tick(1_000);
            double[] l = model.pathLogLikelihoods();
            assertThat(l.length).as("η = %s", eta).isLessThan(AscentPath.MAX_STEPS + 1);
            assertThat(model.playingProperty().get()).isFalse();
            assertThat(model.pathInfoProperty().get()).as("η = %s", eta).startsWith("Reached the top after "
                    + (l.length - 1) + " steps");
            SurfaceResult r = model.resultProperty().get();
            double top = r.exact() ? l[l.length - 1] : r.maxLogLik();
            assertThat(l[l.length - 1]).isCloseTo(top, org.assertj.core.api.Assertions.within(1e-6));
            // a step at the top is refused: nothing more to climb
            assertThat(model.step()).isFalse();
            assertThat(model.pathLogLikelihoods()).hasSize(l.length);
        }
    }

    /** The share of the map's points inside the 95% likelihood-ratio region. */
    private static double regionShare(SurfaceResult r) {
        double[][] z = r.surface().z();
        double cut = r.maxLogLik() - org.arlab.chart.LikelihoodMapFigure.CHI2_2_95 / 2;
        int in = 0;
        int all = 0;
        for (double[] row : z) {
            for (double v : row) {
                all++;
                if (v >= cut) {
                    in++;
                }
            }
        }
        return in / (double) all;
    }

    /**
     * Issue 17: at n = 10⁵ the map is dark but for a speck (the 95% region a few grid points); zoomed to the MLE it
     * spans ±5 standard errors around φ̂, the region fills a good part of it, and the MLE and its region stay
     * when n changes. Unzoomed, the fixed map comes back.
     */
    @Test
    void theMapZoomsToTheMleWhereALongSeriesLeavesASpeck() {
        data.logNProperty().set(5);
        SurfaceResult wide = model.resultProperty().get();
        assertThat(wide.nUsed()).isEqualTo(100_000);
        assertThat(regionShare(wide)).isLessThan(0.001);
        model.zoomedToMleProperty().set(true);
        SurfaceResult zoomed = model.resultProperty().get();
        double[] xs = zoomed.surface().xs();
        double[] ys = zoomed.surface().ys();
        double sx = Math.sqrt(zoomed.cov()[0][0]);
        double sy = Math.sqrt(zoomed.cov()[1][1]);
        assertThat(xs[0]).isCloseTo(zoomed.mle()[0] - SurfaceResult.ZOOM_SE * sx, offset(1e-9));
        assertThat(xs[xs.length - 1]).isCloseTo(zoomed.mle()[0] + SurfaceResult.ZOOM_SE * sx, offset(1e-9));
        assertThat(ys[0]).isCloseTo(zoomed.mle()[1] - SurfaceResult.ZOOM_SE * sy, offset(1e-9));
        assertThat(zoomed.maxLogLik()).isEqualTo(wide.maxLogLik());
        // a disc of radius √χ²₂ ≈ 2.45 standard errors in a square of ±5: about a fifth of the map
        assertThat(regionShare(zoomed)).isBetween(0.1, 0.4);
        model.zoomedToMleProperty().set(false);
        assertThat(model.resultProperty().get().surface().xs()[0]).isEqualTo(wide.surface().xs()[0]);
    }

    @Test
    void clearRemovesThePath() {
        model.startPath(X0, Y0);
        model.step();
        model.clearPath();
        assertThat(model.pathLogLikelihoods()).isEmpty();
        assertThat(model.pathProperty().get()[0]).isEmpty();
        assertThat(model.pathInfoProperty().get()).isEqualTo(AscentPath.NO_PATH);
        assertThat(model.step()).isFalse();
    }

    @Test
    void aNewSurfaceClimbsFromTheSameStartAndAnAr1HasNoPathButAProfile() {
        model.startPath(X0, Y0);
        model.step();
        model.step();
        double first = model.pathLogLikelihoods()[0];
        model.fractionProperty().set(0.5); // 22 observations: a new surface
        SurfaceResult r = model.resultProperty().get();
        assertThat(r.nUsed()).isEqualTo(22);
        assertThat(model.pathLogLikelihoods()).hasSize(1);
        assertThat(model.pathProperty().get()[0]).containsExactly(X0);
        double[] f = r.base().clone();
        f[0] = X0;
        f[1] = Y0;
        assertThat(model.pathLogLikelihoods()[0]).isEqualTo(GradientAscent.logLikelihood(r.gram(), f, true))
                .isNotEqualTo(first);
        assertThat(model.summaryProperty().get()).startsWith("n = 22 observations; ℓ̂ = ");

        model.play();
        data.orderProperty().set(1);
        SurfaceResult ar1 = model.resultProperty().get();
        assertThat(ar1.i()).isEqualTo(-1);
        assertThat(model.twoCoefficientsProperty().get()).isFalse();
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(model.pathLogLikelihoods()).isEmpty();
        assertThat(model.pathInfoProperty().get()).isEqualTo(LikelihoodModel.AR1_SENTENCE);
        double[] profile = model.profileProperty().get();
        double[] xs = ar1.surface().xs();
        assertThat(profile).hasSize(xs.length);
        assertThat(profile[100]).isEqualTo(GradientAscent.logLikelihood(ar1.gram(), new double[] {xs[100]}, true));
        model.startPath(0.1, 0.2); // no pair of coefficients to climb
        model.play();
        assertThat(model.pathLogLikelihoods()).isEmpty();
        assertThat(model.playingProperty().get()).isFalse();

        data.orderProperty().set(2);
        assertThat(model.twoCoefficientsProperty().get()).isTrue();
        assertThat(model.profileProperty().get()).isNull();
        assertThat(model.pathInfoProperty().get()).isEqualTo(AscentPath.NO_PATH);
    }

    @Test
    void hoverReadsTheMapsLikelihoodAndForAnAr1TheOneAtPhiAndSigma() {
        assertThat(model.hoverProperty().get()).isEqualTo(LikelihoodModel.NO_HOVER);
        SurfaceResult r = model.resultProperty().get();
        model.hover(r.mle()[0], r.mle()[1]);
        assertThat(model.hoverProperty().get()).isEqualTo("(" + Format.number(r.mle()[0]) + ", "
                + Format.number(r.mle()[1]) + "): ℓ = " + Format.number(r.maxLogLik()));
        model.exactProperty().set(true);
        model.hover(0.1, 0.2);
        SurfaceResult exact = model.resultProperty().get();
        assertThat(model.hoverProperty().get()).isEqualTo("(0.1, 0.2): ℓ = " + Format.number(exact.valueAt(0.1, 0.2)));
        double[] f = exact.base().clone();
        f[0] = 0.1;
        f[1] = 0.2;
        assertThat(exact.valueAt(0.1, 0.2)).isEqualTo(org.arlab.core.ar.ExactMle.profileLogLikelihood(exact.head(),
                exact.gram(), f, exact.exactMean()));
        model.exactProperty().set(false);
        data.orderProperty().set(1);
        SurfaceResult ar1 = model.resultProperty().get();
        model.hover(ar1.mle()[0], ar1.mle()[1]);
        assertThat(model.hoverProperty().get()).endsWith("ℓ = " + Format.number(ar1.maxLogLik()));
    }

    @Test
    void sharpeningGrowsNFromAFewValuesToAll() {
        model.sharpen();
        assertThat(model.fractionProperty().get()).isZero();
        assertThat(model.growingProperty().get()).isTrue();
        assertThat(model.resultProperty().get().nUsed()).isEqualTo(20);
        grower().tick(50);
        assertThat(model.fractionProperty().get()).isCloseTo(0.5, offset(1e-9));
        grower().tick(1_000);
        assertThat(model.fractionProperty().get()).isEqualTo(1.0);
        assertThat(model.growingProperty().get()).isFalse();
        assertThat(grower().running).isFalse();
        assertThat(model.resultProperty().get().nUsed()).isEqualTo(500);
    }

    @Test
    void aSessionsPathIsClimbedAgainFromItsStart() {
        model.startPath(X0, Y0);
        for (int k = 0; k < 12; k++) {
            assertThat(model.step()).isTrue();
        }
        double[][] climbed = model.pathProperty().get();
        org.arlab.core.session.LikelihoodSettings saved = model.settings();
        assertThat(saved.ascent()).isEqualTo(new org.arlab.core.session.LikelihoodSettings.Ascent(true, X0, Y0, 12));

        // a new lab opened on that session: the choices first, then the surface arrives
        DataModel data2 = new DataModel();
        LikelihoodModel again = new LikelihoodModel(new HandTickers());
        again.apply(saved);
        assertThat(again.settings()).isEqualTo(saved); // before any surface, the session's path is kept as asked
        new DataController(data2, new Background("Data", Runnable::run, Runnable::run));
        new LikelihoodController(again, data2, new Background("L", Runnable::run, Runnable::run));
        double[][] replayed = again.pathProperty().get();
        for (int c = 0; c < 4; c++) {
            assertThat(replayed[c]).as("column " + c).containsExactly(climbed[c]);
        }
        assertThat(again.settings()).isEqualTo(saved);

        // applying a session on a lab already showing a surface climbs at once; a session without a path clears it
        model.clearPath();
        model.apply(saved);
        assertThat(model.pathProperty().get()[0]).containsExactly(climbed[0]);
        model.apply(org.arlab.core.session.LikelihoodSettings.DEFAULT);
        assertThat(model.pathProperty().get()[0]).isEmpty();
        assertThat(model.settings().ascent()).isEqualTo(org.arlab.core.session.LikelihoodSettings.Ascent.NONE);

        // the user's own click ends the replay: the path is theirs again
        model.apply(saved);
        model.startPath(0.1, -0.1);
        assertThat(model.settings().ascent()).isEqualTo(
                new org.arlab.core.session.LikelihoodSettings.Ascent(true, 0.1, -0.1, 0));
    }

    /**
     * Issue 17, item 7: for an AR(1) the exact box was ignored (title, map and formulas stayed conditional), the legend
     * listed the triangle, parabola and ascent it does not draw, and the map said "c and σ² profiled out" with σ an axis.
     */
    @Test
    void anAr1MapFollowsTheExactBoxAndSaysWhatItShows() {
        data.orderProperty().set(1);
        assertThat(model.descriptionProperty().get()).isEqualTo(LikelihoodModel.MAP_OVER_PHI_SIGMA)
                .doesNotContain("σ² profiled out");
        model.exactProperty().set(true);
        SurfaceResult r = model.resultProperty().get();
        assertThat(r.i()).isEqualTo(-1);
        assertThat(r.exact()).isTrue();
        double[] y = data.resultProperty().get().values();
        org.arlab.core.ar.ArFit mle = org.arlab.core.ar.ExactMle.fit(y, 1, true);
        assertThat(r.maxLogLik()).isEqualTo(mle.logLikelihood());
        assertThat(r.mle()).containsExactly(mle.phi()[0], Math.sqrt(mle.sigma2()));
        double scale = Math.abs(mle.logLikelihood());
        // the exact ℓ at the MLE is the MLE's ℓ, and no grid point is higher
        assertThat(r.valueAt(r.mle()[0], r.mle()[1])).isCloseTo(mle.logLikelihood(), offset(1e-9 * scale));
        assertThat(r.surface().max()).isLessThanOrEqualTo(mle.logLikelihood() + 1e-9 * scale)
                .isGreaterThan(mle.logLikelihood() - 1);
        assertThat(r.valueAt(1.01, 1)).isEqualTo(Double.NEGATIVE_INFINITY);
        double[] profile = model.profileProperty().get();
        double best = java.util.Arrays.stream(profile).max().orElseThrow();
        assertThat(best).isLessThanOrEqualTo(mle.logLikelihood() + 1e-9 * scale)
                .isGreaterThan(mle.logLikelihood() - 1);
        assertThat(model.descriptionProperty().get()).isEqualTo(LikelihoodModel.MAP_OVER_PHI_SIGMA_EXACT);
        assertThat(model.formulaProperty().get().latex()).contains("\\log(1 - \\varphi_1^2)", "n = 500")
                .doesNotContain("\\nabla");
        model.hover(r.mle()[0], r.mle()[1]);
        assertThat(model.hoverProperty().get()).endsWith("ℓ = " + Format.number(mle.logLikelihood()));
        org.arlab.chart.LikelihoodMapFigure map = new org.arlab.chart.LikelihoodMapFigure(
                org.arlab.chart.ChartStyle.of(false, 1f));
        LikelihoodView.draw(map, r);
        assertThat(map.chart().getTitle().getText()).startsWith("Exact log-likelihood");
        assertThat(map.legendLabels()).doesNotContain("stationarity triangle", "φ₁² + 4φ₂ = 0 (complex roots below)",
                "gradient ascent", "95% Wald ellipse").contains("MLE φ̂");
    }

    /**
     * Issue 17, item 8: a map click only set the start (the README says it starts gradient ascent), and before any
     * step the sentence said "climbing steadily".
     */
    @Test
    void aClickClimbsFromThereAndBeforeAStepTheSentenceSaysWhereItStarts() {
        model.startPath(X0, Y0);
        double l0 = model.pathLogLikelihoods()[0];
        assertThat(model.pathInfoProperty().get()).isEqualTo("Starts at (−1.2, 0.7), ℓ = " + Format.number(l0)
                + ": Step climbs once, Play until the top.").doesNotContain("climbing steadily");
        model.clearPath();
        model.climbFrom(X0, Y0);
        assertThat(model.playingProperty().get()).isTrue();
        player().tick(5);
        assertThat(model.pathLogLikelihoods()).hasSize(6);
        assertThat(model.pathInfoProperty().get()).contains("5 steps", "climbing steadily");
    }

    /** Issue 17, item 8: the default η = 0.3 diverged on the AR(2) pseudo-cycles preset (λ = 16 there). */
    @Test
    void theDefaultRateClimbsThePseudoCyclesPresetToo() {
        data.apply(org.arlab.app.lab.data.Preset.ALL.stream().filter(p -> p.name().startsWith("AR(2) pseudo"))
                .findFirst().orElseThrow());
        SurfaceResult r = model.resultProperty().get();
        assertThat(r.curvature()).isGreaterThan(10); // against about 1.8 for the default series
        model.climbFrom(0, 0);
        player().tick(1_000);
        double[] l = model.pathLogLikelihoods();
        // it climbs until the top is reached (477 steps), then stops there
        assertThat(l.length).isBetween(100, AscentPath.MAX_STEPS + 1);
        assertThat(model.pathInfoProperty().get()).startsWith("Reached the top");
        assertNeverFalls(l);
        double[][] path = model.pathProperty().get();
        assertThat(path[0][l.length - 1]).isCloseTo(r.mle()[0], offset(0.01));
        assertThat(path[1][l.length - 1]).isCloseTo(r.mle()[1], offset(0.01));
        assertThat(model.formulaProperty().get().latex()).contains("\\lambda = " + org.arlab.core.formula.Tex.num(
                r.curvature()));
    }

    /** Issue 17, Rough: the hover line went stale when the surface changed, and the n field said "83%". */
    @Test
    void theHoverLineFollowsANewSurfaceAndTheSliderCountsObservations() {
        model.hover(0.1, 0.2);
        String before = model.hoverProperty().get();
        model.fractionProperty().set(0.5); // 22 observations: another surface
        SurfaceResult r = model.resultProperty().get();
        assertThat(model.hoverProperty().get()).isNotEqualTo(before)
                .isEqualTo("(0.1, 0.2): ℓ = " + Format.number(r.valueAt(0.1, 0.2)));
        assertThat(model.observationsUsed(0.5)).isEqualTo(22).isEqualTo(r.nUsed());
        assertThat(model.observationsUsed(1)).isEqualTo(500);
        assertThat(model.observationsUsed(model.fractionFor(22))).isEqualTo(22);
        data.orderProperty().set(1); // (φ₁, σ): the old point means something else
        assertThat(model.hoverProperty().get()).isEqualTo(LikelihoodModel.NO_HOVER);
    }
}
