package org.arlab.app;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Calls an action again and again at a fixed period on the FX thread until stopped: what a model's Play or an
 * animation runs on. Models take a {@link Factory}, so their tests tick by hand instead of waiting for time to pass.
 */
public interface Ticker {
    /** Starts ticking (from a full period); nothing changes if it already ticks. */
    void start();

    /** Stops ticking. */
    void stop();

    /** Makes tickers. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param millis the period, ms
         * @param tick what to call at each tick (on the FX thread)
         * @return a stopped ticker
         */
        Ticker every(double millis, Runnable tick);
    }

    /** Tickers on a JavaFX {@link Timeline}, built when first started (so a model can be made without JavaFX). */
    Factory FX = (millis, tick) -> new Ticker() {
        private Timeline timeline;
        private boolean running;

        @Override
        public void start() {
            if (running) {
                return;
            }
            if (timeline == null) {
                timeline = new Timeline(new KeyFrame(Duration.millis(millis), e -> tick.run()));
                timeline.setCycleCount(Timeline.INDEFINITE);
            }
            running = true;
            timeline.playFromStart();
        }

        @Override
        public void stop() {
            running = false;
            if (timeline != null) {
                timeline.stop();
            }
        }
    };
}
