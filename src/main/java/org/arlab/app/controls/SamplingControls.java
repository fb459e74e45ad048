package org.arlab.app.controls;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.arlab.app.PacedLoop;
import org.arlab.app.SamplingSettings;
import org.arlab.chart.Format;

/**
 * The controls every sampling lab has: largest M, pace, Pause/Resume, Reset, seed and New seed. Ids are the prefix
 * followed by {@code -max-samples}, {@code -pace}, {@code -pause}, {@code -reset}, {@code -seed}. The Pause button
 * carries the pseudo-class {@code :sampling} while the loop draws batches, so a stylesheet (or a test) can tell a
 * running loop from a paused, held or finished one.
 */
public final class SamplingControls {
    /** On the Pause button while the loop draws batches. */
    public static final PseudoClass SAMPLING = PseudoClass.getPseudoClass("sampling");

    /**
     * What the controls call the things sampled.
     *
     * @param unit "sequences", "samples"
     * @param maxTooltip what the largest M means
     * @param paceTooltip what the pace is for
     * @param newSeedTooltip what a new seed draws
     */
    public record Words(String unit, String maxTooltip, String paceTooltip, String newSeedTooltip) {
    }

    private SamplingControls() {
    }

    /**
     * @param settings the lab's budget
     * @param loop the lab's sampling loop (pause, resume)
     * @param restart starts again from M = 0
     * @param id the id prefix, e.g. "kl"
     * @param words the texts
     * @return the controls, top to bottom
     */
    public static List<Node> create(SamplingSettings settings, PacedLoop<?, ?> loop, Runnable restart, String id,
            Words words) {
        LabeledSlider maxM = LabeledSlider.logInteger("largest M (" + words.unit() + ", log scale)", 2, 6,
                settings.logMaxSamplesProperty().get()).withId(id + "-max-samples");
        maxM.valueProperty().bindBidirectional(settings.logMaxSamplesProperty());
        maxM.setTooltip(words.maxTooltip());
        double top = settings.fullSpeed();
        LabeledSlider pace = new LabeledSlider("pace (" + words.unit() + " per second)", 1, top,
                settings.logPaceProperty().get(), v -> v >= top - 1e-9 ? "full speed"
                        : Format.count(Math.round(Math.pow(10, v))), t -> Math.log10(Double.parseDouble(t.trim())))
                .withId(id + "-pace");
        pace.valueProperty().bindBidirectional(settings.logPaceProperty());
        pace.setTooltip(words.paceTooltip());
        Button pause = new Button("Pause");
        pause.setId(id + "-pause");
        pause.setTooltip(new Tooltip("Stop drawing " + words.unit() + "; Resume goes on from the same M"));
        pause.pseudoClassStateChanged(SAMPLING, loop.runningProperty().get());
        loop.runningProperty().addListener((o, was, on) -> pause.pseudoClassStateChanged(SAMPLING, on));
        // Pause while drawing, Resume while paused, Done once the largest M is reached (Reset or a larger M go on)
        pause.textProperty().bind(javafx.beans.binding.Bindings.when(loop.pausedProperty()).then("Resume")
                .otherwise(javafx.beans.binding.Bindings.when(loop.finishedProperty()).then("Done").otherwise("Pause")));
        pause.disableProperty().bind(loop.finishedProperty().and(loop.pausedProperty().not()));
        pause.setOnAction(e -> {
            if (loop.isPaused()) {
                loop.resume();
            } else {
                loop.pause();
            }
        });
        Button reset = new Button("Reset");
        reset.setId(id + "-reset");
        reset.setTooltip(new Tooltip("Start again from M = 0 with the same seed"));
        reset.setOnAction(e -> {
            if (loop.isPaused()) {
                loop.resume();
            }
            restart.run();
        });
        TextField seed = new TextField(Long.toString(settings.seedProperty().get()));
        seed.setId(id + "-seed");
        seed.setPrefColumnCount(8);
        seed.setTooltip(new Tooltip("The random seed: the same seed draws the same " + words.unit()));
        Sync.seedField(seed, settings.seedProperty());
        Button newSeed = new Button("New seed");
        newSeed.setTooltip(new Tooltip(words.newSeedTooltip()));
        newSeed.setOnAction(e -> settings.seedProperty().set(settings.seedProperty().get() + 1));
        HBox seedRow = new HBox(8, new Label("Seed"), seed, newSeed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        return List.of(maxM, pace, new HBox(8, pause, reset), seedRow);
    }
}
