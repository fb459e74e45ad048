package org.arlab.core.process;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import org.arlab.core.neural.Predictive;

/**
 * A regime-switching AR(1) (Hamilton 1989; MATH.md, problem 3): a hidden two-state Markov chain s_t picks which of
 * two AR(1)s makes the next value, {@code x_t = c_k + φ_k x_{t−1} + σ_k ε_t} with k = s_t. The chain stays in regime k
 * with probability {@code stay_k}; s_0 is drawn from the chain's stationary law and {@code x_0 | s_0 = k} from regime
 * k's stationary normal {@code N(c_k/(1 − φ_k), σ_k²/(1 − φ_k²))}.
 * <p>
 * The exact conditional {@code p(x_t | x_<t)} is a mixture of two Gaussians, computed by the forward algorithm: with
 * the filtered law {@code α_{t−1}(j) = P(s_{t−1} = j | x_<t)}, the predicted weights are
 * {@code w_k = Σ_j α_{t−1}(j) P_{jk}}, the conditional is {@code Σ_k w_k N(c_k + φ_k x_{t−1}, σ_k²)}, and
 * {@code α_t(k) ∝ w_k N_k(x_t)} (normalised at every step, so nothing underflows).
 *
 * @param c the intercepts c_1, c_2
 * @param phi the slopes φ_1, φ_2, each |φ| &lt; 1
 * @param sigma the noise σ_1, σ_2 &gt; 0
 * @param stay P(s_t = k | s_{t−1} = k), each in (0, 1)
 */
public record RegimeSwitchingAr(double[] c, double[] phi, double[] sigma, double[] stay) implements SequenceModel {
    /** The lab's default: regime 1 around +2.5, regime 2 around −2.5, σ = 0.3, each kept with probability 0.95. */
    public static final RegimeSwitchingAr DEFAULT = new RegimeSwitchingAr(new double[] {1, -1},
            new double[] {0.6, 0.6}, new double[] {0.3, 0.3}, new double[] {0.95, 0.95});

    /** Validates and copies. */
    public RegimeSwitchingAr {
        if (c == null || phi == null || sigma == null || stay == null || c.length != 2 || phi.length != 2
                || sigma.length != 2 || stay.length != 2) {
            throw new IllegalArgumentException("A regime-switching AR needs c, φ, σ and the staying probability for "
                    + "each of two regimes.");
        }
        for (int k = 0; k < 2; k++) {
            if (!Double.isFinite(c[k]) || !(Math.abs(phi[k]) < 1) || !(sigma[k] > 0) || Double.isInfinite(sigma[k])
                    || !(stay[k] > 0 && stay[k] < 1)) {
                throw new IllegalArgumentException("Regime " + (k + 1) + " needs a finite c, |φ| < 1, σ > 0 and a "
                        + "staying probability in (0, 1).");
            }
        }
        c = c.clone();
        phi = phi.clone();
        sigma = sigma.clone();
        stay = stay.clone();
    }

    @Override
    public double[] c() {
        return c.clone();
    }

    @Override
    public double[] phi() {
        return phi.clone();
    }

    @Override
    public double[] sigma() {
        return sigma.clone();
    }

    @Override
    public double[] stay() {
        return stay.clone();
    }

    /** @return P(s = k) under the chain's stationary law: π_1 = (1 − stay_2)/(2 − stay_1 − stay_2) */
    public double[] stationary() {
        double leave1 = 1 - stay[0];
        double leave2 = 1 - stay[1];
        return new double[] {leave2 / (leave1 + leave2), leave1 / (leave1 + leave2)};
    }

    /** @return P(s_t = k | s_{t−1} = j) at [j][k] */
    public double transition(int j, int k) {
        return j == k ? stay[j] : 1 - stay[j];
    }

    /** @return the mean of regime k's stationary normal, c_k/(1 − φ_k) */
    public double regimeMean(int k) {
        return c[k] / (1 - phi[k]);
    }

    /** @return the sd of regime k's stationary normal, σ_k/√(1 − φ_k²) */
    public double regimeSd(int k) {
        return sigma[k] / Math.sqrt(1 - phi[k] * phi[k]);
    }

    @Override
    public String name() {
        return "regime-switching AR(1)";
    }

    @Override
    public double[] sample(int n, UniformRandomProvider rng) {
        return sampleWithRegimes(n, rng)[0];
    }

