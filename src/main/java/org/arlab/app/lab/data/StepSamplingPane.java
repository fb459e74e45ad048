package org.arlab.app.lab.data;

import org.arlab.core.random.RandomStreams;

import java.util.Locale;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import org.arlab.chart.ChartStyle;
import org.arlab.chart.StepSamplingFigure;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.SequentialSampler;
import org.jfree.chart.fx.ChartViewer;
import org.arlab.app.controls.ChartViewers;

/**
 * Step-by-step sampling (MATH.md, problem 2B): Step draws x_k from N(f(x_{&lt;k}), σ²), Play keeps stepping. The
 * sampler restarts whenever the Data lab's model or seed changes. Each step costs O(p), so it runs on the FX thread.
 */
final class StepSamplingPane extends BorderPane {
    private final DataModel model;
    private final StepSamplingFigure figure;
    private final Label explanation = new Label();
    private final ToggleButton play = new ToggleButton("Play");
    private final Slider speed = new Slider(1, 30, 6);
    private final Timeline timeline = new Timeline();
    private SequentialSampler sampler;

    StepSamplingPane(DataModel model, ChartStyle style) {
        this.model = model;
        this.figure = new StepSamplingFigure(style);
        ChartViewer viewer = ChartViewers.alongTime(ChartViewers.create(figure.chart(), "step-chart"), true);
        setCenter(viewer);

        Button step = new Button("Step");
        step.setId("step-button");
        step.setOnAction(e -> step());
        step.setTooltip(new Tooltip("Draw one more value: y(t) needs y(t−1)..y(t−p) first, so sampling is a loop"));
        play.setId("play-button");
        play.setTooltip(new Tooltip("Draw values one after another at the chosen speed"));
        play.selectedProperty().addListener((obs, o, on) -> {
            play.setText(on ? "Pause" : "Play");
            if (on) {
                timeline.play();
            } else {
                timeline.stop();
            }
        });
        Button reset = new Button("Reset");
        reset.setId("reset-button");
        reset.setOnAction(e -> restart());
        reset.setTooltip(new Tooltip("Start the step-by-step sampling again from the initial values"));
        speed.setPrefWidth(140);
        speed.setTooltip(new Tooltip("Steps per second while playing"));
        speed.valueProperty().addListener((obs, o, v) -> timeline.setRate(v.doubleValue()));
        timeline.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> step()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.setRate(speed.getValue());
        Label speedLabel = new Label("steps per second");
        HBox bar = new HBox(10, step, play, reset, speed, speedLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        explanation.setId("step-explanation");
        explanation.setWrapText(true);
        BorderPane top = new BorderPane(explanation);
        top.setTop(bar);
        setTop(top);
        BorderPane.setMargin(top, new Insets(0, 8, 0, 8));

        javafx.beans.value.ChangeListener<Object> onChange = (o, old, now) -> {
            if (!model.isBatching()) {
                restart();
            }
        };
        for (int i = 1; i <= DataModel.MAX_ORDER; i++) {
            model.phiProperty(i).addListener(onChange);
        }
        model.orderProperty().addListener(onChange);
        model.sigmaProperty().addListener(onChange);
        model.interceptProperty().addListener(onChange);
        model.seedProperty().addListener(onChange);
        model.initialProperty().addListener(onChange);
        model.batchesProperty().addListener(onChange);
        restart();
    }

    /** Starts again from the initial values with the current model and seed. */
    void restart() {
        ArModel ar;
        try {
            ar = model.model();
        } catch (IllegalArgumentException e) {
            explanation.setText(e.getMessage());
            return;
        }
        // the Series tab's path with the same seed, one value at a time
        sampler = SequentialSampler.matching(ar, model.initialValues(), RandomStreams.of(
                model.seedProperty().get()));
        refresh(null);
    }

    /** Draws one value. */
    void step() {
        if (sampler != null) {
            refresh(sampler.next());
        }
    }

    private void refresh(SequentialSampler.Draw last) {
        double next = sampler.nextMean();
        ArModel ar = sampler.model();
        figure.show(sampler.drawn(), next, ar.sigma());
        explanation.setText(DataPresenter.step(sampler, last, sampler.initial()));
    }

    /** @return the figure, for restyling and export */
    StepSamplingFigure figure() {
        return figure;
    }

    /** Stops playing (when the lab is hidden). */
    void pause() {
        play.setSelected(false);
    }
}
