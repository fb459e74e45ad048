package org.arlab.core.kl;

import org.arlab.core.ar.ArModel;

/**
 * Everything exact about KL between two AR models over a horizon, from zero initial values: KL_t both ways for
 * t = 1..T and the rates (MATH.md, problem 2C). What the KL lab, its exported figure and {@code arlab kl} show.
 *
 * @param p the model the data come from
 * @param q the other model
 * @param horizon T
 * @param forward KL_1..KL_T(p‖q) (shorter when it overflowed)
 * @param reverse KL_1..KL_T(q‖p) (shorter when it overflowed)
 * @param rate κ(p‖q) in closed form, NaN when undefined (p not stationary; q may be anything)
 * @param rateSpectral κ(p‖q) by the spectral integral (with Jensen's term for an explosive q), NaN when p is not
 *     stationary or q has a unit root
 * @param reverseRate κ(q‖p) in closed form, NaN when q is not stationary
 */
public record KlExact(ArModel p, ArModel q, int horizon, double[] forward, double[] reverse, double rate,
        double rateSpectral, double reverseRate) {
    /** @return the exact values for p, q and T */
    public static KlExact of(ArModel p, ArModel q, int horizon) {
        return new KlExact(p, q, horizon, KlClosedForm.cumulative(p, q, horizon, null),
                KlClosedForm.cumulative(q, p, horizon, null), KlRate.closedForm(p, q).orElse(Double.NaN),
                KlRate.spectral(p, q).orElse(Double.NaN), KlRate.closedForm(q, p).orElse(Double.NaN));
    }

    /** @return KL_T(p‖q), NaN when it overflowed */
    public double forwardAtHorizon() {
        return forward.length == horizon ? forward[horizon - 1] : Double.NaN;
    }

    /** @return KL_T(q‖p), NaN when it overflowed */
    public double reverseAtHorizon() {
        return reverse.length == horizon ? reverse[horizon - 1] : Double.NaN;
    }
}
