package org.arlab.app.controls;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Chart viewers as every lab uses them: an id for tests, and a context-menu entry "Export this chart…" that fires an
 * {@link ExportRequest} up the scene graph, where the main window answers it.
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
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId(id);
        if (viewer.getContextMenu() != null) {
            MenuItem item = new MenuItem("Export this chart (PNG, SVG, PDF)…");
            item.setOnAction(e -> viewer.fireEvent(new ExportRequest(viewer.getChart())));
            viewer.getContextMenu().getItems().add(0, item);
            viewer.getContextMenu().getItems().add(1, new SeparatorMenuItem());
        }
        return viewer;
    }
}
