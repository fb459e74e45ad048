package org.arlab.chart;

import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.LabSlot;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/**
 * What every lab is without a window: its key (the name {@code arlab export --lab} takes), title and summary for
 * the navigator, its place in a session file, and its main figure for a session, drawn headless from the same
 * computation the lab runs on screen. The window's lab modules extend it with a model and a view.
 */
public interface LabSpec {
    /** @return the lab's key: lower-case letters, as {@code export --lab} takes it and the navigator's ids use it */
    String key();

    /** @return the lab's name in the navigator */
    String title();

    /** @return one line on what the lab teaches */
    String summary();

    /** @return the lab's settings in a session file, or null for the Data lab, whose state is the session's series */
    LabSlot<?> slot();

    /**
     * @param session every lab's parameters (this lab reads its own settings from it)
     * @param series the session's series, as the Data lab computes it ({@link SeriesFacts#of(Session)})
     * @param style the theme and font scale
     * @return the lab's main chart for the session
     */
    JFreeChart mainFigure(Session session, CurrentSeries series, ChartStyle style);
}
