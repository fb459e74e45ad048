package org.arlab.chart;

import java.awt.Color;

import org.arlab.core.ar.ArFit;

/** What the Sampling lab's figures share: a colour and a short name per estimation method. */
final class SamplingFigures {
    private static final int[] COLOURS = {0, 1, 2, 4};
    private static final String[] NAMES = {"least squares", "exact MLE", "Yule–Walker", "Burg"};

    private SamplingFigures() {
    }

    /** @return the method's colour, the same in every figure */
    static Color colour(ChartStyle style, ArFit.Method m) {
        return style.series(COLOURS[m.ordinal()]);
    }

    /** @return a short name for legends */
    static String name(ArFit.Method m) {
        return NAMES[m.ordinal()];
    }

    /** @return the standard normal density at z */
    static double phi(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }
}
