package org.arlab.app.lab;

import javafx.beans.property.ReadOnlyObjectProperty;

import org.arlab.core.series.CurrentSeries;

/**
 * The one way a lab reads another lab's state: the current series (generated or loaded) and the facts of its model,
 * as the Data lab publishes them. Labs never import each other's packages.
 */
public interface SeriesPort {
    /** @return the current series, null until the first one is computed */
    ReadOnlyObjectProperty<CurrentSeries> currentSeriesProperty();
}
