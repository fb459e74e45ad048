package org.arlab.core.ar;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the order 0..P by AIC or BIC (MATH.md, "Order selection"), fitting every order by conditional least
 * squares on the same effective sample t = P+1..n, as statsmodels' {@code ar_select_order} does.
 *
 * @param criterion the criterion used
 * @param order the chosen order
 * @param fits the fit of each order 0..P (index = order)
 */
public record OrderSelection(Criterion criterion, int order, List<ArFit> fits) {
    /** Information criteria. */
    public enum Criterion {
        /** −2ℓ + 2k. */
        AIC,
        /** −2ℓ + k log N. */
        BIC;

        /** @return the criterion of a fit */
        public double of(ArFit f) {
            return this == AIC ? f.aic() : f.bic();
        }

        /** @return the criterion named (case-insensitive) */
        public static Criterion parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown criterion '" + s + "': choose aic or bic.");
            }
        }
    }

    /**
     * @param y the series
     * @param maxOrder P
     * @param withIntercept whether every fit has an intercept
     * @param criterion AIC or BIC
     */
    public static OrderSelection of(double[] y, int maxOrder, boolean withIntercept, Criterion criterion) {
        if (maxOrder < 0) {
            throw new IllegalArgumentException("The largest order must be 0 or more.");
        }
        int needed = 2 * maxOrder + 2 + (withIntercept ? 1 : 0);
        if (y.length < needed) {
            throw new IllegalArgumentException("Comparing orders up to " + maxOrder + " needs at least " + needed
                    + " values; the series has " + y.length + ".");
        }
        List<ArFit> fits = new ArrayList<>();
        int best = 0;
        for (int p = 0; p <= maxOrder; p++) {
            ArFit f = ConditionalMle.fit(y, p, withIntercept, maxOrder + 1);
            fits.add(f);
            if (criterion.of(f) < criterion.of(fits.get(best))) {
                best = p;
            }
        }
        return new OrderSelection(criterion, best, List.copyOf(fits));
    }
}
