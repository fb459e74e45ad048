package org.arlab.core.ar;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The eigenvalues of the companion matrix of φ (first row φ, ones below the diagonal): the inverses of the roots of
 * {@code 1 − φ_1 z − … − φ_p z^p} (MATH.md, "Stationarity").
 * <p>
 * Orders 1 and 2 by their closed forms, larger modulus first (as the general solver orders them): λ = φ_1, and the
 * roots of λ² − φ_1 λ − φ_2 with the larger computed without cancellation, q = (φ_1 + sign(φ_1)·√(φ_1² + 4φ_2))/2,
 * the other as −φ_2/q. Besides sparing a command line the general solver's start-up (~40 ms of class loading and
 * interpretation), the closed form puts a unit root where it is: φ = (0.5, 0.5) has the eigenvalue 1 exactly, where
 * the general solver gave 0.9999999999999998 and called the model stationary. Higher orders by
 * {@link EigenDecomposition}.
 */
final class Companion {
    private Companion() {
    }

    /**
     * @param phi the coefficients, highest lag last (not empty)
     * @return {real parts, imaginary parts} of the p eigenvalues; a complex pair with its positive imaginary part
     *     first
     */
    static double[][] eigenvalues(double[] phi) {
        int p = phi.length;
        if (p == 1) {
            return new double[][] {{phi[0]}, {0}};
        }
        if (p == 2) {
            double a = phi[0];
            double b = phi[1];
            double disc = a * a + 4 * b;
            if (disc < 0) {
                double re = a / 2;
                double im = Math.sqrt(-disc) / 2;
                return new double[][] {{re, re}, {im, -im}};
            }
            double q = (a + Math.copySign(Math.sqrt(disc), a)) / 2;
            double other = q == 0 ? 0 : -b / q; // q = 0 only when a = b = 0
            return new double[][] {{q, other}, {0, 0}};
        }
        double[][] f = new double[p][p];
        f[0] = phi.clone();
        for (int i = 1; i < p; i++) {
            f[i][i - 1] = 1;
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(f, false));
        return new double[][] {eig.getRealEigenvalues(), eig.getImagEigenvalues()};
    }
}
