package org.arlab.app.lab.kl;

import java.util.function.BooleanSupplier;

import org.arlab.core.kl.ProcessKl;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.neural.Predictive;
import org.arlab.core.process.SequenceModel;

/**
 * The answer to "how far is the trained model from the truth?" (MATH.md 2C): KL_T(true‖trained) and
 * KL_T(trained‖true) per step by Monte Carlo (the conditional estimator), and the NLL gap on the last 20% of the
 * current series, {@code (1/n′) Σ_t [−log q(x_t|x_<t) + log p(x_t|x_<t)]}: its expectation under the truth is the
 * KL per step from the truth to the trained model (the truth's entropy cancels), so the two should agree up to noise.
 *
 * @param trained the trained model's description
 * @param forward KL_T(true‖trained)
 * @param reverse KL_T(trained‖true)
 * @param horizon T
 * @param gap the NLL gap per step, NaN without a series
 * @param gapSteps n′, the values it averages
 */
record TruthVersusTrained(String trained, Estimate forward, Estimate reverse, int horizon, double gap,
        int gapSteps) {
    static TruthVersusTrained of(SequenceModel truth, SequenceModel trained, String description, double[] x,
            int horizon, long samples, long seed, BooleanSupplier cancelled) {
        ProcessKl f = new ProcessKl(truth, trained, horizon, seed, ProcessKl.cores());
        f.advance(samples, cancelled);
        ProcessKl r = new ProcessKl(trained, truth, horizon, seed + 1, ProcessKl.cores());
        r.advance(samples, cancelled);
        double gap = Double.NaN;
        int n = 0;
        if (x != null) {
            int from = Math.max((int) Math.floor(0.8 * x.length), Math.max(truth.firstConditional(),
                    trained.firstConditional()));
            if (from < x.length) {
                Predictive[] a = truth.conditionals(x, from, x.length);
                Predictive[] b = trained.conditionals(x, from, x.length);
                double sum = 0;
                for (int i = 0; i < a.length; i++) {
                    sum += a[i].logDensity(x[from + i]) - b[i].logDensity(x[from + i]);
                }
                n = a.length;
                gap = sum / n;
            }
        }
        return new TruthVersusTrained(description, f.conditional(), r.conditional(), horizon, gap, n);
    }
}
