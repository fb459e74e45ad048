package org.arlab.core.ar;

/**
 * The Hessian of f at θ in whitened coordinates: with a metric M ≈ ∇²f = LLᵀ and T = L⁻ᵀ, the Hessian H_z of
 * z ↦ f(θ + Tz) at 0 is near the identity, so central differences of a tenth in every z are a tenth of a standard
 * error along every direction — including the ones in which the coefficients move together toward a unit root,
 * where steps along the axes leave the region where f is quadratic (BJsales, p = 3: 1 − Σφ̂ = 0.0017).
 * {@code ∇²f = L H_z Lᵀ}.
 */
final class Curvature {
    final double[][] l;
    final double[][] hz;
    final double[] gz;
    /** The steps taken, in whitened units: {@value ExactMle#STEP} unless f was not finite that far out. */
    final double step;

    private Curvature(double[][] l, double[][] hz, double[] gz, double step) {
        this.l = l;
        this.hz = hz;
        this.gz = gz;
        this.step = step;
    }

    /** @return the Hessian over θ, L H_z Lᵀ */
    double[][] hessian() {
        int d = l.length;
        double[][] lh = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int q = 0; q <= i; q++) {
                    v += l[i][q] * hz[q][j];
                }
                lh[i][j] = v;
            }
        }
        double[][] h = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int q = 0; q <= j; q++) {
                    v += lh[i][q] * l[j][q];
                }
                h[i][j] = v;
            }
        }
        return h;
    }

    /** @return a step over θ from one over z: TΔz = L⁻ᵀΔz */
    double[] toTheta(double[] dz) {
        int d = l.length;
        double[] t = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double v = dz[i];
            for (int q = i + 1; q < d; q++) {
                v -= l[q][i] * t[q];
            }
            t[i] = v / l[i][i];
        }
        return t;
    }

    /**
     * @return W with Cov(θ) = (∇²f)⁻¹ = WᵀW: W = chol(H_z)⁻¹ Tᵀ = chol(H_z)⁻¹ L⁻¹
     * @throws IllegalArgumentException when H_z is not positive definite
     */
    double[][] inverseFactor() {
        double[][] wz = DenseAlgebra.inverseLower(DenseAlgebra.factor(hz));
        double[][] li = DenseAlgebra.inverseLower(l);
        int d = l.length;
        double[][] w = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double v = 0;
                for (int q = 0; q < d; q++) {
                    v += wz[i][q] * li[q][j];
                }
                w[i][j] = v;
            }
        }
        return w;
    }

    /**
     * The curvature of f at θ in the coordinates whitened by a metric (null: the diagonal of the scales), or null when
     * no steps small enough stay where f is finite.
     */
    static Curvature at(java.util.function.ToDoubleFunction<double[]> f, double[] theta, double[][] metric,
            double[] scales) {
        int d = theta.length;
        double[][] l = null;
        if (metric != null) {
            try {
                l = DenseAlgebra.factor(metric);
            } catch (IllegalArgumentException e) {
                l = null;
            }
        }
        if (l == null) {
            l = new double[d][d];
            for (int i = 0; i < d; i++) {
                l[i][i] = 1 / scales[i];
            }
        }
        final double[][] lf = l;
        Curvature shape = new Curvature(lf, null, null, 0);
        java.util.function.ToDoubleFunction<double[]> fz = z -> {
            double[] t = shape.toTheta(z);
            for (int i = 0; i < d; i++) {
                t[i] += theta[i];
            }
            return f.applyAsDouble(t);
        };
        double[] zero = new double[d];
        double a = ExactMle.STEP;
        for (int tries = 0; tries < 24; tries++, a /= 4) {
            double[] h = new double[d];
            java.util.Arrays.fill(h, a);
            double[][] hz = FiniteDifferences.hessian(fz, zero, h);
            if (hz == null) {
                continue;
            }
            java.util.Arrays.fill(h, a / 10);
            double[] gz = FiniteDifferences.gradient(fz, zero, h);
            if (gz != null) {
                return new Curvature(lf, hz, gz, a);
            }
        }
        return null;
    }
}
