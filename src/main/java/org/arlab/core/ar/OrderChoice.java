package org.arlab.core.ar;

/**
 * How a fit's order is set: the user's order, or the one AIC or BIC picks among 0..P (MATH.md, "Order selection").
 * The Fit lab, its sessions and its exported figure all choose through here.
 */
public enum OrderChoice {
    /** The order the user sets. */
    FIXED("fixed order p"),
    /** The order minimising AIC. */
    AIC("choose by AIC"),
    /** The order minimising BIC. */
    BIC("choose by BIC");

    private final String label;

    OrderChoice(String label) {
        this.label = label;
    }

    /**
     * Compares the orders 0..P by this choice's criterion (AIC when the order is fixed, for the criterion chart),
     * with P the largest order asked for, cut to what the series allows: (n − 3) / 2.
     *
     * @param y the series
     * @param maxOrder the largest order asked for
     * @param withIntercept whether every fit has an intercept
     */
    public OrderSelection compare(double[] y, int maxOrder, boolean withIntercept) {
        int maxP = Math.max(0, Math.min(maxOrder, (y.length - 3) / 2));
        return OrderSelection.of(y, maxP, withIntercept, this == BIC ? OrderSelection.Criterion.BIC
                : OrderSelection.Criterion.AIC);
    }

    /** @return the order to fit: the fixed one, or the one the comparison picked */
    public int order(int fixed, OrderSelection compared) {
        return this == FIXED ? fixed : compared.order();
    }

    /** @return the name for the user */
    @Override
    public String toString() {
        return label;
    }
}
