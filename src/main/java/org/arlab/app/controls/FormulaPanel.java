package org.arlab.app.controls;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaRenderer;
import org.arlab.core.formula.Formula;

/**
 * The mathematics beside a lab's charts: the equations of MATH.md that the lab computes, with its current numbers,
 * typeset by {@link FormulaRenderer}. Typesetting runs on a background executor, latest wins (a formula that arrives
 * while one is being typeset replaces any waiting one, as in {@code Background}); the FX thread only copies the
 * changed blocks' pixels into images. Blocks flow left to right and wrap with the window's width.
 */
public final class FormulaPanel extends StackPane {
    private final FormulaRenderer renderer;
    private final Executor worker;
    private final FlowPane flow = new FlowPane();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final AtomicReference<Request> waiting = new AtomicReference<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final List<Formula.Block> shownBlocks = new ArrayList<>();
    private volatile Formula formula;
    private ChartStyle style;
    private List<Formula.Block> typesetBlocks = List.of();
    private ChartStyle typesetStyle;
    private long lastFxNanos;
    private long maxFxNanos;
    private long updates;
    private final javafx.beans.property.BooleanProperty collapsed =
            new javafx.beans.property.SimpleBooleanProperty(this, "collapsed", false);

    /** What to typeset: a formula in a style. */
    private record Request(Formula formula, ChartStyle style) {
    }

    /** Pixels of one block, ready for the FX thread; null pixels mean "keep the image shown". */
    private record Rendered(Formula.Block block, int width, int height, int[] pixels) {
    }

    /**
     * A formula typeset off the FX thread, ready to be put on screen by {@link #apply(Update)}: the pixels of the
     * blocks that changed since the formula typeset before it.
     */
    public static final class Update {
        private final List<Rendered> blocks;

        private Update(List<Rendered> blocks) {
            this.blocks = blocks;
        }
    }

