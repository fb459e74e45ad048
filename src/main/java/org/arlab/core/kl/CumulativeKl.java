package org.arlab.core.kl;

import org.arlab.core.montecarlo.Estimate;

/**
 * The Monte Carlo curve KL_t(p‖q) against t = 1..T from one set of sequences drawn from p (chain rule: KL_t is the
 * expected sum of the first t per-step KLs), each point with the standard error of the per-sequence partial sums
 * over the M sequences, and the rate κ estimated by the slope over the second half,
 * {@code (KL_T − KL_h)/(T − h)} with h = ⌊T/2⌋: the mean per-step KL of steps h+1..T, which tends to κ when p and q
 * forget their start.
 *
 * @param means KL_t at index t − 1 (empty before the first sequence)
 * @param stdErrors their standard errors (NaN below two sequences)
 * @param count M, the sequences
 * @param perStep the slope's numerator {@code KL_T − KL_h} as an estimate over the sequences (its own standard error:
 *     c_T − c_h per sequence, not a difference of two standard errors)
 * @param half h
 */
public record CumulativeKl(double[] means, double[] stdErrors, long count, Estimate perStep, int half) {
    /** @return T (0 before the first sequence) */
    public int horizon() {
        return means.length;
    }

    /** @return the lower end of the 95% band at index i */
    public double lower(int i) {
        return means[i] - 1.96 * (Double.isFinite(stdErrors[i]) ? stdErrors[i] : 0);
    }

    /** @return the upper end of the 95% band at index i */
    public double upper(int i) {
        return means[i] + 1.96 * (Double.isFinite(stdErrors[i]) ? stdErrors[i] : 0);
    }

    /** @return the rate κ̂ = (KL_T − KL_h)/(T − h), NaN before the first sequence */
    public double rate() {
        return count == 0 ? Double.NaN : perStep.mean() / (horizon() - half);
    }

    /** @return the standard error of {@link #rate()} */
    public double rateStdError() {
        return count == 0 ? Double.NaN : perStep.stdError() / (horizon() - half);
    }
}
