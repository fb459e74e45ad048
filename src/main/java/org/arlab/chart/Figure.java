package org.arlab.chart;

import org.jfree.chart.JFreeChart;

/** A figure of a lab: one JFreeChart whose data it updates in place, and which follows the theme and font scale. */
public interface Figure {
    /** @return the chart (the same object for the figure's life) */
    JFreeChart chart();

    /** Applies a theme or font scale. */
    void restyle(ChartStyle style);
}
