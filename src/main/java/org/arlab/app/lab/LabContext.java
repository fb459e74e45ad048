package org.arlab.app.lab;

import org.arlab.app.Background;
import org.arlab.chart.ChartStyle;

/** What the window gives a lab when it builds it: the style, a background runner, the current series. */
public interface LabContext {
    /** @return the theme and font scale now */
    ChartStyle style();

    /** @return a new background runner for the lab, followed by the status line */
    Background runner(String name);

    /** @return the current series, published by the Data lab */
    SeriesPort series();

    /** @return the models the labs share (trained networks, true generators) */
    ModelShelf models();
}
