package org.arlab.core.ar;

/**
 * Conditional least squares with intercept, as a model: what labs need when they only want a fitted AR(p) (the
 * Horizon lab). See {@link ConditionalMle} for the fit with its standard errors and criteria.
 */
public final class LeastSquaresFit {
    private LeastSquaresFit() {
    }

    /**
     * @param y the series
     * @param p the order, at least 1
     * @return the fitted model (σ = √(SSR/N))
     * @throws IllegalArgumentException when the series is too short or the regressors are collinear
     */
    public static ArModel fit(double[] y, int p) {
        if (p < 1) {
            throw new IllegalArgumentException("The order must be at least 1.");
        }
        return ConditionalMle.fit(y, p, true).model();
    }
}
