package org.arlab.core.neural;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A mixture-density head (MATH.md, problem 3; Bishop 1994): from a feature vector h of size D,
 * {@code π = softmax(W h + b)}, {@code μ_c = v_cᵀ h + b'_c}, {@code σ_c = exp(u_cᵀ h + d_c)}, and
 * {@code p(x | h) = Σ_c π_c N(x; μ_c, σ_c²)}. The negative log-likelihood is computed by log-sum-exp, never by
 * exponentiating first; with the responsibilities {@code γ_c = π_c N_c / Σ_j π_j N_j} its gradients are
 * {@code π_c − γ_c} for the softmax inputs, {@code γ_c (μ_c − x)/σ_c²} for μ_c and {@code γ_c (1 − (x − μ_c)²/σ_c²)}
 * for log σ_c (Bishop, PRML eqs 5.155–5.157; MATH.md prints the first as γ_c − π_c, the gradient of the
 * log-likelihood rather than of the NLL). With C = 1 it is the Gaussian NLL of problem 2 exactly.
 * <p>
 * Its 3C(D + 1) parameters are three blocks of C(D + 1), for the softmax inputs, the means and the log σ, each laid
 * out input-major (the weight from h_i to component c at {@code i·C + c}) followed by the C biases. Weights are
 * Glorot-uniform (fan in D, fan out C); the softmax and log σ biases start at 0 and the mean biases spread evenly over
 * (−1, 1), {@code b'_c = −1 + (2c + 1)/C}, so the components start apart.
 */
public final class MixtureHead implements Head {
    private final int inputs;
    private final int components;
    private final int offset;
    private final int block;

    private MixtureHead(int inputs, int components, int offset) {
        this.inputs = inputs;
        this.components = components;
        this.offset = offset;
        this.block = components * (inputs + 1);
    }

    /**
     * @param inputs D ≥ 1
     * @param components C ≥ 1
     * @param offset where its parameters start
     * @throws IllegalArgumentException for a size below 1 or a negative offset
     */
    public static MixtureHead of(int inputs, int components, int offset) {
        if (inputs < 1 || components < 1 || offset < 0) {
            throw new IllegalArgumentException("A mixture head needs at least one input and one component and an "
                    + "offset of 0 or more, not D = " + inputs + ", C = " + components + ", offset " + offset + ".");
        }
        return new MixtureHead(inputs, components, offset);
    }

    @Override
    public int inputs() {
        return inputs;
    }

    /** @return C */
    public int components() {
        return components;
    }

    @Override
    public int offset() {
        return offset;
    }

    /** @return 3C(D + 1) */
    @Override
    public int size() {
        return 3 * block;
    }

    @Override
    public int workSize() {
        return 6 * components + 2;
    }

    @Override
    public void initialise(double[] theta, UniformRandomProvider rng) {
        int c = components;
        for (int k = 0; k < 3; k++) {
            int o = offset + k * block;
            Glorot.fill(theta, o, inputs * c, inputs, c, rng);
            for (int j = 0; j < c; j++) {
                theta[o + inputs * c + j] = k == 1 ? -1 + (2.0 * j + 1) / c : 0.0;
            }
        }
    }

    /** Writes the softmax inputs a, the means μ and the log σ into work[0..3C), the three blocks in one pass. */
    private void outputs(double[] theta, double[] h, int hOff, double[] work) {
        int c = components;
        int o0 = offset;
        int o1 = offset + block;
        int o2 = offset + 2 * block;
        int bias = inputs * c;
        System.arraycopy(theta, o0 + bias, work, 0, c);
        System.arraycopy(theta, o1 + bias, work, c, c);
        System.arraycopy(theta, o2 + bias, work, 2 * c, c);
        // one component at a time down the inputs (stride C): long loops, three sums at once
        for (int j = 0; j < c; j++) {
            double a = work[j];
            double mu = work[c + j];
            double ls = work[2 * c + j];
            for (int i = 0, at = j; i < inputs; i++, at += c) {
                double hi = h[hOff + i];
                a += theta[o0 + at] * hi;
                mu += theta[o1 + at] * hi;
                ls += theta[o2 + at] * hi;
            }
            work[j] = a;
            work[c + j] = mu;
            work[2 * c + j] = ls;
        }
    }

    /**
     * From the outputs in work[0..3C): work[3C + j] = exp(a_j − max a) (their sum is returned in work[6C]),
     * work[4C + j] = 1/σ_j² = exp(−2 log σ_j), work[5C + j] = exp(lp_j − max lp) with
     * {@code lp_j = log π_j + log N(x; μ_j, σ_j²)} (their sum in work[6C + 1]); returns {@code log Σ_j exp(lp_j)},
     * the log-likelihood, by log-sum-exp. 3C exponentials and two logarithms in all.
     */
    private double logLikelihood(double x, double[] work) {
        int c = components;
        double maxA = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            maxA = Math.max(maxA, work[j]);
        }
        double sumA = 0;
        for (int j = 0; j < c; j++) {
            double e = Math.exp(work[j] - maxA);
            work[3 * c + j] = e;
            sumA += e;
        }
        double lseA = maxA + Math.log(sumA);
        double maxLp = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            double s = work[2 * c + j];
            double r = x - work[c + j];
            double inv = Math.exp(-2 * s);
            work[4 * c + j] = inv;
            double lp = (work[j] - lseA) + (-HALF_LOG_2PI - s - 0.5 * (r * r * inv));
            work[5 * c + j] = lp;
            maxLp = Math.max(maxLp, lp);
        }
        work[6 * c] = sumA;
        if (maxLp == Double.NEGATIVE_INFINITY || maxLp == Double.POSITIVE_INFINITY || Double.isNaN(maxLp)) {
            work[6 * c + 1] = Double.NaN;
            return maxLp;
        }
        double sum = 0;
        for (int j = 0; j < c; j++) {
            double e = Math.exp(work[5 * c + j] - maxLp);
            work[5 * c + j] = e;
            sum += e;
        }
        work[6 * c + 1] = sum;
        return maxLp + Math.log(sum);
    }

    @Override
    public double nll(double[] theta, double[] h, int hOff, double x, double[] work) {
        outputs(theta, h, hOff, work);
        return -logLikelihood(x, work);
    }

    @Override
    public double nllGradient(double[] theta, double[] h, int hOff, double x, double weight, double[] grad,
            double[] dh, int dOff, double[] work) {
        int c = components;
        outputs(theta, h, hOff, work);
        double ll = logLikelihood(x, work);
        double perPi = 1 / work[6 * c];
        double perGamma = 1 / work[6 * c + 1];
        for (int j = 0; j < c; j++) {
            double gamma = work[5 * c + j] * perGamma;
            double pi = work[3 * c + j] * perPi;
            double inv = work[4 * c + j];
            double r = x - work[c + j];
            work[j] = weight * (pi - gamma);
            work[c + j] = -weight * gamma * r * inv;
            work[2 * c + j] = weight * gamma * (1 - r * r * inv);
        }
        int o0 = offset;
        int o1 = offset + block;
        int o2 = offset + 2 * block;
        int bias = inputs * c;
        for (int j = 0; j < c; j++) {
            grad[o0 + bias + j] += work[j];
            grad[o1 + bias + j] += work[c + j];
            grad[o2 + bias + j] += work[2 * c + j];
        }
        for (int j = 0; j < c; j++) {
            double g0 = work[j];
            double g1 = work[c + j];
            double g2 = work[2 * c + j];
            for (int i = 0, at = j; i < inputs; i++, at += c) {
                double hi = h[hOff + i];
                grad[o0 + at] += g0 * hi;
                grad[o1 + at] += g1 * hi;
                grad[o2 + at] += g2 * hi;
                dh[dOff + i] += theta[o0 + at] * g0 + theta[o1 + at] * g1 + theta[o2 + at] * g2;
            }
        }
        return -ll;
    }

    @Override
    public Predictive predictive(double[] theta, double[] h, int hOff) {
        int c = components;
        double[] work = new double[3 * c];
        outputs(theta, h, hOff, work);
        double lse = logSumExp(work, 0, c);
        double[] pi = new double[c];
        double[] mu = new double[c];
        double[] sd = new double[c];
        for (int j = 0; j < c; j++) {
            pi[j] = Math.exp(work[j] - lse);
            mu[j] = work[c + j];
            sd[j] = Math.exp(work[2 * c + j]);
        }
        return Predictive.mixture(pi, mu, sd);
    }

    /** @return log Σ_{i &lt; n} exp(v[off + i]), by the largest term first */
    static double logSumExp(double[] v, int off, int n) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = off; i < off + n; i++) {
            m = Math.max(m, v[i]);
        }
        if (m == Double.NEGATIVE_INFINITY || m == Double.POSITIVE_INFINITY) {
            return m;
        }
        double s = 0;
        for (int i = off; i < off + n; i++) {
            s += Math.exp(v[i] - m);
        }
        return m + Math.log(s);
    }

    @Override
    public String toString() {
        return "MixtureHead(D = " + inputs + ", C = " + components + ")";
    }
}
