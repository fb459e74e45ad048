package org.arlab.core.ar;

/**
 * The roots of the characteristic polynomial {@code 1 − φ_1 z − … − φ_p z^p} (MATH.md, "Stationarity"), and the way
 * back from roots to coefficients, which lets a user drag a root and watch φ follow.
 *
 * @param re real parts
 * @param im imaginary parts (complex roots come in conjugate pairs)
 */
public record CharacteristicRoots(double[] re, double[] im) {

    /**
     * The roots as inverses of the eigenvalues of the companion matrix of φ with its zero highest-lag coefficients
     * trimmed: with φ_p = 0 the polynomial has degree below p, and a companion matrix of size p would have an
     * eigenvalue that should be 0 but comes out near 10⁻¹⁷, a bogus root near 10¹⁷ (issue 15: p = 3, φ₃ = 0 gave
     * |z| = 4.8·10¹⁶). White noise (every φ zero) has no roots.
     */
    public static CharacteristicRoots of(ArModel model) {
        double[] phi = trimmed(model.phi());
        int p = phi.length;
        if (p == 0) {
            return new CharacteristicRoots(new double[0], new double[0]);
        }
        double[][] eigen = Companion.eigenvalues(phi);
        double[] lre = eigen[0];
        double[] lim = eigen[1];
        int count = 0;
        double[] re = new double[p];
        double[] im = new double[p];
        for (int i = 0; i < p; i++) {
            double m2 = lre[i] * lre[i] + lim[i] * lim[i];
            if (m2 == 0) {
                continue;
            }
            re[count] = lre[i] / m2;
            im[count] = lim[i] == 0 ? 0 : -lim[i] / m2; // not −0 for a real root
            count++;
        }
        return new CharacteristicRoots(java.util.Arrays.copyOf(re, count), java.util.Arrays.copyOf(im, count));
    }

    /** @return φ without its zero highest-lag coefficients: the polynomial's true degree */
    static double[] trimmed(double[] phi) {
        int degree = phi.length;
        while (degree > 0 && phi[degree - 1] == 0) {
            degree--;
        }
        return degree == phi.length ? phi : java.util.Arrays.copyOf(phi, degree);
    }

    /** @return the number of (finite) roots: the degree of the polynomial once zero highest-lag φ are trimmed */
    public int size() {
        return re.length;
    }

    /** @return |z_i| */
    public double modulus(int i) {
        return Math.hypot(re[i], im[i]);
    }

    /**
     * Expands {@code Π_i (1 − z/z_i) = 1 − φ_1 z − … − φ_p z^p} and returns φ. Complex roots must come with their
     * conjugates; the imaginary parts of the product then cancel.
     *
     * @throws IllegalArgumentException for a root at 0 or roots that are not closed under conjugation
     */
    public double[] phi() {
        int p = re.length;
        double[] aRe = new double[p + 1];
        double[] aIm = new double[p + 1];
        aRe[0] = 1;
        for (int i = 0; i < p; i++) {
            double m2 = re[i] * re[i] + im[i] * im[i];
            if (m2 == 0) {
                throw new IllegalArgumentException("A root at z = 0 has no AR polynomial.");
            }
            // factor (1 − w z) with w = 1 / z_i
            double wRe = re[i] / m2;
            double wIm = -im[i] / m2;
            for (int k = i + 1; k >= 1; k--) {
                double r = aRe[k] - (wRe * aRe[k - 1] - wIm * aIm[k - 1]);
                double s = aIm[k] - (wRe * aIm[k - 1] + wIm * aRe[k - 1]);
                aRe[k] = r;
                aIm[k] = s;
            }
        }
        double[] phi = new double[p];
        for (int k = 1; k <= p; k++) {
            if (Math.abs(aIm[k]) > 1e-9 * Math.max(1, Math.abs(aRe[k]))) {
                throw new IllegalArgumentException("Complex roots must come in conjugate pairs.");
            }
            phi[k - 1] = -aRe[k];
        }
        return phi;
    }
}
