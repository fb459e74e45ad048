package org.arlab.app.lab;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import org.arlab.chart.ChartStyle;
import org.arlab.chart.Figure;
import org.arlab.core.formula.Formula;
import org.jfree.chart.JFreeChart;

/**
 * What every lab's view shares: its figures (for export and restyling, the main one first) and the formulas it
 * publishes for the formula panel. A view lays out its controls and charts and calls {@link #figures} and
 * {@link #showFormula} from its constructor and its result handler.
 */
public abstract class LabView implements Lab {
    private final ReadOnlyObjectWrapper<Formula> formula = new ReadOnlyObjectWrapper<>(this, "formula");
    private List<Figure> figures = List.of();

    /** Names the lab's figures, the main one first. */
    protected final void figures(Figure... shown) {
        figures = List.of(shown);
    }

    /** @return the lab's figures, the main one first */
    protected final List<Figure> figureList() {
        return figures;
    }

    /** Publishes the formulas with the current numbers (FX thread). */
    protected final void showFormula(Formula f) {
        formula.set(f);
    }

    @Override
    public List<JFreeChart> charts() {
        return figures.stream().map(Figure::chart).toList();
    }

    @Override
    public void restyle(ChartStyle style) {
        figures.forEach(f -> f.restyle(style));
    }

    /** @return the formulas shown (a view whose model holds its formulas returns the model's instead) */
    @Override
    public ObservableValue<Formula> formula() {
        return formula.getReadOnlyProperty();
    }
}