    /**
     * Draws the series and its hidden regimes: per step one {@code nextDouble()} for the regime, then one ziggurat
     * normal for the value.
     *
     * @return {x_0..x_{n−1}, s_0..s_{n−1}} (the regimes as 0 or 1)
     */
    public double[][] sampleWithRegimes(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("Draw at least one value, not " + n + ".");
        }
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[n];
        double[] s = new double[n];
        int k = rng.nextDouble() < stationary()[0] ? 0 : 1;
        x[0] = regimeMean(k) + regimeSd(k) * gauss.sample();
        s[0] = k;
        for (int t = 1; t < n; t++) {
            k = rng.nextDouble() < stay[k] ? k : 1 - k;
            x[t] = c[k] + phi[k] * x[t - 1] + sigma[k] * gauss.sample();
            s[t] = k;
        }
        return new double[][] {x, s};
    }

    @Override
    public int firstConditional() {
        return 0;
    }

    @Override
    public Predictive[] conditionals(double[] x, int from, int to) {
        if (from < 0 || from > to || to > x.length) {
            throw new IllegalArgumentException("Targets " + from + ".." + (to - 1) + " are outside 0.." + (x.length - 1)
                    + ".");
        }
        Predictive[] out = new Predictive[to - from];
        double[] alpha = null;
        for (int t = 0; t < to; t++) {
            Predictive p = predictive(alpha, x, t);
            if (t >= from) {
                out[t - from] = p;
            }
            alpha = filter(p, x[t]);
        }
        return out;
    }

    /** @return the filtered law P(s_t = k | x_0..x_t) for t = 0..n−1, at [t][k] (the forward algorithm) */
    public double[][] filtered(double[] x) {
        double[][] out = new double[x.length][];
        double[] alpha = null;
        for (int t = 0; t < x.length; t++) {
            alpha = filter(predictive(alpha, x, t), x[t]);
            out[t] = alpha;
        }
        return out;
    }

    /** @return log p(x_0..x_{n−1}), the sum of the log conditionals */
    public double logLikelihood(double[] x) {
        double sum = 0;
        Predictive[] ps = conditionals(x, 0, x.length);
        for (int t = 0; t < x.length; t++) {
            sum += ps[t].logDensity(x[t]);
        }
        return sum;
    }

    /** The conditional of x_t from the filtered law at t − 1 (null at t = 0: the stationary start). */
    private Predictive predictive(double[] alpha, double[] x, int t) {
        if (t == 0) {
            return Predictive.mixture(stationary(), new double[] {regimeMean(0), regimeMean(1)},
                    new double[] {regimeSd(0), regimeSd(1)});
        }
        double[] w = new double[2];
        for (int k = 0; k < 2; k++) {
            w[k] = alpha[0] * transition(0, k) + alpha[1] * transition(1, k);
        }
        double sum = w[0] + w[1];
        w[0] /= sum;
        w[1] = 1 - w[0];
        double prev = x[t - 1];
        return Predictive.mixture(w, new double[] {c[0] + phi[0] * prev, c[1] + phi[1] * prev}, sigma.clone());
    }

    /** α_t(k) ∝ w_k N_k(x_t): the components' responsibilities for the observed value, by log-sum-exp. */
    private static double[] filter(Predictive p, double value) {
        double[] w = p.weights();
        double[] mu = p.means();
        double[] sd = p.sds();
        double[] lp = new double[2];
        for (int k = 0; k < 2; k++) {
            double r = (value - mu[k]) / sd[k];
            lp[k] = (w[k] > 0 ? Math.log(w[k]) : Double.NEGATIVE_INFINITY) - Math.log(sd[k]) - 0.5 * r * r;
        }
        double m = Math.max(lp[0], lp[1]);
        double a0 = Math.exp(lp[0] - m);
        double a1 = Math.exp(lp[1] - m);
        return new double[] {a0 / (a0 + a1), a1 / (a0 + a1)};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegimeSwitchingAr r && java.util.Arrays.equals(r.c, c)
                && java.util.Arrays.equals(r.phi, phi) && java.util.Arrays.equals(r.sigma, sigma)
                && java.util.Arrays.equals(r.stay, stay);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(c) * 31 + java.util.Arrays.hashCode(phi);
    }

    @Override
    public String toString() {
        return "RegimeSwitchingAr(c = " + java.util.Arrays.toString(c) + ", φ = " + java.util.Arrays.toString(phi)
                + ", σ = " + java.util.Arrays.toString(sigma) + ", stay = " + java.util.Arrays.toString(stay) + ")";
    }
}
