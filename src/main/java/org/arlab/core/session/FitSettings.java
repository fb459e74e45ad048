package org.arlab.core.session;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.OrderChoice;

/**
 * The Fit lab's choices.
 *
 * @param method the estimation method
 * @param orderMode a fixed order or the one a criterion picks (written FIXED, AIC or BIC)
 * @param order the fixed order, 0..20
 * @param maxOrder the largest order compared by AIC/BIC, 1..30
 * @param intercept whether c is estimated
 * @param horizon the forecast horizon h, 1..200
 */
public record FitSettings(ArFit.Method method, OrderChoice orderMode, int order, int maxOrder, boolean intercept,
        int horizon) {
    /** The lab's start: least squares, fixed order 2, AIC/BIC up to 10, with intercept, h = 20. */
    public static final FitSettings DEFAULT = new FitSettings(ArFit.Method.OLS, OrderChoice.FIXED, 2, 10, true, 20);

    /** The Fit lab's place in a session file: {@code labs.fit}. */
    public static final LabSlot<FitSettings> SLOT = new LabSlot<>("fit", FitSettings.class, DEFAULT);

    /**
     * @throws IllegalArgumentException for a value outside the lab's controls
     */
    public FitSettings {
        if (method == null) {
            throw new IllegalArgumentException("the fit needs a method.");
        }
        if (orderMode == null) {
            throw new IllegalArgumentException("the order mode must be FIXED, AIC or BIC.");
        }
        check("order", order, 0, 20);
        check("largest order", maxOrder, 1, 30);
        check("forecast horizon", horizon, 1, 200);
    }

    static void check(String what, long value, long low, long high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException("the " + what + " must be " + low + " to " + high + ", not " + value
                    + ".");
        }
    }
}
