package org.arlab.app;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.arlab.app.controls.FormulaPanel;
import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabModule;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaRenderer;

/**
 * The middle of the window: the lab on screen with its formula panel below it (a third of the lab at most) and the
 * "About this lab" pane floating over its right side, so that opening it never squeezes the charts (in presentation
 * mode it had pressed the AR(1) profile chart to 60 px, its title broken letter by letter).
 */
final class LabStage {
    private final StackPane content = new StackPane();
    private final StackPane pane = new StackPane(content);
    private final Map<Lab, FormulaPanel> formulaPanels = new HashMap<>();
    private final Map<Lab, Node> framed = new HashMap<>();
    private final Label aboutTitle = new Label();
    private final Label aboutText = new Label();
    private final FormulaRenderer renderer;
    private final ExecutorService workers;
    private final BooleanProperty formulasShown;
    private final BooleanProperty presentation;
    /** Whether the labs' control columns show (else a strip to bring them back). */
    private final BooleanProperty controlsShown = new javafx.beans.property.SimpleBooleanProperty(this,
            "controlsShown", true);
    /** Whether the formula panels show one line only; decided by the height until the user chooses. */
    private final BooleanProperty formulasCollapsed = new javafx.beans.property.SimpleBooleanProperty(this,
            "formulasCollapsed", false);
    private boolean collapseChosen;
    private boolean collapsing;
    private ChartStyle style;

    /**
     * @param renderer typesets the formulas
     * @param workers where formulas are typeset
     * @param formulasShown whether the formula panels show
     * @param aboutShown whether the about pane shows
     * @param presentation presentation mode (the formulas get a little less height)
     * @param style the style now
     */
    LabStage(FormulaRenderer renderer, ExecutorService workers, BooleanProperty formulasShown,
            BooleanProperty aboutShown, BooleanProperty presentation, ChartStyle style) {
        this.renderer = renderer;
        this.workers = workers;
        this.formulasShown = formulasShown;
        this.presentation = presentation;
        this.style = style;
        VBox about = aboutPane(aboutShown);
        StackPane.setAlignment(about, javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(about, new Insets(6, 10, 6, 0));
        // a third of the width at most, and its text as wide as it reads well at the current font size
        about.maxWidthProperty().bind(Bindings.min(pane.widthProperty().multiply(0.34),
                Bindings.when(presentation).then(460.0).otherwise(340.0)));
        about.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.getChildren().add(about);
        // below this height the mathematics starts as one line, so the charts keep a useful height (1280×720)
        pane.heightProperty().addListener((obs, o, h) -> {
            if (!collapseChosen && h.doubleValue() > 0) {
                collapsing = true;
                formulasCollapsed.set(h.doubleValue() < COLLAPSE_BELOW);
                collapsing = false;
            }
        });
        formulasCollapsed.addListener((obs, o, c) -> collapseChosen |= !collapsing);
        // presentation mode is a stage: the control column folds to a strip (the strip or Ctrl+L brings it back)
        presentation.addListener((obs, o, on) -> controlsShown.set(!on));
    }

    /** Below this height of the lab area the formula panels start collapsed to one line, px. */
    static final double COLLAPSE_BELOW = 760;
    /** The charts of a lab keep at least this height when the formulas show in full, px. */
    static final double MIN_CHARTS = 380;

    /** @return whether the labs' control columns show */
    BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    /** @return whether the formula panels show one line only */
    BooleanProperty formulasCollapsedProperty() {
        return formulasCollapsed;
    }

    /** @return the pane */
    StackPane pane() {
        return pane;
    }

    /** Puts the lab on stage, with its formulas and its notes. */
    void show(LabModule<?, ?> module, Lab lab) {
        content.getChildren().setAll(framed(lab));
        aboutText.setText(lab.about().isEmpty() ? "No notes for this lab yet." : lab.about());
        aboutTitle.setText("About the " + module.title() + " lab");
    }

    /** Restyles every formula panel built so far. */
    void restyle(ChartStyle s) {
        style = s;
        formulaPanels.values().forEach(p -> p.restyle(s));
    }

    /** @return the lab's formula panel once it has been shown, else null */
    FormulaPanel formulaPanel(Lab lab) {
        return formulaPanels.get(lab);
    }

    /** @return the lab's view with its formula panel below it (the view alone when the lab has no formulas) */
    private Node framed(Lab lab) {
        return framed.computeIfAbsent(lab, l -> {
            foldableControls(l.view());
            if (l.formula() == null) {
                return l.view();
            }
            FormulaPanel panel = new FormulaPanel(renderer, workers, style, () -> formulasShown.set(false));
            panel.visibleProperty().bind(formulasShown);
            panel.managedProperty().bind(formulasShown);
            panel.follow(l.formula());
            panel.collapsedProperty().bindBidirectional(formulasCollapsed);
            formulaPanels.put(l, panel);
            BorderPane frame = new BorderPane(l.view());
            frame.setBottom(panel);
            // a third of the lab at most, a little less on a projector where the charts' text is larger too, and
            // never so much that the charts get less than MIN_CHARTS
            panel.maxHeightProperty().bind(Bindings.max(0, Bindings.min(frame.heightProperty().subtract(MIN_CHARTS),
                    Bindings.when(presentation).then(frame.heightProperty().multiply(0.28))
                            .otherwise(frame.heightProperty().multiply(0.36)))));
            return frame;
        });
    }

    /**
     * Gives a lab's control column (the left of its view) a strip that folds it away and brings it back, so that the
     * charts can have the screen.
     */
    private void foldableControls(Node view) {
        if (!(view instanceof BorderPane bp) || bp.getLeft() == null) {
            return;
        }
        Node controls = bp.getLeft();
        controls.visibleProperty().bind(controlsShown);
        controls.managedProperty().bind(controlsShown);
        Button fold = new Button();
        fold.getStyleClass().addAll("flat", "controls-strip");
        fold.setId("controls-strip");
        javafx.scene.control.Label word = new javafx.scene.control.Label();
        word.textProperty().bind(Bindings.when(controlsShown).then("\u2039").otherwise("controls \u203A"));
        word.rotateProperty().bind(Bindings.when(controlsShown).then(0.0).otherwise(90.0));
        fold.setGraphic(new javafx.scene.Group(word));
        fold.setTooltip(new javafx.scene.control.Tooltip("Fold the lab's controls away, or bring them back (Ctrl+L)"));
        fold.setOnAction(e -> controlsShown.set(!controlsShown.get()));
        fold.setMaxHeight(Double.MAX_VALUE);
        fold.setFocusTraversable(false);
        javafx.scene.layout.HBox column = new javafx.scene.layout.HBox(controls, fold);
        bp.setLeft(column);
    }

    private VBox aboutPane(BooleanProperty shown) {
        aboutTitle.getStyleClass().add("title-4");
        aboutText.setWrapText(true);
        aboutText.setId("about-text");
        Button close = new Button("Hide");
        close.setOnAction(e -> shown.set(false));
        VBox box = new VBox(10, aboutTitle, aboutText, close);
        box.setPadding(new Insets(12));
        box.setPrefWidth(340);
        box.setId("about-pane");
        box.getStyleClass().add("about-pane");
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }
}
