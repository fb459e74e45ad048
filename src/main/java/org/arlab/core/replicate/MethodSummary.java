package org.arlab.core.replicate;

import org.arlab.core.ar.ArFit;

/**
 * What R replications say about one estimator, per coefficient φ̂ᵢ (arrays indexed by i − 1).
 *
 * @param method the estimator
 * @param count the replications whose fit succeeded
 * @param failures the replications whose fit failed (a degenerate series, no curvature at the exact maximum)
 * @param mean the mean of φ̂ᵢ
 * @param sd the standard deviation of φ̂ᵢ over the replications (divisor R − 1)
 * @param bias mean − φᵢ
 * @param rmse √(mean of (φ̂ᵢ − φᵢ)²)
 * @param coverage95 the share of replications whose interval φ̂ᵢ ± 1.96·seᵢ (the method's own standard error)
 *     covers φᵢ
 */
public record MethodSummary(ArFit.Method method, long count, long failures, double[] mean, double[] sd,
        double[] bias, double[] rmse, double[] coverage95) {
    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }

    @Override
    public double[] rmse() {
        return rmse.clone();
    }

    @Override
    public double[] coverage95() {
        return coverage95.clone();
    }
}
