package org.arlab.app;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The status line: what is being computed, its progress and a Cancel button. Progress shows only for computations
 * that last longer than a blink, so dragging a slider does not make the line flicker.
 */
public final class StatusBar extends HBox implements Background.Listener {
    private final Label text = new Label("Ready");
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final PauseTransition delay = new PauseTransition(Duration.millis(250));
    private Background current;
    private boolean busy;

    /** Creates an idle status line. */
    public StatusBar() {
        super(10);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        text.setId("status-text");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        progress.setId("status-progress");
        progress.setPrefWidth(180);
        cancel.setId("status-cancel");
        cancel.setTooltip(new javafx.scene.control.Tooltip("Stop the computation in progress (the last result stays on screen)"));
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> {
            if (current != null) {
                current.cancel();
            }
        });
        showBusy(false);
        delay.setOnFinished(e -> showBusy(busy));
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        getChildren().addAll(text, message, progress, cancel);
    }

    /** Reports the given runner's computations here. */
    public void follow(Background runner) {
        runner.setListener(new Background.Listener() {
            @Override
            public void started(String name) {
                current = runner;
                StatusBar.this.started(name);
            }

            @Override
            public void progress(double fraction) {
                StatusBar.this.progress(fraction);
            }

            @Override
            public void idle() {
                StatusBar.this.idle();
            }
        });
    }

    @Override
    public void started(String name) {
        busy = true;
        text.setText(name + " …");
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        delay.playFromStart();
    }

    @Override
    public void progress(double fraction) {
        progress.setProgress(Math.max(0, Math.min(1, fraction)));
    }

    @Override
    public void idle() {
        busy = false;
        delay.stop();
        showBusy(false);
        String t = text.getText();
        if (t.endsWith(" …")) {
            text.setText("Ready. Last: " + t.substring(0, t.length() - 2));
        }
    }

    /** Shows a message that stays until the next one (an export written, a session opened, an error). */
    public void say(String text) {
        message.setText(text);
    }

    /**
     * Another lab is on screen: the last lab's message and its last computation are no longer news, so the line
     * clears (a computation still running, an export say, keeps its progress and says when it is done).
     */
    public void labShown() {
        message.setText("");
        if (!busy) {
            text.setText("Ready");
        }
    }

    /** @return the computation line ("Ready", "Fit: fitting AR(2) …") */
    public String line() {
        return text.getText();
    }

    /** @return the message on show */
    public String said() {
        return message.getText();
    }

    private void showBusy(boolean b) {
        progress.setVisible(b);
        cancel.setVisible(b);
    }
}
