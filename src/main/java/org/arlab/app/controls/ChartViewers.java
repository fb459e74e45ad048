package org.arlab.app.controls;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

import org.arlab.chart.TimeZoom;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * Chart viewers as every lab uses them: an id for tests, and a context menu with "Export this chart…" (which fires an
 * {@link ExportRequest} up the scene graph, where the main window answers it) and "Reset zoom". JFreeChart's own
 * "Export As" submenu is removed: one way to export, with the size and format dialog.
 */
public final class ChartViewers {
    private ChartViewers() {
    }

    /** An export request for one chart, fired by a viewer's context menu. */
    public static final class ExportRequest extends Event {
        /** The event type. */
        public static final EventType<ExportRequest> EXPORT = new EventType<>(Event.ANY, "ARLAB_EXPORT");
        private final transient JFreeChart chart;

        ExportRequest(JFreeChart chart) {
            super(EXPORT);
            this.chart = chart;
        }

        /** @return the chart to export */
        public JFreeChart chart() {
            return chart;
        }
    }

    /**
     * @param chart the chart
     * @param id the node id
     * @return a viewer with the export entry at the top of its context menu
     */
    public static ChartViewer create(JFreeChart chart, String id) {
        return create(chart, id, () -> {
            if (chart.getPlot() instanceof XYPlot plot) {
                TimeZoom.reset(plot);
            }
        });
    }

    /**
     * @param chart the chart
     * @param id the node id
     * @param resetZoom what "Reset zoom" does (a map with a fixed grid restores its grid, say)
     * @return a viewer with the export and reset entries at the top of its context menu
     */
    public static ChartViewer create(JFreeChart chart, String id, Runnable resetZoom) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId(id);
        if (viewer.getContextMenu() != null) {
            viewer.getContextMenu().getItems().removeIf(i -> i.getText() != null && i.getText().startsWith("Export"));
            MenuItem export = new MenuItem("Export this chart (PNG, SVG, PDF)…");
            export.setOnAction(e -> viewer.fireEvent(new ExportRequest(viewer.getChart())));
            MenuItem reset = new MenuItem("Reset zoom");
            reset.setId(id + "-reset-zoom");
            reset.setOnAction(e -> resetZoom.run());
            var items = viewer.getContextMenu().getItems();
            if (!items.isEmpty()) {
                items.add(0, new SeparatorMenuItem());
            }
            items.addAll(0, java.util.List.of(export, reset));
        }
        Tooltip.install(viewer, hint(ZOOM_HINT));
        return viewer;
    }

    /** How to zoom a chart, on hover. */
    public static final String ZOOM_HINT = "Drag right to zoom into a box, drag left to see everything again; "
            + "the wheel zooms; Alt+drag pans. Right-click: Reset zoom, Export this chart.";

    /** How to zoom a chart along time, on hover. */
    public static final String TIME_ZOOM_HINT = "The wheel zooms along time, drag right to zoom into a box, drag "
            + "left to see everything again; Alt+drag pans. Right-click: Reset zoom, Export this chart.";

    /**
     * Makes a viewer of a chart over time zoom along time only with the wheel (the value axis keeps ranging over what
     * is in view) and keeps the time axis within the data.
     *
     * @param viewer a viewer from {@link #create}
     * @param keepWithinData whether to keep the time axis within the plot's data (false when the figure does it)
     * @return the viewer
     */
    public static ChartViewer alongTime(ChartViewer viewer, boolean keepWithinData) {
        viewer.getCanvas().setRangeZoomable(false);
        if (keepWithinData && viewer.getChart().getPlot() instanceof XYPlot plot) {
            TimeZoom.keepWithinData(plot);
        }
        Tooltip.install(viewer, hint(TIME_ZOOM_HINT));
        return viewer;
    }

    private static Tooltip hint(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        t.setShowDelay(javafx.util.Duration.seconds(1.5));
        return t;
    }
}
