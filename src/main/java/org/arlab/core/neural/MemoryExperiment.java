package org.arlab.core.neural;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * How far back a recurrent state remembers (MATH.md, problem 2D): the norms {@code ‖∂h_t/∂h_0‖₂}, t = 1..T, of the
 * product of the state Jacobians along a run, for a cell whose recurrent matrix is {@code W = S·Q} with Q a seeded
 * orthogonal matrix, zero input and bias, and {@code h_0 = 0}. The state then stays at 0, and:
 * <ul>
 * <li>for the Elman RNN each Jacobian is {@code diag(1 − h²) W = S·Q}, so {@code ‖∂h_t/∂h_0‖₂ = S^t} exactly
 * (0.9⁵⁰ ≈ 5.15e-3);</li>
 * <li>for the GRU (W = S·Q the candidate's recurrent matrix, the gates' recurrent matrices 0) z = r = ½ and h̃ = 0,
 * each Jacobian is {@code ½I + ¼S·Q}, a normal matrix, so {@code ‖∂h_t/∂h_0‖₂ = ρ^t} with
 * {@code ρ = max_k |½ + ¼S·λ_k(Q)|} over the eigenvalues of Q: the gate's leak keeps half of the state whatever S.</li>
 * </ul>
 * The products are taken numerically from the cell's own {@link RecurrentCell#stateJacobian} (renormalised at each
 * step, so that only the reported norm can underflow or overflow) and the spectral norms by singular value
 * decomposition; {@link #theory()} is the closed form above.
 */
public final class MemoryExperiment {
    private final double[] jacobianNorms;
    private final double[] theory;

    private MemoryExperiment(double[] jacobianNorms, double[] theory) {
        this.jacobianNorms = jacobianNorms;
        this.theory = theory;
    }

    /**
     * @param kind RNN or GRU
     * @param hidden H, 1..256
     * @param spectralNorm S ≥ 0, the largest singular value of W
     * @param steps T ≥ 1
     * @param rng the source of Q (H² standard normal draws, ziggurat)
     * @throws IllegalArgumentException for a size or S out of range
     */
    public static MemoryExperiment of(RecurrentModel.Cell kind, int hidden, double spectralNorm, int steps,
            UniformRandomProvider rng) {
        if (hidden < 1 || hidden > RecurrentModel.MAX_HIDDEN) {
            throw new IllegalArgumentException("The hidden state needs 1 to " + RecurrentModel.MAX_HIDDEN
                    + " units, not " + hidden + ".");
        }
        if (!(spectralNorm >= 0) || Double.isInfinite(spectralNorm)) {
            throw new IllegalArgumentException("The spectral norm S must be a finite number of 0 or more, not "
                    + spectralNorm + ".");
        }
        if (steps < 1 || steps > 100_000) {
            throw new IllegalArgumentException("The steps T must be 1 to 100000, not " + steps + ".");
        }
        double[][] q = orthogonal(hidden, rng);
        RecurrentCell cell = kind.build(hidden, 1, 0);
        double[] theta = new double[cell.size()];
        int w = kind == RecurrentModel.Cell.RNN ? 0 : 2 * (cell.size() / 3); // the candidate block of a GRU
        for (int i = 0; i < hidden; i++) {
            for (int j = 0; j < hidden; j++) {
                theta[w + i * hidden + j] = spectralNorm * q[j][i]; // input-major: W_ji at i·H + j
            }
        }
        double[] norms = jacobianNorms(cell, theta, new double[hidden], new double[steps], steps);
        double rho = kind == RecurrentModel.Cell.RNN ? spectralNorm : gruRadius(q, spectralNorm);
        double[] theory = new double[steps];
        for (int t = 1; t <= steps; t++) {
            theory[t - 1] = Math.pow(rho, t);
        }
        return new MemoryExperiment(norms, theory);
    }

    /**
     * ‖∂h_t/∂h_0‖₂ along the run of a cell from h_0 over the inputs, t = 1..steps.
     *
     * @param inputs the inputs x_1..x_T, I values per step
     */
    public static double[] jacobianNorms(RecurrentCell cell, double[] theta, double[] h0, double[] inputs,
            int steps) {
        int n = cell.hidden();
        int in = cell.inputs();
        if (h0.length != n || inputs.length < steps * in) {
            throw new IllegalArgumentException("The run needs a state of " + n + " values and " + steps * in
                    + " inputs.");
        }
        double[] h = h0.clone();
        double[] next = new double[n];
        double[] cache = new double[cell.cacheSize()];
        double[] x = new double[in];
        double[] a = new double[n * n];
        double[][] j = new double[n][n];
        for (int i = 0; i < n; i++) {
            j[i][i] = 1;
        }
        double scale = 1;
        double[] norms = new double[steps];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(inputs, t * in, x, 0, in);
            cell.stateJacobian(theta, h, x, a);
            double[][] prod = new double[n][n];
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < n; k++) {
                    double v = a[r * n + k];
                    if (v != 0) {
                        for (int c = 0; c < n; c++) {
                            prod[r][c] += v * j[k][c];
                        }
                    }
                }
            }
            double norm = new SingularValueDecomposition(new Array2DRowRealMatrix(prod, false)).getNorm();
            scale *= norm;
            norms[t] = scale;
            if (norm > 0) {
                for (double[] row : prod) {
                    for (int c = 0; c < n; c++) {
                        row[c] /= norm;
                    }
                }
            }
            j = prod;
            cell.forward(theta, h, 0, x, 0, next, 0, cache, 0);
            double[] swap = h;
            h = next;
            next = swap;
        }
        return norms;
    }

    /** @return a Haar-random orthogonal n × n matrix: Q of the QR decomposition of a standard normal matrix, its
     *  columns' signs set so that R has a positive diagonal */
    public static double[][] orthogonal(int n, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] g = new double[n][n];
        for (double[] row : g) {
            for (int c = 0; c < n; c++) {
                row[c] = gauss.sample();
            }
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(g, false));
        RealMatrix q = qr.getQ();
        RealMatrix r = qr.getR();
        double[][] out = q.getData();
        for (int c = 0; c < n; c++) {
            if (r.getEntry(c, c) < 0) {
                for (int i = 0; i < n; i++) {
                    out[i][c] = -out[i][c];
                }
            }
        }
        return out;
    }

    /** @return max_k |½ + ¼ S λ_k(Q)| */
    private static double gruRadius(double[][] q, double s) {
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(q, false));
        double[] re = e.getRealEigenvalues();
        double[] im = e.getImagEigenvalues();
        double rho = 0;
        for (int k = 0; k < re.length; k++) {
            rho = Math.max(rho, Math.hypot(0.5 + 0.25 * s * re[k], 0.25 * s * im[k]));
        }
        return rho;
    }

    /** @return ‖∂h_t/∂h_0‖₂ for t = 1..T */
    public double[] jacobianNorms() {
        return jacobianNorms.clone();
    }

    /** @return the closed form for t = 1..T: S^t for the RNN, ρ^t for the GRU */
    public double[] theory() {
        return theory.clone();
    }
}
