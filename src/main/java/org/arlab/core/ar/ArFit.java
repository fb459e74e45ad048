package org.arlab.core.ar;

import java.util.Arrays;

/**
 * A fitted AR(p) model with what every method reports (MATH.md, problem 1).
 *
 * @param method how it was fitted
 * @param phi φ̂_1..φ̂_p
 * @param intercept ĉ (0 when not estimated)
 * @param withIntercept whether c was estimated
 * @param sigma2 σ̂², the method's own estimate ({@link #sigma2Kind()}): the MLE SSR/N for least squares, S/n for the
 *     exact MLE, the innovation variance of the fitted recursion for Yule–Walker and Burg
 * @param logLikelihood ℓ at the method's own estimates (ĉ, φ̂, σ̂²) ({@link #logLikelihoodKind()}): the conditional
 *     likelihood given the first p values, except for the exact MLE
 * @param nobs N, the number of observations the likelihood sums over
 * @param seIntercept the standard error of ĉ (NaN when not estimated)
 * @param sePhi the standard errors of φ̂
 */
public record ArFit(Method method, double[] phi, double intercept, boolean withIntercept, double sigma2,
        double logLikelihood, int nobs, double seIntercept, double[] sePhi) {

    /** The estimation methods. */
    public enum Method {
        /** Conditional MLE: least squares. */
        OLS("ols", "conditional MLE (least squares)"),
        /** Exact Gaussian MLE. */
        MLE("mle", "exact MLE"),
        /** Yule–Walker by Levinson–Durbin. */
        YULE_WALKER("yule-walker", "Yule–Walker"),
        /** Burg. */
        BURG("burg", "Burg");

        private final String key;
        private final String label;

        Method(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** @return the command-line name */
        public String key() {
            return key;
        }

        /** @return the name for the user */
        public String label() {
            return label;
        }

        /**
         * Fits AR(p) to a series by this method.
         *
         * @throws IllegalArgumentException when the series is too short for the order, or the fit is singular
         */
        public ArFit fit(double[] y, int p, boolean withIntercept) {
            return switch (this) {
                case OLS -> ConditionalMle.fit(y, p, withIntercept);
                case MLE -> ExactMle.fit(y, p, withIntercept);
                case YULE_WALKER -> YuleWalker.fit(y, p, withIntercept);
                case BURG -> Burg.fit(y, p, withIntercept);
            };
        }

        /** @return the method named on the command line */
        public static Method of(String key) {
            for (Method m : values()) {
                if (m.key.equalsIgnoreCase(key.trim())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown method '" + key + "': choose ols, mle, yule-walker or burg.");
        }
    }

    /** Which likelihood ℓ (and so AIC and BIC) is. */
    public enum LikelihoodKind {
        /** Conditional on the first p values: N = n − p terms. */
        CONDITIONAL("conditional"),
        /** Exact Gaussian: the stationary density of the first p values too, n terms. */
        EXACT("exact");

        private final String key;

        LikelihoodKind(String key) {
            this.key = key;
        }

        /** @return "conditional" or "exact", as in the JSON */
        public String key() {
            return key;
        }
    }

    /** What σ̂² estimates, and how. */
    public enum VarianceKind {
        /** The maximum-likelihood σ̂²: SSR/N (conditional), S/n (exact). */
        MLE("mle", "MLE"),
        /** The innovation variance of the fitted recursion: γ̂(0) − φ̂ᵀγ̂ (Yule–Walker), γ̂(0)Π(1 − k_m²) (Burg). */
        INNOVATION("innovation-variance", "innovation variance");

        private final String key;
        private final String label;

        VarianceKind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** @return "mle" or "innovation-variance", as in the JSON */
        public String key() {
            return key;
        }

        /** @return the name for the user */
        public String label() {
            return label;
        }
    }

    /** @return which likelihood {@link #logLikelihood()} is: exact for the exact MLE, conditional otherwise */
    public LikelihoodKind logLikelihoodKind() {
        return method == Method.MLE ? LikelihoodKind.EXACT : LikelihoodKind.CONDITIONAL;
    }

    /** @return what {@link #sigma2()} is: the MLE for least squares and the exact MLE, else the innovation variance */
    public VarianceKind sigma2Kind() {
        return method == Method.OLS || method == Method.MLE ? VarianceKind.MLE : VarianceKind.INNOVATION;
    }

    /** @return p */
    public int order() {
        return phi.length;
    }

    /** @return k, the number of estimated parameters: p, the intercept if estimated, and σ² */
    public int parameters() {
        return phi.length + (withIntercept ? 1 : 0) + 1;
    }

    /** @return AIC = −2ℓ + 2k */
    public double aic() {
        return -2 * logLikelihood + 2 * parameters();
    }

    /** @return BIC = −2ℓ + k·log N */
    public double bic() {
        return -2 * logLikelihood + parameters() * Math.log(nobs);
    }

    /** @return the process mean c / (1 − Σφ) (NaN at a unit root) */
    public double mean() {
        double s = 0;
        for (double v : phi) {
            s += v;
        }
        return s == 1 ? Double.NaN : intercept / (1 - s);
    }

    /** @return σ̂² · N/(N − k + 1), the unbiased SSR/(N − p − 1) for least squares with intercept */
    public double sigma2Unbiased() {
        int dof = nobs - (parameters() - 1);
        return dof > 0 ? sigma2 * nobs / dof : Double.NaN;
    }

    /** @return the fitted model (σ = √σ̂²) */
    public ArModel model() {
        return ArModel.of(intercept, phi, Math.sqrt(Math.max(sigma2, Double.MIN_NORMAL)));
    }

    /** @return the one-step residuals {@code y_t − ĉ − Σ φ̂_i y_{t−i}}, t = p+1..n */
    public double[] residuals(double[] y) {
        double[] pred = predictions(y);
        double[] r = new double[pred.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i + phi.length] - pred[i];
        }
        return r;
    }

    /** @return the one-step (teacher-forced) predictions ŷ_t for t = p+1..n */
    public double[] predictions(double[] y) {
        int p = phi.length;
        double[] out = new double[Math.max(0, y.length - p)];
        for (int t = p; t < y.length; t++) {
            double v = intercept;
            for (int i = 1; i <= p; i++) {
                v += phi[i - 1] * y[t - i];
            }
            out[t - p] = v;
        }
        return out;
    }

    @Override
    public double[] phi() {
        return phi.clone();
    }

    @Override
    public double[] sePhi() {
        return sePhi.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArFit f && f.method == method && Arrays.equals(f.phi, phi) && f.intercept == intercept
                && f.sigma2 == sigma2 && f.nobs == nobs && f.withIntercept == withIntercept;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(phi) * 31 + Double.hashCode(sigma2);
    }

    @Override
    public String toString() {
        return method.label() + " AR(" + phi.length + ") φ=" + Arrays.toString(phi) + " c=" + intercept + " σ²="
                + sigma2 + " ℓ=" + logLikelihood;
    }
}
