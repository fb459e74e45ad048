package org.arlab.app.lab;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.arlab.chart.ChartStyle;
import org.arlab.core.formula.Formula;
import org.jfree.chart.JFreeChart;

/** A screen of the navigator: its view, its charts (for export) and how to restyle them. */
public interface Lab {
    /** @return the lab's content */
    Node view();

    /** @return the charts shown, the main one first */
    List<JFreeChart> charts();

    /** Applies a theme or font scale to every chart. */
    void restyle(ChartStyle style);

    /**
     * @return the equations of MATH.md this lab computes, with its current numbers, for the formula panel beside
     *     the charts and for export; null when the lab has none
     */
    default ObservableValue<Formula> formula() {
        return null;
    }

    /**
     * Tells the lab whether it is on screen; a lab that samples in the background holds its loop while it is not, so
     * the lab in view has the processor.
     */
    default void setShown(boolean shown) {
    }

    /** @return a few sentences for the "About this lab" panel: what to try and what to notice */
    default String about() {
        return "";
    }
}
