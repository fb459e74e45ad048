package org.arlab.core.neural;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Gradients through time of a trained recurrent network (MATH.md, problem 2D): its recurrent matrix W (the Elman
 * cell's, or the GRU candidate's), W's largest singular value and spectral radius, and along the data from a state
 * S_from the norms {@code ‖∂S_{from+T}/∂S_from‖₂}, T = 1..steps ({@link MemoryExperiment#jacobianNorms}), with the
 * share of units in tanh saturation, {@code |S_j| > 0.95}, at each step. For the Elman cell each Jacobian is
 * {@code diag(1 − h²) W}, so the product is at most {@code σ_max(W)^T}: below 1 it must vanish (Pascanu, Mikolov &amp;
 * Bengio 2013); the spectral radius gives no such bound. Immutable.
 *
 * @param largestSingularValue σ_max(W)
 * @param spectralRadius max |λ(W)|
 * @param jacobianNorms ‖∂S_{from+T}/∂S_from‖₂ at T − 1
 * @param saturation the share of the H units with |S_{from+T}| &gt; 0.95 at T − 1
 */
public record StateDiagnostics(double largestSingularValue, double spectralRadius, double[] jacobianNorms,
        double[] saturation) {
    /** The saturation threshold on |h|. */
    public static final double SATURATED = 0.95;

    /** Copies. */
    public StateDiagnostics {
        jacobianNorms = jacobianNorms.clone();
        saturation = saturation.clone();
    }

    @Override
    public double[] jacobianNorms() {
        return jacobianNorms.clone();
    }

    @Override
    public double[] saturation() {
        return saturation.clone();
    }

    /**
     * @param model a trained recurrent network
     * @param x the series in data units
     * @param from the start S_from, 0..n − steps
     * @param steps T ≥ 1
     * @throws IllegalArgumentException for a window model or a span outside the series
     */
    public static StateDiagnostics of(TrainedModel model, double[] x, int from, int steps) {
        if (!(model.network() instanceof RecurrentModel r)) {
            throw new IllegalArgumentException("Only a recurrent network has a state to carry gradients through.");
        }
        if (steps < 1 || from < 0 || from + steps > x.length) {
            throw new IllegalArgumentException("The run needs 1 or more steps within the series, not " + steps
                    + " from " + from + " of " + x.length + ".");
        }
        double[] theta = model.theta();
        double[] z = model.scaling().apply(x);
        RecurrentCell cell = r.cell();
        double[] h0 = r.state(theta, z, from);
        double[] inputs = java.util.Arrays.copyOfRange(z, from, from + steps);
        double[] norms = MemoryExperiment.jacobianNorms(cell, theta, h0, inputs, steps);
        double[] sat = new double[steps];
        int h = cell.hidden();
        double[] cur = h0.clone();
        double[] next = new double[h];
        double[] cache = new double[cell.cacheSize()];
        for (int t = 0; t < steps; t++) {
            cell.forward(theta, cur, 0, inputs, t, next, 0, cache, 0);
            int n = 0;
            for (double v : next) {
                if (Math.abs(v) > SATURATED) {
                    n++;
                }
            }
            sat[t] = (double) n / h;
            double[] swap = cur;
            cur = next;
            next = swap;
        }
        double[][] w = recurrentMatrix(cell, theta);
        return new StateDiagnostics(largestSingularValue(w), spectralRadius(w), norms, sat);
    }

    /** @return W with {@code W[j][i]} the weight from h_i to unit j (the GRU's candidate matrix for a GRU) */
    public static double[][] recurrentMatrix(RecurrentCell cell, double[] theta) {
        int h = cell.hidden();
        int base = cell.offset() + (cell instanceof GruCell ? 2 * h * (h + cell.inputs() + 1) : 0);
        double[][] w = new double[h][h];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                w[j][i] = theta[base + i * h + j];
            }
        }
        return w;
    }

    /** @return the largest singular value of a square matrix */
    public static double largestSingularValue(double[][] w) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(w, true)).getNorm();
    }

    /** @return the spectral radius max |λ| of a square matrix */
    public static double spectralRadius(double[][] w) {
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(w, true));
        double[] re = e.getRealEigenvalues();
        double[] im = e.getImagEigenvalues();
        double rho = 0;
        for (int k = 0; k < re.length; k++) {
            rho = Math.max(rho, Math.hypot(re[k], im[k]));
        }
        return rho;
    }
}
