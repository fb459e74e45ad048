package org.arlab.core.horizon;

import org.arlab.core.random.RandomStreams;

import java.util.function.Function;

import java.util.concurrent.ForkJoinTask;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.PsiWeights;
import org.arlab.core.ar.Simulation;

/**
 * The Horizon lab's experiment (MATH.md, problem 2E). A true model generates n_train + H values; a model is fitted to
 * the first n_train; from the state at the end of training:
 * <ul>
 *   <li>teacher forcing predicts each held-out value from the true past (error variance σ²);</li>
 *   <li>the fitted model generates M free-running rollouts (the fan);</li>
 *   <li>M true continuations measure the mean squared error of predicting h steps ahead with the true model's
 *       conditional mean (theory σ² Σ_{j&lt;h} ψ_j²) and with the fitted model's, which adds its squared bias
 *       (m̂_h − m_h)², the parameter-estimation error.</li>
 * </ul>
 *
 * @param truth the true model
 * @param fitted the model fitted to the training stretch
 * @param series the whole simulated series, training then held out
 * @param nTrain the length of the training stretch
 * @param teacherForced one-step predictions of the held-out values from the true past
 * @param fan the fitted model's free-running rollouts
 * @param trueMean m_h, the true model's conditional mean h steps ahead
 * @param fittedMean m̂_h, the fitted model's conditional mean
 * @param theoryVariance σ² Σ_{j&lt;h} ψ_j² of the true model
 * @param mseTrueModel empirical MSE of m_h against the true continuations
 * @param mseFittedModel empirical MSE of m̂_h against the true continuations
 * @param squaredBias (m̂_h − m_h)²
 * @param oneStepMse empirical mean squared error of the teacher-forced predictions
 */
public record HorizonExperiment(ArModel truth, ArModel fitted, double[] series, int nTrain, double[] teacherForced,
        RolloutSummary fan, double[] trueMean, double[] fittedMean, double[] theoryVariance, double[] mseTrueModel,
        double[] mseFittedModel, double[] squaredBias, double oneStepMse) {

    /** Rollouts × steps from which the true continuations run beside the fan on another core. */
    static final long PARALLEL_FROM = 100_000;

    /**
     * Runs the experiment.
     *
     * @param truth the true model (its order is the fitted order too)
     * @param nTrain training length, more than 2p + 2
     * @param horizon H, 1 to 10 000
     * @param rollouts M, 2 to 10⁶
     * @param keepPaths sample paths of the fan to keep
     * @param fitter fits a model of the truth's order to a training series
     * @param rng the source of every random draw ({@link org.arlab.core.random.RandomStreams#of(long)})
     */
    public static HorizonExperiment run(ArModel truth, int nTrain, int horizon, int rollouts, int keepPaths,
            Function<double[], ArModel> fitter, UniformRandomProvider rng) {
        int p = truth.order();
        if (nTrain <= 2 * p + 2) {
            throw new IllegalArgumentException("Fitting an AR(" + p + ") needs more than " + (2 * p + 2)
                    + " training values, not " + nTrain + ".");
        }
        if (horizon < 1 || horizon > 10_000) {
            throw new IllegalArgumentException("The horizon must be 1 to 10 000 steps, not " + horizon + ".");
        }
        Simulation sim = ArSimulator.simulate(truth, nTrain + horizon, null, rng);
        double[] y = sim.values();
        if (y.length < nTrain + horizon) {
            throw new IllegalArgumentException("The true model is explosive: its series overflowed after "
                    + y.length + " values. Choose a stationary true model.");
        }
        double[] train = java.util.Arrays.copyOf(y, nTrain);
        ArModel fitted = fitter.apply(train);
        double[] stateTrue = java.util.Arrays.copyOfRange(y, nTrain - p, nTrain);
        int q = fitted.order();
        double[] stateFitted = java.util.Arrays.copyOfRange(y, nTrain - q, nTrain);

        double[] teacher = new double[horizon];
        double sq = 0;
        for (int h = 0; h < horizon; h++) {
            int t = nTrain + h;
            double pred = fitted.intercept();
            for (int i = 1; i <= q; i++) {
                pred += fitted.phi(i) * y[t - i];
            }
            teacher[h] = pred;
            sq += (y[t] - pred) * (y[t] - pred);
        }
        // the fan draws from the stream where it is now, the true continuations from a stream of their own (the
        // same one jumped 2⁶⁴ draws ahead), so the two run side by side on two cores with the same numbers whatever
        // the cores; the true continuations' quantiles are not needed, only their mean and variance
        UniformRandomProvider fanRng;
        UniformRandomProvider truthRng;
        if (rng instanceof JumpableUniformRandomProvider j) {
            fanRng = j.jump();
            truthRng = rng;
        } else {
            fanRng = rng;
            truthRng = RandomStreams.of(rng.nextLong());
        }
        ForkJoinTask<RolloutSummary> truthTask = ForkJoinTask.adapt(
                () -> Rollouts.run(truth, stateTrue, horizon, rollouts, 0, truthRng, null, false));
        boolean parallel = (long) rollouts * horizon >= PARALLEL_FROM;
        if (parallel) {
            truthTask.fork();
        }
        RolloutSummary fan = Rollouts.run(fitted, stateFitted, horizon, rollouts, keepPaths, fanRng);
        RolloutSummary truthRuns = parallel ? truthTask.join() : truthTask.invoke();
        double[] m = conditionalMean(truth, stateTrue, horizon);
        double[] mHat = conditionalMean(fitted, stateFitted, horizon);
        double[] mseTrue = new double[horizon];
        double[] mseFitted = new double[horizon];
        double[] bias2 = new double[horizon];
        double shrink = (rollouts - 1.0) / rollouts;
        for (int h = 0; h < horizon; h++) {
            double v = truthRuns.variance()[h] * shrink;
            double dTrue = truthRuns.mean()[h] - m[h];
            double dFit = truthRuns.mean()[h] - mHat[h];
            mseTrue[h] = v + dTrue * dTrue;
            mseFitted[h] = v + dFit * dFit;
            bias2[h] = (mHat[h] - m[h]) * (mHat[h] - m[h]);
        }
        return new HorizonExperiment(truth, fitted, y, nTrain, teacher, fan, m, mHat,
                PsiWeights.errorVariance(truth, horizon), mseTrue, mseFitted, bias2, sq / horizon);
    }

    /** The noise-free recursion from a state (oldest first): the conditional mean 1..H steps ahead. */
    static double[] conditionalMean(ArModel model, double[] state, int horizon) {
        int p = model.order();
        double[] buf = new double[p + horizon];
        System.arraycopy(state, 0, buf, 0, p);
        for (int h = 0; h < horizon; h++) {
            double v = model.intercept();
            for (int i = 1; i <= p; i++) {
                v += model.phi(i) * buf[p + h - i];
            }
            buf[p + h] = Math.max(-ArSimulator.LIMIT, Math.min(ArSimulator.LIMIT, v));
        }
        return java.util.Arrays.copyOfRange(buf, p, p + horizon);
    }
}
