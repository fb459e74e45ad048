/**
 * Figures: turns core results into JFreeChart charts, decimates long series for drawing and exports PNG/SVG.
 * Uses {@code java.awt} (JFreeChart draws through Graphics2D) but never {@code javafx}.
 */
package org.arlab.chart;
