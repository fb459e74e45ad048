package org.arlab.app.lab.montecarlo;

import org.arlab.core.random.RandomStreams;

import org.arlab.app.Background;
import org.arlab.app.PacedLoop;
import org.arlab.core.montecarlo.GaussianPolynomial;
import org.arlab.core.montecarlo.PolynomialMonteCarlo;

/** Restarts the estimate whenever f, μ, s² or the seed move; samples then arrive batch after batch. */
public final class McController {
    private final McModel model;
    private final PacedLoop<PolynomialMonteCarlo, McSnapshot> loop;

    /**
     * @param model the lab's model
     * @param runner the lab's background runner
     */
    public McController(McModel model, Background runner) {
        this.model = model;
        this.loop = new PacedLoop<>(runner, (mc, n, cancelled) -> mc.advance(n, cancelled),
                PolynomialMonteCarlo::count, mc -> new McSnapshot(mc.polynomial(), mc.polynomial().mean(),
                        mc.polynomial().variance(), mc.estimate(), mc.biasedVariance(), mc.unbiasedVariance(),
                        mc.trace(), mc.histogram(), mc.histogramRange(), model.sampling().maxSamples()),
                model::publish, e -> model.say(e.getMessage()));
        model.degreeProperty().addListener((o, a, b) -> restart());
        for (int k = 0; k <= McModel.MAX_DEGREE; k++) {
            model.coefficientProperty(k).addListener((o, a, b) -> restart());
        }
        model.muProperty().addListener((o, a, b) -> restart());
        model.varianceProperty().addListener((o, a, b) -> restart());
        model.sampling().drive(loop, this::restart);
        restart();
    }

    /** Starts again from M = 0 with the current parameters. */
    public void restart() {
        GaussianPolynomial f;
        try {
            f = model.polynomial();
        } catch (IllegalArgumentException e) {
            model.say(e.getMessage());
            return;
        }
        model.say("");
        loop.start(new PolynomialMonteCarlo(f, RandomStreams.of(model.sampling().seedProperty().get())),
                model.sampling().maxSamples());
    }

    /** @return the sampling loop (pause, resume) */
    public PacedLoop<PolynomialMonteCarlo, McSnapshot> loop() {
        return loop;
    }
}