    /**
     * @param renderer the typesetter (shared by every lab; it caches typeset lines)
     * @param worker where typesetting runs, off the FX thread
     * @param style the initial colours and scale
     * @param onHide called when the panel's own hide button is pressed
     */
    public FormulaPanel(FormulaRenderer renderer, Executor worker, ChartStyle style, Runnable onHide) {
        this.renderer = renderer;
        this.worker = worker;
        this.style = style;
        setId("formula-panel");
        getStyleClass().add("formula-panel");
        flow.setHgap(8);
        flow.setVgap(4);
        flow.setPadding(new Insets(6, 150, 6, 10)); // room for the expand and hide buttons
        flow.getStyleClass().add("formula-flow");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("formula-scroll");
        // as tall as the formulas at the current width (the frame caps it, see MainWindow), scrolling beyond
        widthProperty().addListener((obs, o, w) -> fitHeight());
        Button hide = new Button("\u2715");
        hide.setId("formula-hide");
        hide.getStyleClass().addAll("flat", "small");
        hide.setTooltip(new Tooltip("Hide the mathematics (Ctrl+M)"));
        hide.setOnAction(e -> onHide.run());
        Button expand = new Button();
        expand.setId("formula-expand");
        expand.getStyleClass().addAll("flat", "small");
        expand.textProperty().bind(javafx.beans.binding.Bindings.when(collapsed).then("\u25B8 all").otherwise(
                "\u25BE one line"));
        expand.setTooltip(new Tooltip("Show all the mathematics, or only its first line so that the charts get the "
                + "height"));
        expand.setOnAction(e -> collapsed.set(!collapsed.get()));
        javafx.scene.layout.HBox corner = new javafx.scene.layout.HBox(2, expand, hide);
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        corner.setPickOnBounds(false);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);
        StackPane.setMargin(corner, new Insets(2, 14, 0, 0));
        getChildren().addAll(scroll, corner);
        collapsed.addListener((obs, o, c) -> {
            scroll.setVbarPolicy(c ? ScrollPane.ScrollBarPolicy.NEVER : ScrollPane.ScrollBarPolicy.AS_NEEDED);
            scroll.setVvalue(0);
            request();
        });
        // a hidden panel, or the panel of a lab not on screen, typesets nothing until it shows again
        visibleProperty().addListener((obs, o, v) -> request());
        sceneProperty().addListener((obs, o, v) -> request());
    }

    /** Shows the formulas of this observable value from now on. */
    public void follow(ObservableValue<Formula> source) {
        source.addListener((obs, o, f) -> show(f));
        show(source.getValue());
    }

    /** Shows a formula (null clears the panel). Call on the FX thread; returns at once. */
    public void show(Formula f) {
        formula = f;
        request();
    }

    /** Re-typesets in another theme or scale. */
    public void restyle(ChartStyle s) {
        style = s;
        request();
    }

    /** @return the formula last asked for, for tests and export */
    public Formula formula() {
        return formula;
    }

    /** @return the LaTeX of the blocks on screen now */
    public String shownLatex() {
        return new Formula(shownBlocks).latex();
    }

    /** @return {last, max} nanoseconds the FX thread spent applying one update, and the update count */
    public long[] fxTimes() {
        return new long[] {lastFxNanos, maxFxNanos, updates};
    }

    /** Says in the panel why the formulas are missing (the next update that typesets replaces it). */
    private void showFailure(String why) {
        Label note = new Label(why);
        note.setId("formula-failure");
        note.getStyleClass().add("warning-text");
        note.setWrapText(true);
        flow.getChildren().setAll(note);
        shownBlocks.clear();
        flow.setAccessibleText(why);
        fitHeight();
    }

    /**
     * @return whether the panel shows only its first line (its first block, cut to about two lines of text), so that
     *     the charts above get the height; the expander in its corner switches
     */
    public javafx.beans.property.BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** @return the formula with each block cut to its first line (the general form): what a collapsed panel shows */
    static Formula firstLines(Formula f) {
        List<Formula.Block> out = new ArrayList<>();
        for (Formula.Block b : f.blocks()) {
            out.add(new Formula.Block(b.kind(), b.lines().subList(0, 1)));
        }
        return new Formula(out);
    }

    private void fitHeight() {
        Insets pad = scroll.getPadding();
        double w = getWidth() - (pad == null ? 0 : pad.getLeft() + pad.getRight()) - 2;
        if (w <= 0) {
            return;
        }
        if (collapsed.get()) {
            // one row: the tallest of the blocks that fit on the first line of the flow
            double used = flow.getPadding().getLeft() + flow.getPadding().getRight();
            double row = 0;
            for (javafx.scene.Node n : flow.getChildren()) {
                double nw = n.prefWidth(-1);
                if (row > 0 && used + nw > w) {
                    break;
                }
                used += nw + flow.getHgap();
                row = Math.max(row, n.prefHeight(-1));
            }
            scroll.setPrefViewportHeight(Math.max(row, 20) + flow.getPadding().getTop()
                    + flow.getPadding().getBottom());
        } else {
            scroll.setPrefViewportHeight(flow.prefHeight(w));
        }
    }

    private void request() {
        if (formula == null || !isVisible() || getScene() == null) {
            return;
        }
        waiting.set(new Request(collapsed.get() ? firstLines(formula) : formula, style));
        if (busy.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Request r;
            while ((r = waiting.getAndSet(null)) != null) {
                Update out = typeset(r);
                Platform.runLater(() -> apply(out));
            }
        } catch (RuntimeException e) {
            typesetBlocks = List.of(); // the next update typesets every block afresh
            String why = "The formulas could not be typeset: " + e.getMessage();
            Platform.runLater(() -> showFailure(why));
        } finally {
            busy.set(false);
            if (waiting.get() != null && busy.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }

    /**
     * Typesets a formula in the panel's current style, as its worker does for {@link #show(Formula)}: only the blocks
     * that differ from the formula typeset before are drawn. Call off the FX thread, never while the panel's own
     * worker may be typesetting (for benchmarks and tests that drive the two halves of an update themselves).
     *
     * @param f the formula
     * @return what {@link #apply(Update)} puts on screen
     */
    public Update typeset(Formula f) {
        return typeset(new Request(f, style));
    }

    private Update typeset(Request r) {
        // compared with the previous request typeset (updates reach the FX thread in order), never with the screen
        List<Formula.Block> before = typesetBlocks;
        ChartStyle beforeStyle = typesetStyle;
        List<Rendered> out = new ArrayList<>();
        List<Formula.Block> blocks = r.formula().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Formula.Block b = blocks.get(i);
            if (r.style() == beforeStyle && i < before.size() && before.get(i).equals(b)) {
                out.add(new Rendered(b, 0, 0, null));
                continue;
            }
            BufferedImage img = renderer.block(b, r.style());
            int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            out.add(new Rendered(b, img.getWidth(), img.getHeight(), px));
        }
        typesetBlocks = blocks;
        typesetStyle = r.style();
        return new Update(out);
    }

    /**
     * The FX thread's part of an update: copies the changed blocks' pixels into the images on screen (in place when
     * a block keeps its size) and fits the panel's height. Updates must be applied in the order they were typeset.
     *
     * @param update a formula typeset by this panel
     */
    public void apply(Update update) {
        long t0 = System.nanoTime();
        List<Rendered> out = update.blocks;
        flow.getChildren().removeIf(n -> !(n instanceof ImageView)); // a failure's note
        while (flow.getChildren().size() > out.size()) {
            flow.getChildren().remove(flow.getChildren().size() - 1);
        }
        for (int i = 0; i < out.size(); i++) {
            Rendered r = out.get(i);
            if (r.pixels() == null) {
                continue; // unchanged since the previous update: its image stays
            }
            ImageView shown = i < flow.getChildren().size() ? (ImageView) flow.getChildren().get(i) : null;
            if (shown != null && shown.getImage() instanceof WritableImage same && (int) same.getWidth() == r.width()
                    && (int) same.getHeight() == r.height()) {
                // same size (most slider moves change a digit, not the layout): overwrite, allocate nothing
                same.getPixelWriter().setPixels(0, 0, r.width(), r.height(), PixelFormat.getIntArgbPreInstance(),
                        r.pixels(), 0, r.width());
                continue;
            }
            WritableImage img = new WritableImage(r.width(), r.height());
            img.getPixelWriter().setPixels(0, 0, r.width(), r.height(), PixelFormat.getIntArgbPreInstance(),
                    r.pixels(), 0, r.width());
            if (shown != null) {
                shown.setImage(img);
            } else {
                ImageView view = new ImageView(img);
                view.getStyleClass().add("formula-block");
                flow.getChildren().add(view);
            }
        }
        shownBlocks.clear();
        out.forEach(r -> shownBlocks.add(r.block()));
        flow.setAccessibleText(shownLatex());
        fitHeight();
        lastFxNanos = System.nanoTime() - t0;
        maxFxNanos = Math.max(maxFxNanos, lastFxNanos);
        updates++;
    }
}
