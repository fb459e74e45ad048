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
        return 4 * components;
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

    /** Writes the softmax inputs a, the means μ and the log σ into work[0..3C). */
    private void outputs(double[] theta, double[] h, int hOff, double[] work) {
        int c = components;
        for (int k = 0; k < 3; k++) {
            int o = offset + k * block;
            System.arraycopy(theta, o + inputs * c, work, k * c, c);
            for (int i = 0; i < inputs; i++) {
                double hi = h[hOff + i];
                int row = o + i * c;
                for (int j = 0; j < c; j++) {
                    work[k * c + j] += theta[row + j] * hi;
                }
            }
        }
    }

    /**
     * From the outputs in work[0..3C), writes {@code log π_c + log N(x; μ_c, σ_c²)} into work[3C..4C) and returns
     * the normaliser of the softmax, {@code log Σ_c exp(a_c)} (log-sum-exp).
     */
    private double joint(double x, double[] work) {
        int c = components;
        double lseA = logSumExp(work, 0, c);
        for (int j = 0; j < c; j++) {
            double s = work[2 * c + j];
            double r = x - work[c + j];
            double logN = -HALF_LOG_2PI - s - 0.5 * (r * r * Math.exp(-2 * s));
            work[3 * c + j] = (work[j] - lseA) + logN;
        }
        return lseA;
    }

    @Override
    public double nll(double[] theta, double[] h, int hOff, double x, double[] work) {
        outputs(theta, h, hOff, work);
        joint(x, work);
        return -logSumExp(work, 3 * components, components);
    }

    @Override
    public double nllGradient(double[] theta, double[] h, int hOff, double x, double weight, double[] grad,
            double[] dh, int dOff, double[] work) {
        int c = components;
        outputs(theta, h, hOff, work);
        double lseA = joint(x, work);
        double lse = logSumExp(work, 3 * c, c);
        for (int j = 0; j < c; j++) {
            double gamma = Math.exp(work[3 * c + j] - lse);
            double pi = Math.exp(work[j] - lseA);
            double s = work[2 * c + j];
            double r = x - work[c + j];
            double inv = Math.exp(-2 * s);
            work[j] = weight * (pi - gamma);
            work[c + j] = -weight * gamma * r * inv;
            work[2 * c + j] = weight * gamma * (1 - r * r * inv);
        }
        for (int k = 0; k < 3; k++) {
            int o = offset + k * block;
            for (int j = 0; j < c; j++) {
                grad[o + inputs * c + j] += work[k * c + j];
            }
            for (int i = 0; i < inputs; i++) {
                double hi = h[hOff + i];
                int row = o + i * c;
                double s = 0;
                for (int j = 0; j < c; j++) {
                    grad[row + j] += work[k * c + j] * hi;
                    s += theta[row + j] * work[k * c + j];
                }
                dh[dOff + i] += s;
            }
        }
        return -lse;
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
