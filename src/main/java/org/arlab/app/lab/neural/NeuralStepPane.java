package org.arlab.app.lab.neural;

import java.util.Arrays;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.arlab.app.controls.ChartViewers;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.StepSamplingFigure;
import org.arlab.core.neural.Predictive;

/**
 * Step-by-step sampling from the trained network (MATH.md, problem 2B): each Next value draws x_k from the latest
 * snapshot's predictive given the values before it, starting from the end of the series; Reset starts again with the
 * same seed. One predictive per click, on the FX thread (microseconds for these nets).
 */
final class NeuralStepPane extends BorderPane {
    /** Values in view before the next one. */
    static final int SHOWN = 30;
    private final NeuralModel model;
    private final StepSamplingFigure figure;
    private final Label explanation = new Label();
    private NeuralStepper stepper;
    private NeuralSnapshot snapshot;
    private double latest = Double.NaN;

    NeuralStepPane(NeuralModel model, ChartStyle style) {
        this.model = model;
        this.figure = new StepSamplingFigure(style);
        figure.chart().setTitle("Sampling from the network: xₖ ~ N(f_θ(x<k), σ²), one step at a time");
        setCenter(ChartViewers.alongTime(ChartViewers.create(figure.chart(), "neural-step-chart"), true));
        Button next = new Button("Next value");
        next.setId("neural-step-next");
        next.setTooltip(new Tooltip("Draw x_k from the network's predictive N(f_θ(x<k), σ²) given the values before "
                + "it, then feed it back"));
        next.setOnAction(e -> next());
        Button reset = new Button("Reset");
        reset.setId("neural-step-reset");
        reset.setTooltip(new Tooltip("Back to the end of the series; the same seed draws the same values again"));
        reset.setOnAction(e -> reset());
        HBox bar = new HBox(10, next, reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));
        explanation.setId("neural-step-explanation");
        explanation.setWrapText(true);
        BorderPane top = new BorderPane(explanation);
        top.setTop(bar);
        setTop(top);
        BorderPane.setMargin(top, new Insets(0, 8, 0, 8));
        model.seed.addListener((o, a, b) -> fresh());
    }

    /** A new snapshot: a new run (other series) starts the path again; the same run's newer net draws from now on. */
    void show(NeuralSnapshot s) {
        NeuralSnapshot old = snapshot;
        snapshot = s;
        if (s == null) {
            return;
        }
        if (stepper == null || old == null || old.x() != s.x() || s.epoch() < old.epoch()
                || !old.description().equals(s.description())) {
            fresh();
        } else {
            stepper.use(s.model());
            refresh();
        }
    }

    private void fresh() {
        NeuralSnapshot s = snapshot;
        if (s == null) {
            return;
        }
        stepper = new NeuralStepper(s.model(), s.x(), model.seed.get());
        latest = Double.NaN;
        refresh();
    }

    /** Draws one value. */
    void next() {
        if (stepper == null) {
            return;
        }
        try {
            latest = stepper.next();
        } catch (IllegalArgumentException e) {
            explanation.setText(e.getMessage());
            return;
        }
        refresh();
    }

    /** Starts again from the end of the series with the same seed. */
    void reset() {
        if (stepper != null) {
            stepper.reset();
            latest = Double.NaN;
            refresh();
        }
    }

    private void refresh() {
        Predictive p;
        try {
            p = stepper.nextPredictive();
        } catch (IllegalArgumentException e) {
            explanation.setText(e.getMessage());
            return;
        }
        double[] path = stepper.path();
        int from = Math.max(0, path.length - SHOWN);
        figure.show(Arrays.copyOfRange(path, from, path.length), from, stepper.drawn().length > 0, p.mean(),
                Math.sqrt(p.variance()));
        figure.boundary(stepper.start().length - 0.5, "series | drawn");
        Predictive last = stepper.lastPredictive();
        int k = last == null ? stepper.nextIndex() : stepper.nextIndex() - 1;
        explanation.setText(NeuralPresenter.step(k, last, latest, p, snapshot.epoch()));
    }

    /** @return the values drawn since the reset (tests) */
    double[] drawn() {
        return stepper == null ? new double[0] : stepper.drawn();
    }

    /** @return the figure, for restyling and export */
    StepSamplingFigure figure() {
        return figure;
    }

    /** @return the sentence shown (tests) */
    String explanation() {
        return explanation.getText();
    }
}
