package org.arlab.cli;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.Burg;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.ExactMle;
import org.arlab.core.ar.YuleWalker;

/** Dispatches a method name to its estimator. */
final class Fits {
    private Fits() {
    }

    static ArFit fit(ArFit.Method method, double[] y, int p, boolean withIntercept) {
        return switch (method) {
            case OLS -> ConditionalMle.fit(y, p, withIntercept);
            case MLE -> ExactMle.fit(y, p, withIntercept);
            case YULE_WALKER -> YuleWalker.fit(y, p, withIntercept);
            case BURG -> Burg.fit(y, p, withIntercept);
        };
    }
}
